"""Quick polls and the word cloud: checks, tallies, grouping and layout, without Qt or a file."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.polls import (
    Answer,
    Poll,
    PollKind,
    check_answer,
    check_poll,
    choice_bars,
    scale_average,
    scale_bars,
    split_choices,
    split_words,
)
from coprod_desktop.domain.word_cloud import CloudWord, group_words, lay_out, word_key

T0 = datetime(2026, 3, 3, 18, 0, tzinfo=UTC)


def _poll(kind: PollKind, **extra: object) -> Poll:
    return Poll(id=1, session_id=1, kind=kind, question="How was it?", created_at=T0,
                opened_at=T0, **extra)  # type: ignore[arg-type]


def test_scale_bars_count_every_point_including_empty_ones() -> None:
    poll = _poll(PollKind.SCALE, low=1, high=5)
    answers = [Answer(value=v) for v in (5, 4, 4, 1)]
    assert [(b.label, b.count) for b in scale_bars(poll, answers)] == [
        ("1", 1), ("2", 0), ("3", 0), ("4", 2), ("5", 1)]
    assert scale_average(poll, answers) == pytest.approx(3.5)
    assert len(scale_bars(_poll(PollKind.SCALE, low=0, high=10), [])) == 11


def test_multiple_choice_counts_each_tick() -> None:
    poll = _poll(PollKind.MULTIPLE, options=("Bus", "Car", "Walk"))
    answers = [Answer(choices=(0, 2)), Answer(choices=(2,)), Answer(choices=(1, 2))]
    assert [b.count for b in choice_bars(poll, answers)] == [1, 1, 3]


def test_answers_are_checked_against_the_poll() -> None:
    single = _poll(PollKind.SINGLE, options=("Yes", "No"))
    with pytest.raises(ValidationError):
        check_answer(single, choices=(0, 1))
    with pytest.raises(ValidationError):
        check_answer(single, choices=(5,))
    assert check_answer(single, choices=(1,)) == Answer(choices=(1,))
    scale = _poll(PollKind.SCALE, low=0, high=10)
    with pytest.raises(ValidationError):
        check_answer(scale, value=11)
    words = _poll(PollKind.WORDS)
    assert check_answer(words, words=["  safe ", "", "heard"]).words == ("safe", "heard")
    with pytest.raises(ValidationError):
        check_answer(words, words=["a", "b", "c", "d"])
    closed = Poll(id=2, session_id=1, kind=PollKind.WORDS, question="?", created_at=T0)
    with pytest.raises(ValidationError, match="closed"):
        check_answer(closed, words=["a"])


def test_poll_questions_and_options_are_checked() -> None:
    with pytest.raises(ValidationError):
        check_poll(PollKind.SINGLE, "Which?", ["Only one"], 1, 5)
    with pytest.raises(ValidationError):
        check_poll(PollKind.SINGLE, "Which?", ["Same", "same"], 1, 5)
    with pytest.raises(ValidationError):
        check_poll(PollKind.SCALE, "How?", [], 1, 7)
    assert check_poll(PollKind.SCALE, " How   far? ", ["x"], 0, 10) == ("How far?", ())


def test_stored_forms_round_trip() -> None:
    assert split_choices("0,2") == (0, 2) and split_choices("") == ()
    assert split_words("bus\nSchool run") == ("bus", "School run")


@pytest.mark.parametrize(("word", "key"), [
    ("Bus", "bus"), ("buses", "bus"), ("Nappies", "nappy"), ("nappy", "nappy"),
    ("Schools!", "school"), ("class", "class"), ("churches", "church"), ("is", "is"),
    ("Listening", "listening"), ("boxes", "box"),
])
def test_word_key_folds_case_and_simple_plurals(word: str, key: str) -> None:
    assert word_key(word) == key


def test_grouping_keeps_the_most_used_spelling_and_honours_hidden_words() -> None:
    words = ["Buses", "bus", "bus", "SAFE", "safe", "Rubbish", "the"]
    grouped = group_words(words, hidden=["rubbish"], stop=["the"])
    assert [(w.key, w.text, w.count) for w in grouped] == [("bus", "bus", 3), ("safe", "SAFE", 2)]


def _measure(text: str, px: int) -> float:
    return len(text) * px * 0.6


def test_cloud_never_draws_a_word_under_the_minimum_and_ranks_by_count() -> None:
    words = [CloudWord(f"w{i}", f"word{i}", 100 - i) for i in range(60)]
    cloud = lay_out(words, _measure, 1600, 700, min_px=34, max_px=160)
    assert cloud.placed, "something is drawn"
    assert all(p.px >= 34 for p in cloud.placed)
    sizes = [p.px for p in cloud.placed]
    assert sizes == sorted(sizes, reverse=True), "bigger words first, in rank order"
    for p in cloud.placed:
        assert p.x >= 0 and p.count_x + _measure(str(p.word.count), 34) <= 1600 + 0.01
        assert p.y + p.height <= 700 + 0.01
    assert cloud.left_out == 60 - len(cloud.placed)


def test_cloud_leaves_out_the_least_frequent_when_they_cannot_fit() -> None:
    words = [CloudWord(f"w{i}", f"longerword{i}", 900 - i) for i in range(900)]
    cloud = lay_out(words, _measure, 1600, 500, min_px=34, max_px=160)
    assert 0 < len(cloud.placed) < 900 and cloud.left_out == 900 - len(cloud.placed)
    kept = {p.word.key for p in cloud.placed}
    assert kept == {f"w{i}" for i in range(len(kept))}, "the most frequent are the ones kept"
