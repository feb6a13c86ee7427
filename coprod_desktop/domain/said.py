"""A message as data: English text that also carries its catalogue key and its parameters.

Services speak English to the console and to `coprod` commands. A phone shows the same message in
its owner's language: rather than matching the English back with a pattern (web/phone_messages.py
still does that for messages not yet made data), a `Said` message travels as the key the
catalogues know ("%(what)s is empty. Please write something.") and the values that fill it
({"what": "Your note"}). It is a `str` (the English text, exactly as before), so every reader
that shows or compares the message is unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping


class Said(str):
    """English text with `key` (a catalogue message, %(name)s placeholders) and `params`."""

    key: str
    params: Mapping[str, str | int]

    def __new__(cls, english: str, key: str, **params: str | int) -> Said:
        said = super().__new__(cls, english)
        said.key = key
        said.params = dict(params)
        return said

    @classmethod
    def of(cls, key: str, **params: str | int) -> Said:
        """The key filled in English (numbers with thousands commas) as the text."""
        shown = {name: f"{value:,}" if isinstance(value, int) else value
                 for name, value in params.items()}
        return cls(key % shown, key, **params)
