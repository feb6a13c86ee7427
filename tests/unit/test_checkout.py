"""The check-out: anonymous answers from phones and paper slips, summarised by side of the room,
with small numbers never shown outside the console."""

from __future__ import annotations

import pytest

from coprod_desktop.domain.checkout import (
    NO,
    PARTLY,
    YES,
    CheckoutAnswer,
    CheckoutNotStarted,
    Side,
    check_answers,
    summarise,
)
from coprod_desktop.domain.errors import ValidationError
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
    # Every side under 3: none is shown on its own.
    assert found.shown_people() == {Side.PARENTS: None, Side.STAFF: None, Side.OTHERS: None}


def test_one_small_side_hides_the_next_smallest_too() -> None:
    answers = [_a("parent_carer", YES)] * 5 + [_a("staff", NO)] * 4 + [_a("other", YES)] * 2
    assert summarise(answers).shown_people() == {Side.PARENTS: 5, Side.STAFF: None,
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
