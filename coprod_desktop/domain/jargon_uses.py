"""Which glossary terms came up where: pure bookkeeping over texts someone else has read."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from coprod_desktop.domain.glossary import Glossary, GlossaryEntry
from coprod_desktop.domain.jargon import JargonMatcher


@dataclass(frozen=True, slots=True)
class TextSource:
    """One piece of text in a session: a note, an agenda activity, a story, an action."""

    kind: str  # "note", "activity", "story", "action"
    ref_id: int
    label: str  # how a facilitator would name it, e.g. "Note 12" or "Agenda: Welcome"
    text: str
    title: str = ""  # the activity's, story's or action's title (for labels in other languages)


@dataclass(frozen=True, slots=True)
class Place:
    kind: str
    ref_id: int
    label: str
    written: str  # the term as it was written there, e.g. "ICB's" → "ICB"
    title: str = ""


@dataclass(frozen=True, slots=True)
class TermUse:
    entry: GlossaryEntry
    places: tuple[Place, ...]

    @property
    def count(self) -> int:
        return len(self.places)

    def kinds(self) -> list[str]:
        """The kinds of place it came up in, in first-seen order."""
        seen: list[str] = []
        for place in self.places:
            if place.kind not in seen:
                seen.append(place.kind)
        return seen


def uses_in(glossary: Glossary, matcher: JargonMatcher,
            sources: Iterable[TextSource]) -> list[TermUse]:
    """Each term that occurs in the sources, with every place, sorted by term (A to Z).

    A term written twice in one note counts once for that note.
    """
    by_key: dict[str, list[Place]] = {}
    for source in sources:
        seen_here: set[str] = set()
        for hit in matcher.find(source.text):
            if hit.key in seen_here:
                continue
            seen_here.add(hit.key)
            by_key.setdefault(hit.key, []).append(
                Place(source.kind, source.ref_id, source.label, hit.text, source.title))
    uses = []
    for key, places in by_key.items():
        entry = glossary.lookup(key)
        if entry is not None:
            uses.append(TermUse(entry, tuple(places)))
    return sorted(uses, key=lambda use: use.entry.key)
