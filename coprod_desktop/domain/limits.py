"""How long each kind of text may be. One place, so the phone pages and the console agree."""

from __future__ import annotations

NAME_MAX = 60
TITLE_MAX = 120
VENUE_MAX = 200
NOTE_MAX = 2000
COLOURS = ("yellow", "pink", "blue", "green", "orange", "purple", "white")
DEFAULT_NOTE_COLOUR = "yellow"
