"""A counted message (domain.said.Said.counted) on a phone: the form for its count, in English
when the phone catalogue does not know it, never the singular key with a plural number."""

from __future__ import annotations

import gettext

from coprod_desktop.domain.said import Said
from coprod_desktop.web.phone_messages import translate


def test_an_unknown_counted_message_keeps_its_english_form() -> None:
    message = Said.counted(("%(n)s note no longer on the board.",
                            "%(n)s notes no longer on the board."), 3)
    assert translate(message, gettext.NullTranslations()) == "3 notes no longer on the board."
    one = Said.counted(("%(n)s note no longer on the board.",
                        "%(n)s notes no longer on the board."), 1)
    assert translate(one, gettext.NullTranslations()) == "1 note no longer on the board."
