"""Names of people who did not agree to be named never leave in free text either.

People type names into notes, actions, test plans and titles ("Ring Marcia Campbell"). While an
export is being made, every piece of text it prints or writes passes through `redact`, which
replaces the full name of each person who did not agree to their name being printed with their
stand-in, "Person 14 (parent or carer)", the same as in the register. A name that a person who
did agree also has is left alone (it is printed in the list of who came anyway). Names are found
in the forms people type them (domain.name_forms): any case, with a possessive, and the first
name alone where nobody else in the programme has it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from coprod_desktop.domain.name_forms import NameMatcher, forms_for
from coprod_desktop.domain.records import Attendee
from coprod_desktop.export import consent
from coprod_desktop.i18n import N_, _
from coprod_desktop.store.reader import Reader

WITHHELD = N_("[name withheld]")


class Redactor:
    def __init__(self, people: Sequence[Attendee]) -> None:
        named = {p.name for p in people if consent.may_name(p)}
        stand_in: dict[str, str] = {}
        for person in people:
            if consent.may_name(person) or person.name in named or not person.name.strip():
                continue
            # Two people who share a name and both said no: neither number would be right.
            stand_in[person.name] = (_(WITHHELD) if person.name in stand_in
                                     else consent.pseudonym(person))
        self.stand_in = stand_in
        # Names that may be printed are matched too, and kept: "Jo Smith" (who agreed) must stay
        # whole even when a "Jo" did not agree. At each place the longest name wins.
        everyone = [p.name for p in people if not p.erased]
        self._matcher = NameMatcher(forms_for(stand_in, everyone, kept=sorted(named)))

    def __call__(self, text: str) -> str:
        if not text:
            return text
        return self._matcher(text)


_active: ContextVar[Redactor | None] = ContextVar("export_redactor", default=None)


@contextmanager
def redacting(reader: Reader) -> Iterator[Redactor]:
    """Make `redact` replace this programme's withheld names until the block ends."""
    redactor = Redactor(reader.attendees())
    token = _active.set(redactor)
    try:
        yield redactor
    finally:
        _active.reset(token)


def redact(text: str) -> str:
    found = _active.get()
    return found(text) if found is not None else text
