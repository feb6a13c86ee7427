"""A message as data: English text that also carries its catalogue key and its parameters.

Services speak English to the console and to `coprod` commands. A phone shows the same message in
its owner's language: a message with a number, a name or a date in it travels as a `Said`, the
key the catalogues know ("%(what)s is empty. Please write something.") and the values that fill
it ({"what": "Your note"}), and is translated from those at the edge (web/phone_messages.py),
never by reading its English back. It is a `str` (the English text, exactly as before), so every
reader that shows or compares the message is unchanged.

A value is a number (shown with the phone's thousands separator), a date (its month in the
phone's language), or text (translated if the catalogue knows it: a field's name, a question).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date

Value = str | int | date

# English month names for dates in English text (never strftime: it follows the laptop's locale).
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def english_date(on: date) -> str:
    """'31 July 2027'."""
    return f"{on.day} {MONTHS[on.month - 1]} {on.year}"


class Said(str):
    """English text with `key` (a catalogue message, %(name)s placeholders) and `params`."""

    key: str
    params: Mapping[str, Value]
    plural: str | None  # a counted message's plural key; its count is the value `n`

    def __new__(cls, english: str, key: str, **params: Value) -> Said:
        said = super().__new__(cls, english)
        said.key = key
        said.params = dict(params)
        said.plural = None
        return said

    def with_plural(self, plural: str | None) -> Said:
        self.plural = plural
        return self

    @classmethod
    def of(cls, key: str, **params: Value) -> Said:
        """The key filled in English (numbers with thousands commas, dates '31 July 2027') as
        the text."""
        return cls(key % {name: english(value) for name, value in params.items()}, key,
                   **params)

    @classmethod
    def counted(cls, forms: tuple[str, str], n: int, **params: Value) -> Said:
        """A message whose words follow a count (marked with Nn_: "Move %(n)s note", "Move
        %(n)s notes"): English picks by n == 1; other languages by their own plural rules."""
        singular, plural = forms
        values = {"n": n, **params}
        text = (singular if n == 1 else plural) % {k: english(v) for k, v in values.items()}
        return cls(text, singular, **values).with_plural(plural)


def ours(word: str) -> Said:
    """A word of ours inside a message (a field's name such as "The title"): the console
    translates it where the message is shown, while every other text value (a session's title, a
    person's name) is people's words and is shown exactly as written."""
    return word if isinstance(word, Said) else Said(word, word)


def english(value: Value) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, date):
        return english_date(value)
    return value


PLURAL = "(plural)"  # where a counted message's plural key is kept among its values


def params_json(message: str) -> str | None:
    """A Said's values as JSON for keeping in the file (dates as {"date": "2027-07-31"});
    None for plain text."""
    if not isinstance(message, Said):
        return None
    kept: dict[str, object] = {name: _kept(value) for name, value in message.params.items()}
    if message.plural is not None:
        kept[PLURAL] = message.plural
    return json.dumps(kept, ensure_ascii=False)


def _kept(value: Value) -> object:
    if isinstance(value, Said):  # a word of ours inside a message (an outcome's state)
        return {"said": str(value), "key": value.key}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    return value


def from_kept(english: str, key: str | None, params: str | None) -> str:
    """A message read back from the file: a Said when its key was kept, else its English text
    (rows written before keys were kept)."""
    if not key:
        return english
    try:
        values = json.loads(params or "{}")
    except ValueError:
        return english
    if not isinstance(values, dict):
        return english
    plural = values.pop(PLURAL, None)
    kept: dict[str, Value] = {}
    for name, value in values.items():
        if isinstance(value, dict) and isinstance(value.get("date"), str):
            try:
                kept[name] = date.fromisoformat(value["date"])
            except ValueError:
                return english
        elif isinstance(value, dict) and isinstance(value.get("said"), str) \
                and isinstance(value.get("key"), str):
            kept[name] = Said(value["said"], value["key"])
        elif isinstance(value, str | int):
            kept[name] = value
        else:
            return english
    return Said(english, key, **kept).with_plural(plural if isinstance(plural, str) else None)
