"""How long each kind of text may be. One place, so the phone pages and the console agree."""

from __future__ import annotations

from coprod_desktop.i18n import N_

NAME_MAX = 60
TITLE_MAX = 120
VENUE_MAX = 200
NOTE_MAX = 2000
COLOURS = ("yellow", "pink", "blue", "green", "orange", "purple", "white")
# The colours in words, for messages (marked for the catalogue: "Colour 3 notes pink").
COLOUR_WORDS = {"yellow": N_("yellow"), "pink": N_("pink"), "blue": N_("blue"),
                "green": N_("green"), "orange": N_("orange"), "purple": N_("purple"),
                "white": N_("white")}
DEFAULT_NOTE_COLOUR = "yellow"
