"""Text the phone pages get from Python, made translatable: labels, and the services' messages.

The phone pages' own Python text is marked where it is written with `N_` (Babel finds it; see
resources/i18n/web/babel.cfg) and translated when a page is made. Words that come from the domain
(group names, the choices about words, note colours, the "about you" questions) and the messages
the services give phones are listed here, word for word; tests/web/test_phone_messages.py checks
that the lists still match the code they copy. A message with a number, a name or a date in it is
data from the service down (domain.said.Said: a key and values) and is built in the phone's
language from those; nothing is matched back from its English. A message the catalogue does not
know is shown as the service wrote it, in English.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from coprod_desktop.domain.said import Said, Value


def N_(text: str) -> str:
    """Mark text for the catalogue without translating it here."""
    return text


def NC_(context: str, text: str) -> str:
    """Mark text that needs a context to translate ("White" as a colour, not a group)."""
    return text


COLOUR_CONTEXT = "note colour"


GROUP_LABELS = (N_("Parent or carer"), N_("Young person"), N_("Staff"), N_("Voluntary sector"),
                N_("Other"))
WORDS_LABELS = (N_("Keep in the room only"), N_("Share without my name"),
                N_("Share with my name"))
COLOUR_NAMES = {"yellow": NC_("note colour", "Yellow"), "pink": NC_("note colour", "Pink"),
                "blue": NC_("note colour", "Blue"), "green": NC_("note colour", "Green"),
                "orange": NC_("note colour", "Orange"), "purple": NC_("note colour", "Purple"),
                "white": NC_("note colour", "White")}
EQUALITIES = (
    N_("How old are you?"), N_("Under 16"), N_("16 to 24"), N_("25 to 34"), N_("35 to 49"),
    N_("50 to 64"), N_("65 or older"), N_("I would rather not say"),
    N_("How do you describe yourself?"), N_("A woman"), N_("A man"), N_("Non-binary"),
    N_("In another way"),
    N_("Which of these best describes your ethnic group?"), N_("Asian or Asian British"),
    N_("Black, Black British, Caribbean or African"), N_("Mixed or more than one ethnic group"),
    N_("White"), N_("Another ethnic group"),
    N_("Are you disabled, or do you have a long-term health condition?"), N_("Yes"), N_("No"),
    N_("Do you look after someone who needs extra support?"),
)
# What the services say to a phone, exactly as they say it.
SERVICE_MESSAGES = (
    N_("This link does not work any more. Please scan the code on the screen again."),
    N_("Sign-in for this session is closed. Please ask the facilitator."),
    N_("Please give a phone number or email so we can contact you, or choose ‘No’ for contact."),
    N_("This phone has not signed in before. Please fill in the form."),
    N_("You are not signed in just now. Please scan the code on the screen to join."),
    N_("The board is not taking notes just now."),
    N_("There is no vote open just now."),
    N_("You have already answered these questions today. Thank you."),
    N_("This phone is not remembered."),
    N_("This phone's browser did not keep our cookie. Please allow cookies for this page and "
       "try again."),
    N_("That question is not one we ask."),
    N_("Place at least one dot."),
    N_("There is no dot there to take back."),
    N_("This vote has closed, so its dots can no longer change."),
    N_("That note has not been shown to the room yet."),
    N_("The story list is not open to phones just now. Ask the facilitator if you would like to "
       "tell a story."),
    N_("You are already on the list to tell a story."),
    N_("You are not on the list to tell a story."),
    N_("Your story is being told now, so it cannot be taken off the list."),
    N_("Please choose how your story may be used."),
    N_("That question is not open for votes just now."),
)
# The privacy notice's standard words (domain/privacy.py), used where the organisation wrote none.
PRIVACY_STANDARD = (
    N_("The organisers of this programme"),
    N_("To run these sessions, to pay you if you ask us to, and to share what we learn only in "
       "the ways you choose below."),
    N_("Until the programme ends. Then names and contact details are deleted; what was said is "
       "kept without names."),
    N_("Ask the facilitator at any time to see, change or delete what we hold about you."),
)
DATE_CONTEXT = "in a date"  # a month as it is written in "31 July 2027"
MONTHS = (NC_("in a date", "January"), NC_("in a date", "February"), NC_("in a date", "March"),
          NC_("in a date", "April"), NC_("in a date", "May"), NC_("in a date", "June"),
          NC_("in a date", "July"), NC_("in a date", "August"), NC_("in a date", "September"),
          NC_("in a date", "October"), NC_("in a date", "November"),
          NC_("in a date", "December"))
# The names the services give the fields a phone fills in ("Your note is empty...").
FIELD_NAMES = (N_("Your name"), N_("Contact details"), N_("Access needs"), N_("Your note"),
               N_("Your question"), N_("The story's title"))


# The keys of the messages the services make as data (domain.said.Said: a key and values), so the
# phone catalogue has them; tests/web/test_phone_messages.py checks that each is a key the code
# really uses.
DATA_MESSAGES = (
    N_("%(what)s is empty. Please write something."),
    N_("%(what)s is %(count)s characters long; the most is %(limit)s. Please shorten it "
       "(nothing has been cut)."),
    N_("%(what)s has a character that cannot be saved."),
    N_("Please choose the group you are here with."),
    N_("Please pick one of the answers to “%(question)s”"),
    N_("Each person has %(n)s dots and all of them are used. Take one back to move it."),
    N_("Only %(left)s dots left (each person has %(n)s)."),
    N_("One person can put at most %(cap)s dots on the same item."),
    N_("That is not one of the items in this vote."),
    N_("%(who)s, on the facilitator's laptop in this room. It is not sent anywhere else."),
    N_("Until %(date)s. Then names and contact details are deleted; what was said is kept "
       "without names."),
)


class Catalogue(Protocol):
    def gettext(self, message: str, /) -> str: ...

    def pgettext(self, context: str, message: str, /) -> str: ...


def translate(message: str, catalogue: Catalogue, *, thousands: str = ",") -> str:
    """`message` in the catalogue's language: from its data if it is a domain.said.Said (its key
    and values), else by the message itself (a fixed message is its own key); a message the
    catalogue does not know is shown as it is, in English. English is never read back."""
    if isinstance(message, Said):
        return _template(message, catalogue) % {
            name: _value(value, catalogue, thousands) for name, value in message.params.items()}
    return catalogue.gettext(message)


def _template(message: Said, catalogue: Catalogue) -> str:
    """The message's key in the catalogue's language; a counted message ("%(n)s notes ...") by
    its count's form, or as the service wrote it where the catalogue cannot count."""
    if message.plural is None:
        return catalogue.gettext(message.key)
    ngettext = getattr(catalogue, "ngettext", None)
    n = message.params.get("n")
    if ngettext is None or not isinstance(n, int):
        return message.replace("%", "%%")  # already filled in English
    return str(ngettext(message.key, message.plural, n))


def _value(value: Value, catalogue: Catalogue, thousands: str) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", thousands)
    if isinstance(value, date):
        month = catalogue.pgettext(DATE_CONTEXT, MONTHS[value.month - 1])
        return f"{value.day} {month} {value.year}"
    return catalogue.gettext(value)
