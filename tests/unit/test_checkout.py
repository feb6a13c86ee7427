"""The check-out: anonymous answers from phones and paper slips, summarised by side of the room,
with small numbers never shown outside the console."""

from __future__ import annotations

import random

import pytest

from coprod_desktop.domain.checkout import (
    NO,
    PARTLY,
    YES,
    CheckoutAnswer,
    CheckoutNotStarted,
    Side,
    Tally,
    check_answers,
    summarise,
)
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.small_numbers import Held, suppress_breakdown
from coprod_desktop.services import Services
from coprod_desktop.store.phone_reader import PhoneReader


def _a(group: str, listened: int | None, come_again: int | None = None) -> CheckoutAnswer:
    return CheckoutAnswer(group, {"listened": listened, "could_say": None, "understood": None,
                                  "come_again": come_again})


def test_summary_splits_parents_staff_and_everyone_else() -> None:
    found = summarise([_a("parent_carer", YES), _a("parent_carer", NO), _a("staff", YES, YES),
                       _a("young_person", PARTLY), _a("", YES)])
    assert found.people == {Side.PARENTS: 2, Side.STAFF: 1, Side.OTHERS: 2}
    assert found.tallies[Side.PARENTS]["listened"].yes_share == pytest.approx(0.5)
    assert found.everyone["listened"].yes == 3 and found.everyone["listened"].answered == 5
    assert found.everyone["come_again"].answered == 1
    # Every side under 3: none is shown on its own (the breakdown rule sides are counted by).
    assert suppress_breakdown(found.people) == {Side.PARENTS: None, Side.STAFF: None,
                                                Side.OTHERS: None}


def test_one_small_side_hides_the_next_smallest_too() -> None:
    answers = [_a("parent_carer", YES)] * 5 + [_a("staff", NO)] * 4 + [_a("other", YES)] * 2
    assert suppress_breakdown(summarise(answers).people) == {Side.PARENTS: 5, Side.STAFF: None,
                                                             Side.OTHERS: None}


def test_answers_are_checked() -> None:
    with pytest.raises(ValidationError):
        check_answers({})
    with pytest.raises(ValidationError):
        check_answers({"listened": "7"})
    assert check_answers({"listened": "2", "could_say": ""}) == {
        "listened": YES, "could_say": None, "understood": None, "come_again": None}


def test_phone_and_paper_answers_keep_no_person(services: Services, session_id: int) -> None:
    services.phones.open_sign_in(session_id)
    token = PhoneReader(services.file.db).room(session_id).token  # type: ignore[union-attr]
    services.phones.sign_in(token, "p" * 32, name="Pat", group="staff")
    # Not before the session's check-out has begun (it would be about a session not yet held).
    with pytest.raises(CheckoutNotStarted):
        services.checkout.answer_from_phone("p" * 32, {"listened": "2", "come_again": "1"})
    assert not list(services.file.db.query("SELECT id FROM checkout_answer"))
    services.checkout.add_to_agenda(session_id)
    services.runner.start(session_id)  # the check-out is the agenda's one activity: it is on
    services.checkout.answer_from_phone("p" * 32, {"listened": "2", "come_again": "1"})
    slip = services.checkout.enter_slip(session_id, "parent_carer", {"understood": "0"})
    assert slip.revision_id is not None  # a typing slip can be undone
    rows = [dict(r) for r in services.file.db.query("SELECT * FROM checkout_answer ORDER BY id")]
    assert set(rows[0]) == {"id", "session_id", "group_name", "listened", "could_say",
                            "understood", "come_again", "via"}
    assert [(r["group_name"], r["via"], r["listened"], r["understood"]) for r in rows] == [
        ("staff", "phone", YES, None), ("parent_carer", "paper", None, NO)]
    assert "Pat" not in str(rows)
    with pytest.raises(ValidationError):
        services.checkout.enter_slip(session_id, "aliens", {"listened": "2"})


def test_one_click_adds_the_checkout_to_the_agenda(services: Services, session_id: int) -> None:
    services.checkout.add_to_agenda(session_id)
    items = services.agenda.agenda(session_id).items
    assert items[-1].activity.method == "check-out-questions"
    assert items[-1].tool.value == "checkout"


def test_two_staff_beside_ten_parents_hide_everyone_not_the_parents() -> None:
    # 10 parents (8 Yes to 'listened'), 2 staff (both No): Everyone 12 with 8 Yes. Shown
    # together, Everyone less Parents is 12 - 10 = 2 answers with 8 - 8 = 0 Yes: both staff
    # said No. So Everyone is held back; the parents' 8 of 10 is shown; staff is not.
    answers = [_a("parent_carer", YES)] * 8 + [_a("parent_carer", NO)] * 2 \
        + [_a("staff", NO)] * 2
    shown = summarise(answers).shown("listened")
    assert shown.groups == {Side.PARENTS: None, Side.STAFF: Held.SMALL}
    assert shown.total is Held.PROTECTS
    # A question the staff left blank: Everyone is the parents' 10 alone, nothing to work out.
    assert summarise(answers).shown("could_say").total is None


def test_a_side_is_judged_on_who_answered_the_question() -> None:
    # 5 parents, but only 2 answered 'come_again'; 4 staff answered it. Parents held back; then
    # Everyone (6) less Staff (4) would be those 2 parents' answers: Everyone held back too.
    answers = [_a("parent_carer", YES, YES)] * 2 + [_a("parent_carer", YES)] * 3 \
        + [_a("staff", NO, NO)] * 4
    shown = summarise(answers).shown("come_again")
    assert shown.groups == {Side.PARENTS: Held.SMALL, Side.STAFF: None}
    assert shown.total is Held.PROTECTS
    assert summarise(answers).shown("listened").total is None  # 5 + 4, nothing left over


def test_no_small_groups_answers_can_be_worked_out_from_the_rooms_figures() -> None:
    """Random rooms: from what the projector shows (each side's Yes and No counts where shown,
    everyone's where shown), everyone's less any of the sides shown is never the answers of 1
    or 2 people."""
    rng = random.Random(1053)
    groups = ["parent_carer", "staff", "young_person", "other", ""]
    for _ in range(1500):
        answers = []
        for group in groups:
            for _n in range(rng.choice((0, 1, 2, 3, rng.randint(0, 15)))):
                answers.append(_a(group, rng.choice((YES, PARTLY, NO, None)),
                                  rng.choice((YES, NO, None))))
        summary = summarise(answers)
        for key in ("listened", "come_again"):
            shown = summary.shown(key)
            sides = [summary.tallies[s][key] for s in (Side.PARENTS, Side.STAFF)
                     if shown.groups[s] is None]
            assert all(t.answered == 0 or t.answered >= 3 for t in sides)
            if shown.total is None:
                everyone = summary.everyone[key]
                for picked in ([], *[[t] for t in sides], sides):
                    left = everyone.answered - sum(t.answered for t in picked)
                    assert left == 0 or left >= 3, (summary, key)


def test_the_checkout_activity_is_written_in_the_facilitators_language(
        services: Services, session_id: int) -> None:
    services.checkout.add_to_agenda(session_id, language="pl")
    added = services.read.activities(session_id)[-1]
    assert added.title == "Na koniec: jak było dzisiaj?"
    assert added.instructions.startswith("Cztery krótkie pytania")  # what phones show
    made = services.sessions.create_session("Spotkanie", "2026-03-10", checkout=True,
                                            language="pl").new_id
    [step] = services.read.activities(int(made or 0))
    assert step.title == "Na koniec: jak było dzisiaj?"
    english = services.sessions.create_session("Meeting", "2026-03-17", checkout=True).new_id
    assert services.read.activities(int(english or 0))[0].title != step.title


def test_the_programme_figures_hide_totals_rather_than_sides() -> None:
    from coprod_desktop.domain.checkout import programme_checkout

    def many(group: str, listened: int, times: int) -> list[CheckoutAnswer]:
        return [_a(group, listened)] * times

    # Session 1: 10 parents, 2 staff (Yes). Session 2: 4 parents, 3 staff (Yes).
    first = summarise(many("parent_carer", YES, 10) + many("staff", YES, 2))
    second = summarise(many("parent_carer", NO, 4) + many("staff", YES, 3))
    found = programme_checkout({1: first, 2: second})
    # Sides of 3 or more shown, the 2 staff not.
    assert found.sides[(1, Side.PARENTS)] is None and found.sides[(1, Side.STAFF)] is Held.SMALL
    # 12 - 10 - 0 = 2: session 1's check-outs held back; session 2's 7 = 4 + 3 shown.
    assert found.session_totals == {1: Held.PROTECTS, 2: None}
    # In all 19; less 7 and 10 parents: 2. Held back.
    assert found.total is Held.PROTECTS
    # Staff across the programme: 5 of 5 Yes, less session 2's 3 of 3: 2 of 2. Held back;
    # the parents' 10 of 14 hide nobody and are shown.
    assert found.across[(Side.STAFF, "listened")] is Held.PROTECTS
    assert found.across[(Side.PARENTS, "listened")] is None
    assert found.across_tally(Side.PARENTS, "listened") == Tally(yes=10, no=4)
    # Session 2's staff keep their own figure: the programme's is what gives way.
    assert found.answers[(2, Side.STAFF, "listened")] is None
