"""Where a term came up, in words for the console ("3 notes, 1 agenda item"; "Note 12")."""

from __future__ import annotations

from coprod_desktop.domain.jargon_uses import Place, TermUse
from coprod_desktop.i18n import _, count


class PlaceWords:
    """The words for each kind of place, in the interface's language when asked."""

    def count(self, kind: str, n: int) -> str:
        if kind == "note":
            return count("{n} note", "{n} notes", n)
        if kind == "activity":
            return count("{n} agenda item", "{n} agenda items", n)
        if kind == "story":
            return count("{n} story", "{n} stories", n)
        return count("{n} action", "{n} actions", n)

    def place(self, place: Place) -> str:
        if place.kind == "note":
            return _("Note {id}").format(id=place.ref_id)
        if place.kind == "activity":
            return _("Agenda: {title}").format(title=place.title)
        if place.kind == "story":
            return _("Story {id}").format(id=place.ref_id)
        if place.kind == "action":
            return _("Action {id}").format(id=place.ref_id)
        return place.label


_WORDS = PlaceWords()


def where_summary(use: TermUse) -> str:
    counts: dict[str, int] = {}
    for place in use.places:
        counts[place.kind] = counts.get(place.kind, 0) + 1
    return ", ".join(_WORDS.count(kind, counts[kind]) for kind in use.kinds())


def place_text(place: Place) -> str:
    return _WORDS.place(place)
