"""What a document may say about a person. Every export asks here, so they all agree.

- A name is printed only if the person said yes to `name_in_handouts`; otherwise they are
  "Person 14 (parent or carer)", the number being their id in this programme, so the register
  and the CSV files refer to the same person the same way without naming them.
- Free text (notes, actions, plans, titles) has those people's full names replaced by the same
  stand-in while an export is made (redact.py).
- Contact details and access needs are never exported.
- Stories kept "in the room only" are never exported (the levelling feature's reader leaves them
  out); anonymous ones are printed without a name.
"""

from __future__ import annotations

from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.records import Attendee, WordsUse
from coprod_desktop.i18n import _, pgettext


def may_name(person: Attendee) -> bool:
    return person.consent.name_in_handouts


def pseudonym(person: Attendee) -> str:
    """'Person 14 (parent or carer)', in the PDF's language."""
    return numbered(person.id, person.group)


def numbered(number: int, group: Group) -> str:
    """'Person 14 (parent or carer)' for the person with that number, in the PDF's language."""
    return _("Person {number} ({group})").format(number=number, group=group_words(group))


def group_words(group: Group) -> str:
    """'parent or carer': the group in words, lower case, in the PDF's language. Each has the
    context "one person's group": the same English words are also plural counts elsewhere
    ("fewer than 3 staff"), which other languages write differently (Polish 'pracowników'
    there, 'personel' here)."""
    match group:
        case Group.PARENT_CARER:
            return pgettext("one person's group", "parent or carer")
        case Group.YOUNG_PERSON:
            return pgettext("one person's group", "young person")
        case Group.STAFF:
            return pgettext("one person's group", "staff")
        case Group.VOLUNTARY:
            return pgettext("one person's group", "voluntary sector")
        case _:
            return pgettext("one person's group", "other")


def display_name(person: Attendee) -> str:
    """The person's name if they agreed to it being printed, else a numbered stand-in."""
    return person.name if may_name(person) else pseudonym(person)


def teller_name(person: Attendee | None, words: WordsUse) -> str | None:
    """How a story's teller is credited: by name only if they chose 'with my name' and agreed to
    their name being printed; None for an anonymous story. Room-only stories never get here."""
    if words is WordsUse.ROOM_ONLY:
        raise ValueError("A room-only story must never reach an export.")
    if person is not None and words is WordsUse.NAMED and may_name(person):
        return person.name
    return None
