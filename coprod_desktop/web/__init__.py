"""The phone server: a small web app the laptop serves on the room's network. No Qt here."""
