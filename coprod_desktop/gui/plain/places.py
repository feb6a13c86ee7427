"""Where a term came up, in words for the console ("3 notes, 1 agenda item"; "Note 12")."""

from __future__ import annotations

from PySide6.QtCore import QObject

from coprod_desktop.domain.jargon_uses import Place, TermUse


class PlaceWords(QObject):
    """Holds the words, so lupdate sees self.tr() with a count (it marks those as plurals)."""

    def count(self, kind: str, n: int) -> str:
        if kind == "note":
            return self.tr("%n note(s)", "", n)
        if kind == "activity":
            return self.tr("%n agenda item(s)", "", n)
        if kind == "story":
            return self.tr("%n story(s)", "", n)
        return self.tr("%n action(s)", "", n)

    def place(self, place: Place) -> str:
        if place.kind == "note":
            return self.tr("Note {id}").format(id=place.ref_id)
        if place.kind == "activity":
            return self.tr("Agenda: {title}").format(title=place.title)
        if place.kind == "story":
            return self.tr("Story {id}").format(id=place.ref_id)
        if place.kind == "action":
            return self.tr("Action {id}").format(id=place.ref_id)
        return place.label


_WORDS = PlaceWords()


def where_summary(use: TermUse) -> str:
    counts: dict[str, int] = {}
    for place in use.places:
        counts[place.kind] = counts.get(place.kind, 0) + 1
    return ", ".join(_WORDS.count(kind, counts[kind]) for kind in use.kinds())


def place_text(place: Place) -> str:
    return _WORDS.place(place)
