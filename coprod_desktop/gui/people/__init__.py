"""People across the programme: the People, Payments and Privacy panels and their dialogs."""
