"""File › Export…: the export dialog and its worker thread."""
