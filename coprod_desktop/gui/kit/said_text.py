"""A service's message in the interface's language, translated at the edge.

Services and the domain speak English, and a message that is data (a domain.said.Said: its
catalogue key and values) can be said in any language without reading the English back. This is
where the console does that: `said(message)` gives a Said in the interface's language (its values
too, where they are words the catalogue knows, such as "The programme title"); any other text is
shown as it came.
"""

from __future__ import annotations

from datetime import date

from coprod_desktop.domain.said import Said, english
from coprod_desktop.i18n import N_, SOURCE, _, current, ngettext, number

# The keys services raise as Said messages (domain/validate.py, services/votes.py).
KEYS = (
    N_("%(what)s has a character that cannot be saved."),
    N_("%(what)s is empty. Please write something."),
    N_("%(what)s is %(count)s characters long; the most is %(limit)s. Please shorten it "
       "(nothing has been cut)."),
    N_("Each person has %(n)s dots and all of them are used. Take one back to move it."),
    N_("Only %(left)s dots left (each person has %(n)s)."),
    N_("One person can put at most %(cap)s dots on the same item."),
)


def _value(value: object, verbatim: bool) -> str:
    if isinstance(value, Said):  # a message inside a message ("Undo %(step)s")
        return _said(value, verbatim)
    if isinstance(value, bool):
        return str(value)
    if current() == SOURCE and isinstance(value, int | date):
        return english(value)  # as Babel would say it, without loading its locale data
    if isinstance(value, int):
        return number(value)
    if isinstance(value, date):
        from coprod_desktop.gui.formats import long_day  # Babel: when a date is shown

        return long_day(value)
    return str(value) if verbatim else _(str(value))


def said(message: object) -> str:
    """`message` (a str, a Said, or an error's message) in the interface's language: a Said from
    its key and values, a fixed message (marked with N_) from the catalogue, anything else as it
    came. Text values are people's words (a title, a name) and are shown exactly as written; a
    word of ours among them (a field's name) is a Said of its own (domain.said.ours) and is
    translated."""
    if not isinstance(message, Said):
        return _(message) if isinstance(message, str) and message else str(message)
    return _said(message, verbatim=True)


def _said(message: Said, verbatim: bool) -> str:
    values = {name: _value(value, verbatim) for name, value in message.params.items()}
    try:
        if message.plural is not None:
            n = message.params.get("n")
            return ngettext(message.key, message.plural, n if isinstance(n, int) else 2) % values
        return _(message.key) % values
    except (KeyError, ValueError, TypeError):  # a catalogue that lost a placeholder
        return str(message)


def said_label(label: str) -> str:
    """A change's label (Edit › Undo, "Saved 18:05: …") in the interface's language: a Said from
    its key and values, a label without values (marked with N_) from the catalogue, and a step
    kept before labels had keys as its English when the catalogue does not know it.

    A label's text values are people's words (a session's title, a person's name) and are shown
    exactly as written, never looked up in the catalogue (a note called "Pass" stays "Pass"); a
    value that is a word of ours is given as a Said of its own (an outcome's state)."""
    if isinstance(label, Said):
        return _said(label, verbatim=True)
    return _(label) if label else label
