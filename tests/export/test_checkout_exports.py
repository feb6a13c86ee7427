"""Check-out results in the CSV and JSON exports: per session, side and question, with the
report's small-number rules worked out here from the slips typed in, and nothing about anyone."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest

from coprod_desktop.export.tables import export_tables
from coprod_desktop.services import Services

KEYS = ("listened", "could_say", "understood", "come_again")


def _slips(services: Services, session_id: int, group: str, values: str, times: int) -> None:
    for _ in range(times):
        services.checkout.enter_slip(session_id, group, {k: v for k, v in zip(
            KEYS, values, strict=True) if v != "-"})


def test_check_out_results_leave_with_small_numbers_hidden(services: Services, session_id: int,
                                                           tmp_path: Path) -> None:
    later = int(services.sessions.create_session("Second meeting", "2026-04-07",
                                                 starts_at="18:00", ends_at="20:00").new_id or 0)
    _slips(services, session_id, "parent_carer", "2221", 3)
    _slips(services, session_id, "parent_carer", "02-2", 1)  # one left 'understood' blank
    _slips(services, session_id, "staff", "2222", 2)  # 2 staff: hidden, and so is the next
    _slips(services, later, "parent_carer", "1122", 3)
    _slips(services, later, "staff", "2202", 3)
    export_tables(services.read, tmp_path / "csv", "csv")
    export_tables(services.read, tmp_path / "json", "json")
    with (tmp_path / "csv" / "checkout_results.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    from_json = json.loads((tmp_path / "json" / "checkout_results.json").read_text("utf-8"))
    assert len(rows) == len(from_json) == 2 * 3 * 4  # sessions × sides × questions
    assert set(rows[0]) == {"session_id", "check_outs", "check_outs_held_back", "side",
                            "side_check_outs", "question", "statement", "shown", "answered",
                            "yes_share"}

    def row(session: int, side: str, question: str) -> dict:
        return next(r for r in rows if (r["session_id"], r["side"], r["question"]) == (
            str(session), side, question))

    # First session: 4 parents, 2 staff (fewer than 3), 0 others. Staff hidden. The session's
    # 6 check-outs less the parents' 4 and the others' 0 would be 6 - 4 - 0 = 2: the staff's.
    # So the session's check-outs are held back ('protects'), not the parents (before, the 4
    # parents were hidden beside the 2 staff).
    first = row(session_id, "parents", "listened")
    assert (first["check_outs"], first["check_outs_held_back"]) == ("", "protects")
    # listened: three slips '2' and one '0': 4 answered, 3 Yes, 3 / 4 = 0.75.
    assert (first["side_check_outs"], first["shown"], first["answered"], first["yes_share"]) == (
        "4", "yes", "4", "0.75")
    # understood: one parent left it blank; the other three said Yes (2): 3 of 3.
    assert (row(session_id, "parents", "understood")["answered"],
            row(session_id, "parents", "understood")["yes_share"]) == ("3", "1.0")
    staff = row(session_id, "staff", "listened")
    assert (staff["side_check_outs"], staff["shown"], staff["answered"], staff["yes_share"]) == (
        "", "no", "", "")
    assert row(session_id, "others", "listened")["side_check_outs"] == "0"
    assert row(session_id, "others", "listened")["answered"] == "0"  # nobody, said as 0
    assert row(session_id, "others", "listened")["yes_share"] == ""
    # Second session: 3 and 3, both shown; listened: parents 0 of 3 Yes, staff 3 of 3.
    assert (row(later, "parents", "listened")["check_outs"],
            row(later, "parents", "listened")["check_outs_held_back"]) == ("6", "")
    assert row(later, "parents", "listened")["yes_share"] == "0.0"
    assert row(later, "staff", "listened")["answered"] == "3"
    assert row(later, "staff", "listened")["yes_share"] == "1.0"
    assert row(later, "staff", "understood")["yes_share"] == "0.0"
    assert row(later, "parents", "come_again")["shown"] == "yes"
    json_row = next(r for r in from_json if r["session_id"] == later and r["side"] == "staff"
                    and r["question"] == "listened")
    assert json_row["shown"] is True and json_row["yes_share"] == 1.0
    text = (tmp_path / "csv" / "checkout_results.csv").read_text("utf-8-sig")
    assert "paper" not in text and "phone" not in text  # how each came in stays on the laptop


def test_a_question_answered_by_fewer_than_three_on_a_side_shows_nothing(
        services: Services, session_id: int, tmp_path: Path) -> None:
    _slips(services, session_id, "parent_carer", "2---", 1)
    _slips(services, session_id, "parent_carer", "22--", 2)
    _slips(services, session_id, "staff", "2222", 3)
    export_tables(services.read, tmp_path, "json")
    rows = json.loads((tmp_path / "checkout_results.json").read_text("utf-8"))
    parents = {r["question"]: r for r in rows if r["side"] == "parents"}
    assert parents["listened"]["shown"] and parents["listened"]["answered"] == 3
    assert not parents["could_say"]["shown"] and parents["could_say"]["answered"] is None


def _export(services: Services, tmp_path: Path, fmt: str = "csv") -> list[dict]:
    """The check-out table as written to a real file, cells as text ('' for empty)."""
    export_tables(services.read, tmp_path / fmt, fmt)
    if fmt == "json":
        return [{k: "" if v is None else str(v) for k, v in r.items()} for r in json.loads(
            (tmp_path / "json" / "checkout_results.json").read_text("utf-8"))]
    with (tmp_path / "csv" / "checkout_results.csv").open(encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def _session_figures(rows: list[dict], session: int) -> tuple[str, str, dict[str, str]]:
    mine = [r for r in rows if r["session_id"] == str(session)]
    return (mine[0]["check_outs"], mine[0]["check_outs_held_back"],
            {r["side"]: r["side_check_outs"] for r in mine})


def test_the_session_total_is_held_back_rather_than_a_side(
        services: Services, session_id: int, tmp_path: Path) -> None:
    def new(day: str) -> int:
        return int(services.sessions.create_session("Meeting", day, starts_at="18:00",
                                                    ends_at="20:00").new_id or 0)
    ten_and_two, five_three_one, ten_two_one, two = (
        session_id, new("2026-04-07"), new("2026-05-05"), new("2026-06-02"))
    # 10 parents, 2 staff: 12 - 10 - 0 = 2 would be the staff. Parents shown, 12 held back.
    _slips(services, ten_and_two, "parent_carer", "2222", 10)
    _slips(services, ten_and_two, "staff", "0000", 2)
    # 5 parents, 3 staff, 1 young person (others): 9 - 5 - 3 = 1 would be the young person.
    # Both sides shown; 9 held back.
    _slips(services, five_three_one, "parent_carer", "2222", 5)
    _slips(services, five_three_one, "staff", "2222", 3)
    _slips(services, five_three_one, "young_person", "0000", 1)
    # 10 parents, 2 staff, 1 voluntary: 13 - 10 = 3 is two sides together, neither of which can
    # be told apart: 13 shown.
    _slips(services, ten_two_one, "parent_carer", "2222", 10)
    _slips(services, ten_two_one, "staff", "2222", 2)
    _slips(services, ten_two_one, "voluntary", "2222", 1)
    # 2 in all: small itself.
    _slips(services, two, "parent_carer", "2222", 2)
    for fmt in ("csv", "json"):
        rows = _export(services, tmp_path, fmt)
        assert _session_figures(rows, ten_and_two) == (
            "", "protects", {"parents": "10", "staff": "", "others": "0"})
        assert _session_figures(rows, five_three_one) == (
            "", "protects", {"parents": "5", "staff": "3", "others": ""})
        assert _session_figures(rows, ten_two_one) == (
            "13", "", {"parents": "10", "staff": "", "others": ""})
        assert _session_figures(rows, two) == ("", "small", {"parents": "", "staff": "0",
                                                             "others": "0"})
        # The parents' answers beside the 2 staff: all 10 said Yes to everything.
        parents = [r for r in rows if r["session_id"] == str(ten_and_two)
                   and r["side"] == "parents"]
        assert {(r["answered"], r["yes_share"]) for r in parents} == {("10", "1.0")}


# --- a sweep of random programmes, checked from the files alone -----------------------------

GROUPS = {"parents": ("parent_carer",), "staff": ("staff",),
          "others": ("young_person", "voluntary", "other", "")}


def _check_nothing_small_can_be_worked_out(rows: list[dict],
                                           truth: dict[tuple[int, str], list[dict]]) -> None:
    """From the export's cells alone: every figure shown is about 0 or 3 or more people, and no
    total shown, less any of the figures shown that make it up, counts 1 or 2 people. Written
    from the table's meaning (docs/export-columns.md), not from the code that makes it."""
    # What each figure is about, as linear facts: (value shown, the cells it adds up).
    facts: list[tuple[int, frozenset[tuple]]] = []
    for r in rows:
        s, side = int(r["session_id"]), r["side"]
        if r["check_outs"]:
            facts.append((int(r["check_outs"]), frozenset(
                ("people", s, d) for d in GROUPS)))
        if r["side_check_outs"]:
            facts.append((int(r["side_check_outs"]), frozenset({("people", s, side)})))
        if r["yes_share"]:
            assert r["answered"], r  # a share without its count is never given
        if r["answered"]:
            answered = int(r["answered"])
            facts.append((answered, frozenset({("answered", s, side, r["question"])})))
            if r["yes_share"]:
                yes = round(float(r["yes_share"]) * answered)
                facts.append((yes, frozenset({("yes", s, side, r["question"])})))
    facts = list(set(facts))

    def value_of(cell: tuple) -> int:
        """The true count behind one cell, from the slips typed in."""
        slips = truth.get((cell[1], cell[2]), [])
        if cell[0] == "people":
            return len(slips)
        wanted = ("2",) if cell[0] == "yes" else ("2", "1", "0")
        return sum(1 for slip in slips if slip[cell[3]] in wanted)

    def people(cells: set[tuple] | frozenset[tuple]) -> int:
        """How many people the cells are about (a Yes count is about those who answered)."""
        return sum(value_of(("answered", *c[1:]) if c[0] == "yes" else c) for c in cells)

    for value, cells in facts:
        assert value == sum(value_of(c) for c in cells), (value, cells)  # the model is right
        assert not 0 < people(cells) < 3, (value, cells)
        parts = [(v, c) for v, c in facts if c < cells]
        # Any set of parts that do not overlap, taken away.
        for picked in range(1, 2 ** len(parts)):
            chosen = [parts[i] for i in range(len(parts)) if picked >> i & 1]
            union: set[tuple] = set()
            overlap = False
            for _v, c in chosen:
                overlap = overlap or bool(union & c)
                union |= c
            if overlap:
                continue
            left = cells - union
            assert not 0 < people(left) < 3, ("worked out", value, cells, chosen)


SWEEP_SEEDS = (55, 5501, 5502)


@pytest.mark.parametrize("seed", SWEEP_SEEDS)
def test_no_small_group_can_be_worked_out_from_a_random_programme(
        services: Services, session_id: int, tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    sessions = [session_id] + [int(services.sessions.create_session(
        f"Meeting {n}", f"2026-{4 + n:02d}-07", starts_at="18:00", ends_at="20:00").new_id or 0)
        for n in range(7)]
    truth: dict[tuple[int, str], list[dict]] = {}
    for session in sessions:
        for side, groups in GROUPS.items():
            slips = truth.setdefault((session, side), [])
            for _ in range(rng.choice((0, 1, 2, 3, rng.randint(0, 12)))):
                answers = {k: rng.choice(("2", "1", "0", None)) for k in KEYS}
                if all(v is None for v in answers.values()):
                    answers[rng.choice(KEYS)] = rng.choice(("2", "1", "0"))
                services.checkout.enter_slip(session, rng.choice(groups), {
                    k: v for k, v in answers.items() if v is not None})
                slips.append(answers)
    rows = _export(services, tmp_path, rng.choice(("csv", "json")))
    _check_nothing_small_can_be_worked_out(rows, truth)
    # And as little as possible is held back: a side of 3 or more is always shown, and so are
    # its answers to a question 3 or more of them answered; a session's check-outs are held
    # back only when fewer than 3, or when less the sides shown they would tell a small side.
    for session in sessions:
        sizes = {side: len(truth[(session, side)]) for side in GROUPS}
        if not sum(sizes.values()):
            continue
        shown_total, _why, shown_sides = _session_figures(rows, session)
        assert shown_sides == {side: "" if 0 < n < 3 else str(n) for side, n in sizes.items()}
        # The small sides together: each is 1 or 2 to a reader, so their sum tells them all
        # when there is one, or when it is the least or the most they could make (2 + 2 = 4:
        # both 2). The old sweep wanted 6 = 2 + 2 + 2 shown: it gave each side away.
        small = [n for n in sizes.values() if 0 < n < 3]
        told = len(small) == 1 or (small and sum(small) in (len(small), 2 * len(small)))
        assert (shown_total == "") == (0 < sum(sizes.values()) < 3 or bool(told)), sizes
        for r in (r for r in rows if r["session_id"] == str(session)):
            answered = sum(1 for slip in truth[(session, r["side"])]
                           if slip[r["question"]] is not None)
            if sizes[r["side"]] >= 3 and answered >= 3:
                yes = sum(1 for slip in truth[(session, r["side"])]
                          if slip[r["question"]] == "2")
                assert r["answered"] == str(answered)
                assert float(r["yes_share"]) == pytest.approx(yes / answered, abs=1e-4)
