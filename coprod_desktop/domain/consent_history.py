"""A person's choices over time: what they said yes or no to, when, and how we heard it.

Each change to a choice is one event, of one of three kinds:
- *given*: they now allow something they did not (a yes; words leaving the room);
- *withdrawn*: they take something back (a no; words kept in the room only);
- *changed*: still allowed, but differently (words shared with their name instead of without,
  or the other way; new contact details while contact stays yes; the details are not copied
  into the history).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.i18n import N_, _


class ConsentKind(StrEnum):
    GIVEN = "given"
    CHANGED = "changed"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return {ConsentKind.GIVEN: N_("Given"), ConsentKind.CHANGED: N_("Changed"),
                ConsentKind.WITHDRAWN: N_("Withdrawn")}[self]


class HeardVia(StrEnum):
    """How the choice reached the file."""

    PHONE = "phone"
    CONSOLE = "console"
    PAPER = "paper"

    @property
    def label(self) -> str:
        return {HeardVia.PHONE: N_("On their phone"), HeardVia.CONSOLE: N_("Told the facilitator"),
                HeardVia.PAPER: N_("On a paper form")}[self]

    @classmethod
    def parse(cls, value: str) -> HeardVia:
        try:
            return cls(value)
        except ValueError:
            raise ValidationError(N_("Please say how you heard: on their phone, in person, or on a paper "
                                     "form."), field="via") from None


@dataclass(frozen=True)
class Choice:
    key: str
    question: str  # as a heading: what was asked
    short: str  # a few words for tables


CHOICES: tuple[Choice, ...] = (
    Choice("name_in_handouts", N_("Name in handouts and reports"), N_("Name in handouts")),
    Choice("photos", N_("Photos with them in"), N_("Photos")),
    Choice("words", N_("How their words may be shared"), N_("Their words")),
    Choice("contact", N_("Contact about this work later"), N_("Contact later")),
    Choice("paid", N_("Paid for their time (named to the finance team)"), N_("Payment")),
    Choice("keep_for_next", N_("Details kept for a later programme"), N_("Later programme")),
)
CHOICE_BY_KEY = {c.key: c for c in CHOICES}



def values_of(consent: Consent) -> dict[str, str]:
    """Each choice as stored text: 'yes'/'no', or the words value."""
    return {
        "name_in_handouts": _yes(consent.name_in_handouts),
        "photos": _yes(consent.photos),
        "words": WordsUse(consent.words).value,
        "contact": _yes(consent.contact),
        "paid": _yes(consent.paid),
    }


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def value_label(choice: str, value: str | None) -> str:
    """The answer in words, in the current language (coprod_desktop.i18n; English outside a
    PDF's language)."""
    if value is None:
        return _("Not asked")
    if choice == "words":
        try:
            return _(WordsUse(value).label)
        except ValueError:
            return value
    return {"yes": _("Yes"), "no": _("No")}.get(value, value)


def _allows(choice: str, value: str) -> bool:
    if choice == "words":
        return value != WordsUse.ROOM_ONLY.value
    return value == "yes"


def kind_of(choice: str, previous: str | None, value: str) -> ConsentKind:
    if previous is None:
        return ConsentKind.GIVEN
    before, after = _allows(choice, previous), _allows(choice, value)
    if after and not before:
        return ConsentKind.GIVEN
    if before and not after:
        return ConsentKind.WITHDRAWN
    return ConsentKind.CHANGED


@dataclass(frozen=True)
class Step:
    """One choice that changed, before it is written down."""

    choice: str
    previous: str | None
    value: str
    kind: ConsentKind


def steps(before: Consent | None, after: Consent, *, new_details: bool = False) -> list[Step]:
    """The choices that differ between `before` (None: never asked) and `after`.

    `new_details`: the contact details changed; if contact stays yes, that is a change too.
    """
    old = values_of(before) if before is not None else {}
    new = values_of(after)
    found = []
    for choice in CHOICES:
        if choice.key not in new:
            continue  # kept elsewhere (a later programme's choice is the programme's own)
        previous = old.get(choice.key)
        value = new[choice.key]
        same_contact = choice.key == "contact" and previous == value == "yes"
        if previous != value or (same_contact and new_details):
            found.append(Step(choice.key, previous, value, kind_of(choice.key, previous, value)))
    return found


@dataclass(frozen=True)
class ConsentEvent:
    id: int
    attendee_id: int
    at: datetime
    choice: str
    previous: str | None
    value: str
    kind: ConsentKind
    via: HeardVia
    note: str

    @property
    def choice_label(self) -> str:
        found = CHOICE_BY_KEY.get(self.choice)
        return _(found.short) if found else self.choice

    def describe(self) -> str:
        """'Photos: Yes → No'; 'Contact later: new contact details'."""
        if self.previous == self.value:
            return _("{choice}: new contact details").format(choice=self.choice_label)
        return _("{choice}: {before} → {after}").format(
            choice=self.choice_label, before=value_label(self.choice, self.previous),
            after=value_label(self.choice, self.value))


WITHDRAW_ALL = Consent(words=WordsUse.ROOM_ONLY)  # every choice at its most private
