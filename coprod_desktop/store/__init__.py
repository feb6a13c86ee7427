"""The .coprod programme file: a SQLite database opened, checked, migrated and read here."""
