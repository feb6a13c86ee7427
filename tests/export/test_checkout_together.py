"""The check-out's figures in the programme report PDF and the CSV/JSON tables, read together.

A facilitator exports both. Each is safe alone; these tests read the real files side by side,
as someone holding both could, and check that nothing about fewer than 3 people can be worked
out from them: no hidden count, no hidden Yes count, and no "they all said the same".

The checker below knows only what the files say and what their cells mean (docs/export-columns.md
and the report's words): it turns every figure printed into a fact about unknown counts, then
searches for the counts that fit every fact. A hidden figure that can only have one value (or
whose Yes, or Yes-less-answered, can only have one) has been given away.
"""

from __future__ import annotations

import csv
import json
import os
import random
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from coprod_desktop.export.documents import Kind, PdfRequest, export_pdf
from coprod_desktop.export.tables import export_tables
from coprod_desktop.services import Services
from tests.export.conftest import pdf_text

KEYS = ("listened", "could_say", "understood", "come_again")
STATEMENTS = ("I felt listened to", "I could say what I wanted to",
              "I understood the words people used", "I would come again")
SIDES = ("parents", "staff", "others")
GROUPS = {"parents": ("parent_carer",), "staff": ("staff",),
          "others": ("young_person", "voluntary", "other", "")}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _slips(services: Services, session_id: int, group: str, values: str, times: int) -> None:
    """`values`: one character a question, 2 Yes, 1 Partly, 0 No, - left out."""
    for _ in range(times):
        services.checkout.enter_slip(session_id, group, {k: v for k, v in zip(
            KEYS, values, strict=True) if v != "-"})


def _new_session(services: Services, day: str) -> int:
    return int(services.sessions.create_session("Meeting", day, starts_at="18:00",
                                                ends_at="20:00").new_id or 0)


@dataclass
class Files:
    pdf: str  # the report's text, flattened
    rows: list[dict[str, str]]  # the CSV's check-out rows
    json_rows: list[dict[str, str]]  # the JSON's, as text ('' for null)


def _write_all(services: Services, folder: Path) -> Files:
    out = folder / "report.pdf"
    export_pdf(services.read, PdfRequest(Kind.PROGRAMME, None), out)
    export_tables(services.read, folder / "csv", "csv")
    export_tables(services.read, folder / "json", "json")
    with (folder / "csv" / "checkout_results.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    from_json = [{k: "" if v is None else ("yes" if v else "no") if isinstance(v, bool)
                  else str(v)
                  for k, v in r.items()} for r in json.loads(
        (folder / "json" / "checkout_results.json").read_text("utf-8"))]
    return Files(" ".join(pdf_text(out).split()), rows, from_json)


# --- the independent checker ----------------------------------------------------------------

SHARE = r"(\d+% Yes(?: \(of \d+\))?|not shown|no answers)"


@dataclass
class Facts:
    """Unknown counts, each with the values a reader allows it, and what the files say of them."""

    domains: dict[tuple, list[int]] = field(default_factory=dict)
    sums: list[tuple[list[tuple], int, int]] = field(default_factory=list)  # cells, low, high
    checks: list[tuple[list[tuple], Callable[..., bool]]] = field(default_factory=list)
    known: dict[tuple, int] = field(default_factory=dict)

    def value(self, cell: tuple, low: int, high: int) -> None:
        self.domains[cell] = list(range(low, high + 1))

    def fix(self, cell: tuple, n: int) -> None:
        self.known[cell] = n
        self.domains[cell] = [n]


def _yes_from(percent: int, answered: int) -> list[int]:
    return [y for y in range(answered + 1) if round(100 * y / answered) == percent]


def read_facts(files: Files, session_days: dict[str, int]) -> Facts:
    """Everything the three files say, as facts about the counts behind them."""
    facts = Facts()
    assert files.rows == files.json_rows  # the two tables say the same
    sessions = sorted({int(r["session_id"]) for r in files.rows})
    for r in files.rows:
        s, side, q = int(r["session_id"]), r["side"], r["question"]
        people, answered, yes = ("P", s, side), ("A", s, side, q), ("Y", s, side, q)
        if r["side_check_outs"]:
            facts.fix(people, int(r["side_check_outs"]))
        else:  # "empty: fewer than 3" (0 is written as 0)
            facts.value(people, 1, 2)
        if r["answered"]:
            facts.fix(answered, int(r["answered"]))
            if r["yes_share"]:
                found = _yes_from(round(100 * float(r["yes_share"])), int(r["answered"]))
                assert len(found) == 1
                facts.fix(yes, found[0])
            else:
                assert r["answered"] == "0", r
                facts.fix(yes, 0)
        else:  # "empty when 1 or 2 did, or the side is not shown"
            facts.value(answered, 1 if r["side_check_outs"] else 0, 2)
            facts.value(yes, 0, 2)
        if r["check_outs"]:
            facts.sums.append(([("P", s, d) for d in SIDES], int(r["check_outs"]),
                               int(r["check_outs"])))
        elif r["check_outs_held_back"] == "small":
            facts.sums.append(([("P", s, d) for d in SIDES], 1, 2))
    for s in sessions:
        for side in SIDES:
            for q in KEYS:
                facts.checks.append(([("A", s, side, q), ("P", s, side)], lambda a, p: a <= p))
                facts.checks.append(([("Y", s, side, q), ("A", s, side, q)], lambda y, a: y <= a))
    text = files.pdf
    everyone = re.search(r"without their name: (\d+|fewer than 3) check-outs? in all", text)
    if everyone:
        low, high = (1, 2) if everyone.group(1) == "fewer than 3" else (int(everyone.group(1)),) * 2
        facts.sums.append(([("P", s, d) for s in sessions for d in SIDES], low, high))
    for q, words in zip(KEYS, STATEMENTS, strict=True):
        found = re.search(re.escape(words) + r": parents and carers " + SHARE + "; staff "
                          + SHARE + r"\.", text)
        assert found, words
        for side, said in zip(("parents", "staff"), found.groups(), strict=True):
            cells = [("A", s, side, q) for s in sessions]
            if said == "no answers":
                facts.sums.append((cells, 0, 0))
            elif "(of" in said:
                percent, answered = map(int, re.findall(r"\d+", said))
                facts.sums.append((cells, answered, answered))
                yes = _yes_from(percent, answered)
                assert len(yes) == 1
                facts.sums.append(([("Y", s, side, q) for s in sessions], yes[0], yes[0]))
            else:  # a share without its count, or none: not expected, but read if there
                assert said == "not shown", said
    row = r"(\d+ \w{3} \d{4}) (\d+|fewer than 3|not shown)" + (
        r" Parents: " + SHARE + r" Staff: " + SHARE) * 4
    for found in re.finditer(row, text):
        s = session_days[found.group(1)]
        if found.group(2) == "fewer than 3":
            facts.sums.append(([("P", s, d) for d in SIDES], 1, 2))
        elif found.group(2) != "not shown":
            facts.sums.append(([("P", s, d) for d in SIDES], int(found.group(2)),
                               int(found.group(2))))
        shares = found.groups()[2:]
        for index, q in enumerate(KEYS):
            for side, said in zip(("parents", "staff"), shares[2 * index:2 * index + 2],
                                  strict=True):
                cells = [("A", s, side, q), ("Y", s, side, q)]
                if said == "no answers":
                    facts.sums.append(([cells[0]], 0, 0))
                elif said != "not shown":
                    percent = int(said.split("%")[0])
                    facts.checks.append((cells, lambda a, y, p=percent: a > 0 and round(
                        100 * y / a) == p))
    assert len(list(re.finditer(row, text))) == len(sessions), "every session's row read"
    return facts


def _solve(facts: Facts, fixed: dict[tuple, int], rng: random.Random,
           start: list[tuple] | None = None) -> dict[tuple, int] | None:
    """One set of counts that fits every fact (with `fixed` as given), or None. Only the
    unknowns linked to `start` (by facts about them together) are searched; the others keep
    their first allowed value (all when `start` is None)."""
    linked: dict[tuple, set[tuple]] = {}
    sums_of: dict[tuple, list[int]] = {}
    for index, (members, _low, _high) in enumerate(facts.sums):
        for m in members:
            sums_of.setdefault(m, []).append(index)
            linked.setdefault(m, set()).update(members)
    checks_of: dict[tuple, list[int]] = {}
    for index, (members, _check) in enumerate(facts.checks):
        for m in members:
            checks_of.setdefault(m, []).append(index)
            linked.setdefault(m, set()).update(members)
    free = {c for c, d in facts.domains.items() if len(d) > 1}
    values = {c: d[0] for c, d in facts.domains.items() if len(d) == 1}
    order: list[tuple] = []
    seeds = list(start) if start is not None else sorted(free)
    for seed in seeds:  # breadth first from the cells asked about: each fact met early
        if seed in order or seed not in free:
            continue
        queue = [seed]
        order.append(seed)
        while queue:
            cell = queue.pop(0)
            for other in sorted(linked.get(cell, ())):
                if other in free and other not in order:
                    order.append(other)
                    queue.append(other)
    outside = free - set(order)
    budget = [int(os.environ.get("CHECKOUT_CHECKER_BUDGET", "200000"))]

    def domain(cell: tuple) -> list[int]:
        return [values[cell]] if cell in values else facts.domains[cell]

    def fits(cell: tuple) -> bool:
        for index in sums_of.get(cell, []):
            members, low, high = facts.sums[index]
            if any(m in outside for m in members):
                continue
            least = sum(min(domain(m)) for m in members)
            most = sum(max(domain(m)) for m in members)
            if least > high or most < low:
                return False
        for index in checks_of.get(cell, []):
            members, check = facts.checks[index]
            if all(m in values for m in members) and not check(*(values[m] for m in members)):
                return False
        return True

    def go(at: int) -> bool:
        budget[0] -= 1
        assert budget[0] > 0, "the checker's search ran too long"
        if at == len(order):
            return True
        cell = order[at]
        choices = [fixed[cell]] if cell in fixed else rng.sample(facts.domains[cell],
                                                                  len(facts.domains[cell]))
        for choice in choices:
            values[cell] = choice
            if fits(cell) and go(at + 1):
                return True
            del values[cell]
        return False

    if not go(0):
        return None
    return {**{c: facts.domains[c][0] for c in outside}, **values}


def given_away(facts: Facts, truth: dict[tuple, int], seed: int = 0) -> list[str]:
    """Hidden counts (and Yes counts, and 'all alike') that fit only one value."""
    rng = random.Random(seed)
    solutions = [s for s in (_solve(facts, {}, rng) for _ in range(3)) if s]
    assert solutions, "the truth fits the files, so some counts must"
    hidden = [c for c in facts.domains if c not in facts.known and c[0] != "Y"]
    found: list[str] = []
    for cell in hidden:
        if cell[0] == "P":
            features: dict[str, Callable[[dict], int]] = {"count": lambda v, c=cell: v[c]}
        else:
            yes = ("Y", *cell[1:])
            features = {"answered": lambda v, c=cell: v[c],
                        "yes": lambda v, y=yes: v[y],
                        "not yes": lambda v, c=cell, y=yes: v[c] - v[y]}
        people = truth[("P", *cell[1:3])]
        if cell[0] == "A" and truth[cell] == 0 and people >= 3:
            features.pop("yes"), features.pop("not yes")  # nobody: nothing to tell
        for name, feature in features.items():
            seen = {feature(s) for s in solutions}
            if len(seen) > 1:
                continue
            # Try every other value the cell (or its Yes) could have.
            other = None
            targets = [cell] if name == "count" or name == "answered" else [("Y", *cell[1:])]
            for target in targets:
                for v in facts.domains[target]:
                    if v in seen and name != "not yes":
                        continue
                    other = _solve(facts, {target: v}, rng, [target])
                    if other and feature(other) not in seen:
                        break
                    other = None
            if name == "not yes" and other is None:
                for a in facts.domains[cell]:
                    for y in range(a + 1):
                        other = _solve(facts, {cell: a, ("Y", *cell[1:]): y}, rng,
                                       [cell, ("Y", *cell[1:])])
                        if other and feature(other) not in seen:
                            break
                        other = None
                    if other:
                        break
            if other is None:
                found.append(f"{name} of {cell} is {seen.pop()} for certain")
    return found


def _truth(services: Services) -> dict[tuple, int]:
    """The counts behind the files, from the programme's own answers."""
    truth: dict[tuple, int] = {}
    side_of = {g: side for side, groups in GROUPS.items() for g in groups}
    for s in {row["session_id"] for row in services.file.db.query(
            "SELECT DISTINCT session_id FROM checkout_answer")}:
        answers = services.checkout.answers(s)
        for side in SIDES:
            mine = [a for a in answers if side_of[a.group] == side]
            truth[("P", s, side)] = len(mine)
            for q in KEYS:
                truth[("A", s, side, q)] = sum(1 for a in mine if a.answers[q] is not None)
                truth[("Y", s, side, q)] = sum(1 for a in mine if a.answers[q] == 2)
    return truth


def _days(services: Services) -> dict[str, int]:
    return {f"{s.date.day} {MONTHS[s.date.month - 1]} {s.date.year}": s.id
            for s in services.read.sessions()}


def _check(files: Files, services: Services) -> Facts:
    if not files.rows:  # no check-out at all: the report has no section for it
        assert "How the sessions felt" not in files.pdf
        return Facts()
    facts = read_facts(files, _days(services))
    truth = _truth(services)
    for cell, n in facts.known.items():
        assert truth[cell] == n, (cell, n, truth[cell])  # the files say what happened
    leaks = given_away(facts, truth)
    assert not leaks, leaks
    return facts


# --- hand-worked cases ----------------------------------------------------------------------


def test_two_sessions_read_together_give_no_small_group_away(
        services: Services, session_id: int, tmp_path: Path, artifacts: Path) -> None:
    later = _new_session(services, "2026-04-07")
    # Session 1: 10 parents and carers, 2 staff (both say Yes to everything).
    _slips(services, session_id, "parent_carer", "2221", 10)
    _slips(services, session_id, "staff", "2222", 2)
    # Session 2: 4 parents and carers, 3 staff (all Yes).
    _slips(services, later, "parent_carer", "1120", 4)
    _slips(services, later, "staff", "2222", 3)
    files = _write_all(services, tmp_path)
    rows = {(r["session_id"], r["side"], r["question"]): r for r in files.rows}
    # The tables: session 2's staff, 3 answered, all Yes; session 1's staff hidden.
    staff2 = rows[(str(later), "staff", "come_again")]
    assert (staff2["answered"], staff2["yes_share"]) == ("3", "1.0")
    assert rows[(str(session_id), "staff", "come_again")]["answered"] == ""
    # 1. Before: the report said 'I would come again: ... staff 100% Yes (of 5)', and
    # 5 - 3 = 2 staff of session 1, 5 - 3 = 2 of them saying Yes. Now the staff's figure across
    # the programme is not shown; the parents' is (14 of 14 answered, every session's shown).
    assert "I would come again: parents and carers 0% Yes (of 14); staff not shown." in files.pdf
    # 2. Before: the report printed session 1's check-outs as 12, the tables 10 parents and 0
    # others: 12 - 10 - 0 = 2 staff. Now both hold the 12 back.
    assert "3 Mar 2026 not shown Parents:" in files.pdf
    first = rows[(str(session_id), "parents", "listened")]
    assert (first["check_outs"], first["check_outs_held_back"], first["side_check_outs"]) == (
        "", "protects", "10")
    # Session 2's 7 (4 + 3, nothing hidden) is shown in both.
    assert "7 Apr 2026 7 Parents:" in files.pdf
    assert rows[(str(later), "parents", "listened")]["check_outs"] == "7"
    # The programme's 19 less session 2's 7 less session 1's 10 parents is 2: held back too.
    assert "check-outs in all" not in files.pdf
    _check(files, services)
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "2", str(tmp_path / "report.pdf"),
                    str(artifacts / "checkout-together-two")], check=True)


def test_three_sessions_read_together(services: Services, session_id: int,
                                      tmp_path: Path) -> None:
    second, third = _new_session(services, "2026-04-07"), _new_session(services, "2026-05-05")
    # Session 1: 6 parents (Yes to 'listened'), 2 staff (No), 2 young people.
    _slips(services, session_id, "parent_carer", "2222", 6)
    _slips(services, session_id, "staff", "0222", 2)
    _slips(services, session_id, "young_person", "2222", 2)
    # Session 2: 5 parents, 1 staff (Partly), 0 others.
    _slips(services, second, "parent_carer", "1222", 5)
    _slips(services, second, "staff", "1222", 1)
    # Session 3: 3 parents, 4 staff (Yes to 'listened', 1 of them No to 'could_say').
    _slips(services, third, "parent_carer", "2222", 3)
    _slips(services, third, "staff", "2222", 3)
    _slips(services, third, "staff", "2022", 1)
    files = _write_all(services, tmp_path)
    rows = {(r["session_id"], r["side"], r["question"]): r for r in files.rows}
    # Session 1: 10 less 6 parents = 4 = 2 staff + 2 young people; each is 1 or 2 to a reader,
    # so 4 says both are 2: held back (before, the tables showed 10). Session 2: 6 - 5 = 1:
    # held back. Session 3: 7 = 3 + 4, nothing hidden: shown.
    assert [rows[(str(s), "parents", "listened")]["check_outs"] for s in (
        session_id, second, third)] == ["", "", "7"]
    assert "3 Mar 2026 not shown" in files.pdf and "7 Apr 2026 not shown" in files.pdf
    assert "5 May 2026 7 " in files.pdf
    # In all 10 + 6 + 7 = 23; less 7 (session 3) and the sides shown (6 + 5 parents, 0 others
    # in session 2) = 5: the 2 staff, 2 young people and 1 staff of sessions 1 and 2. Three
    # groups of 1 or 2 making 5 tell none alone, but read with the programme-wide answers (how
    # many answered is at most how many there are) such a sum can: the programme's check-outs
    # are shown only where every session's are, so 23 is held back.
    assert "check-outs in all" not in files.pdf
    # 'I felt listened to', staff across the programme: 0 of 2 + 0 of 1 (hidden) + 4 of 4
    # = 4 of 7. Less session 3's 4 of 4: 0 of 3 for the hidden staff: all said something other
    # than Yes, so each hidden session's staff said No or Partly. Not shown (57% of 7 alone would
    # be a share including hidden people, not 0% or 100%; what the hidden ones said is 0%).
    # Parents: 6 + 0 + 3 = 9 of 6 + 5 + 3 = 14 said Yes, 64%, every session's shown.
    assert "I felt listened to: parents and carers 64% Yes (of 14); staff not shown." in files.pdf
    # 'I could say', staff: 2 of 2 + 1 of 1 + 3 of 4 = 6 of 7; hidden part 3 of 3, all Yes:
    # not shown either. Parents 14 of 14 (all sessions shown): 100% Yes, and that is fine:
    # nobody hidden is in it.
    assert ("I could say what I wanted to: parents and carers 100% Yes (of 14); staff not shown."
            in files.pdf)
    _check(files, services)


def test_hidden_people_answering_differently_keep_the_programme_figure(
        services: Services, session_id: int, tmp_path: Path) -> None:
    second, third = _new_session(services, "2026-04-07"), _new_session(services, "2026-05-05")
    # Staff: 2 (Yes), 2 (No), 5 (3 Yes). Across the programme 5 of 9 said Yes. Less session 3's
    # 3 of 5: 2 of 4 for the hidden 2 + 2, which could be 2+0, 1+1 or 0+2, and the 4 could be
    # 2+2 only... a reader knows each hidden group is 1 or 2, and 4 = 2 + 2: both told. So
    # held back even so.
    _slips(services, session_id, "staff", "2222", 2)
    _slips(services, second, "staff", "0000", 2)
    _slips(services, third, "staff", "2222", 3)
    _slips(services, third, "staff", "0000", 2)
    for s in (session_id, second, third):
        _slips(services, s, "parent_carer", "2222", 4)
    files = _write_all(services, tmp_path)
    assert "I felt listened to: parents and carers 100% Yes (of 12); staff not shown." in files.pdf
    _check(files, services)


def test_three_hidden_groups_of_mixed_answers_keep_the_programme_figure(
        services: Services, session_id: int, tmp_path: Path) -> None:
    second, third, fourth = (_new_session(services, d) for d in (
        "2026-04-07", "2026-05-05", "2026-06-02"))
    # Staff: 2 (one Yes, one No), 1 (Yes), 2 (No, No), then 4 (all Yes). Hidden: 5 people, in
    # groups of 1 or 2 making 5 (2+1+2, 2+2+1, 1+2+2): not told; 2 Yes among them, neither 0
    # nor all, and no group's Yes is certain. Across the programme: 6 of 9 said Yes: shown.
    _slips(services, session_id, "staff", "2222", 1)
    _slips(services, session_id, "staff", "0000", 1)
    _slips(services, second, "staff", "2222", 1)
    _slips(services, third, "staff", "0000", 2)
    _slips(services, fourth, "staff", "2222", 4)
    for s in (session_id, second, third, fourth):
        _slips(services, s, "parent_carer", "2222", 3)
    files = _write_all(services, tmp_path)
    assert "I felt listened to: parents and carers 100% Yes (of 12); staff 67% Yes (of 9)." in (
        files.pdf)
    _check(files, services)


# --- a sweep of random programmes -----------------------------------------------------------


@pytest.mark.parametrize("seed", (56, 5601, 5602, 5603, 5604, 5605))
def test_no_small_group_can_be_worked_out_from_all_the_files_together(
        services: Services, session_id: int, tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    count = rng.randint(1, 6)
    sessions = [session_id] + [_new_session(services, f"2026-{4 + n:02d}-07")
                               for n in range(count - 1)]
    for s in sessions:
        for groups in GROUPS.values():
            for _ in range(rng.choice((0, 1, 2, 2, 3, rng.randint(0, 12)))):
                answers = "".join(rng.choice("2210-") for _ in KEYS)
                if set(answers) == {"-"}:
                    answers = "2" + answers[1:]
                _slips(services, s, rng.choice(groups), answers, 1)
    files = _write_all(services, tmp_path)
    truth = _truth(services)
    facts = _check(files, services)
    # And big groups stay shown where that is safe: every side of 3 or more, its answers to a
    # question 3 or more of them answered (in the tables, and as a share in the report's
    # session table), a session's check-outs where no side in it is hidden, and a side's
    # answers across the programme where no session's are hidden.
    for s in sessions:
        if not sum(truth.get(("P", s, d), 0) for d in SIDES):
            continue
        hidden_side = False
        for side in SIDES:
            n = truth[("P", s, side)]
            hidden_side |= 0 < n < 3
            if n >= 3:
                assert facts.known[("P", s, side)] == n
                for q in KEYS:
                    if truth[("A", s, side, q)] >= 3:
                        assert facts.known[("Y", s, side, q)] == truth[("Y", s, side, q)]
        total = sum(truth[("P", s, d)] for d in SIDES)
        if not hidden_side:
            row = next(r for r in files.rows if r["session_id"] == str(s))
            assert row["check_outs"] == str(total)
    for side, name in (("parents", "parents and carers"), ("staff", "staff")):
        for q, words in zip(KEYS, STATEMENTS, strict=True):
            cells = [("A", s, side, q) for s in sessions if ("A", s, side, q) in truth]
            answered = sum(truth[c] for c in cells)
            if answered >= 3 and all(not 0 < truth[c] < 3 and not 0 < truth[("P", *c[1:3])] < 3
                                     for c in cells):
                yes = sum(truth[("Y", *c[1:])] for c in cells)
                said = f"{round(100 * yes / answered)}% Yes (of {answered})"
                line = re.search(re.escape(words) + ": (.*?)\\.", files.pdf)
                assert line and f"{name} {said}" in line.group(1), (line, said)


def test_a_session_of_two_from_two_sides_is_not_called_fewer_than_3(
        services: Services, session_id: int, tmp_path: Path) -> None:
    later = _new_session(services, "2026-04-07")
    # Session 1: 1 parent, 1 young person. Each side reads "fewer than 3" (1 or 2); the session
    # "fewer than 3" too would say 1 + 1, both 1. So the session's check-outs read "not shown".
    _slips(services, session_id, "parent_carer", "2222", 1)
    _slips(services, session_id, "young_person", "0000", 1)
    _slips(services, later, "parent_carer", "2222", 4)
    _slips(services, later, "staff", "2222", 11)
    files = _write_all(services, tmp_path)
    first = next(r for r in files.rows if r["session_id"] == str(session_id))
    assert (first["check_outs"], first["check_outs_held_back"]) == ("", "protects")
    assert "3 Mar 2026 not shown Parents: not shown" in files.pdf
    # In all 17 less 15 is 2 = 1 + 1: not shown either.
    assert "check-outs in all" not in files.pdf
    _check(files, services)
