"""The check-out's statements read the same on a phone as on the console and the projector, in
every language (review rev1: Polish phones asked "Inni mnie wysłuchali" while the room's results
said "Czuję, że mnie wysłuchano", so the room could not tell it was the same question)."""

from __future__ import annotations

from coprod_desktop import i18n
from coprod_desktop.domain.checkout import ANSWER_WORDS, QUESTIONS
from coprod_desktop.web import phone_i18n
from coprod_desktop.web.pages_checkout import STATEMENTS, WORDS


def test_phones_and_the_console_ask_the_same_in_english():
    assert dict(QUESTIONS) == STATEMENTS
    assert ANSWER_WORDS == WORDS


def test_phones_and_the_console_ask_the_same_in_every_language():
    wording = [*STATEMENTS.values(), *WORDS.values()]
    for code in i18n.LANGUAGES:
        if code == i18n.SOURCE:
            continue
        console, phone = i18n.translations(code), phone_i18n.translations(code)
        for english in wording:
            said = console.gettext(english)
            assert said != english, (code, english)  # translated on both, not left in English
            assert phone.gettext(english) == said, (code, english)
    assert i18n.translations("pl").gettext("I felt listened to") == "Inni mnie wysłuchali"
