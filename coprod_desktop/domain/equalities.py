"""The optional "about you" questions a phone may answer after signing in.

Answers are counted, never stored against a person: the file keeps one tally per session, question
and answer, so nobody can be picked out from them later. Every question can be skipped.
"""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_

SKIP = ""
PREFER_NOT = "prefer_not"


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    choices: tuple[tuple[str, str], ...]  # (stored value, words on the phone)


QUESTIONS: tuple[Question, ...] = (
    Question("age", "How old are you?", (
        ("under_16", "Under 16"), ("16_24", "16 to 24"), ("25_34", "25 to 34"),
        ("35_49", "35 to 49"), ("50_64", "50 to 64"), ("65_plus", "65 or older"),
        (PREFER_NOT, "I would rather not say"))),
    Question("gender", "How do you describe yourself?", (
        ("woman", "A woman"), ("man", "A man"), ("non_binary", "Non-binary"),
        ("another", "In another way"), (PREFER_NOT, "I would rather not say"))),
    Question("ethnicity", "Which of these best describes your ethnic group?", (
        ("asian", "Asian or Asian British"),
        ("black", "Black, Black British, Caribbean or African"),
        ("mixed", "Mixed or more than one ethnic group"), ("white", "White"),
        ("other", "Another ethnic group"), (PREFER_NOT, "I would rather not say"))),
    Question("disabled", "Are you disabled, or do you have a long-term health condition?", (
        ("yes", "Yes"), ("no", "No"), (PREFER_NOT, "I would rather not say"))),
    Question("carer", "Do you look after someone who needs extra support?", (
        ("yes", "Yes"), ("no", "No"), (PREFER_NOT, "I would rather not say"))),
)

BY_KEY = {q.key: q for q in QUESTIONS}


def clean_answers(raw: dict[str, str]) -> dict[str, str]:
    """Keep the answers given; drop skipped ones; refuse anything that is not one of the choices."""
    answers: dict[str, str] = {}
    for key, value in raw.items():
        question = BY_KEY.get(key)
        if question is None:
            raise ValidationError(N_("That question is not one we ask."), field=key)
        value = (value or "").strip()
        if value == SKIP:
            continue
        if value not in dict(question.choices):
            raise ValidationError(Said.of(N_("Please pick one of the answers to “%(question)s”"),
                                          question=question.text), field=key)
        answers[key] = value
    return answers
