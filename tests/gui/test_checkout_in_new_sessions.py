"""New session and New session from a template offer "End with the check-out questions",
ticked; unticking it leaves the check-out out; editing a session never adds it."""

from __future__ import annotations

from datetime import date, time

from coprod_desktop.clock import FakeClock
from coprod_desktop.gui.agenda.new_session_dialog import NewSessionDialog
from coprod_desktop.gui.console.session_dialog import SessionDialog
from coprod_desktop.services import Services
from tests.gui.agenda_host import make_env

CHECKOUT = "check-out-questions"


def _methods(services: Services, session_id: int) -> list[str]:
    return [item.activity.method for item in services.agenda.agenda(session_id).items]


def _new(services: Services, qtbot, *, ticked: bool, title: str) -> int:
    dialog = SessionDialog(
        make_env(services, FakeClock()).undo,
        lambda v: services.sessions.create_session(**v.as_kwargs(), checkout=v.checkout))
    qtbot.addWidget(dialog)
    assert dialog.checkout.isChecked()  # offered, ticked
    dialog.checkout.setChecked(ticked)
    dialog.title.setText(title)
    dialog.date.setDate(date(2026, 11, 10))
    dialog.ok_button.click()
    assert dialog.result_change is not None
    return int(dialog.result_change.new_id or 0)


def test_a_new_session_ends_with_the_check_out_unless_unticked(qtbot, services: Services) -> None:
    assert _methods(services, _new(services, qtbot, ticked=True, title="Meeting 4")) == [CHECKOUT]
    assert _methods(services, _new(services, qtbot, ticked=False, title="Meeting 5")) == []


def test_editing_a_session_never_adds_it(qtbot, services: Services, session_id: int) -> None:
    session = services.read.session(session_id)
    before = _methods(services, session_id)
    dialog = SessionDialog(
        make_env(services, FakeClock()).undo,
        lambda v: services.sessions.update_session(session_id, **v.as_kwargs()),
        session=session)
    qtbot.addWidget(dialog)
    dialog.starts.setTime(time(9, 0))
    dialog.ok_button.click()
    assert dialog.result_change is not None
    assert _methods(services, session_id) == before
    assert not dialog.values().checkout


def test_from_a_template_the_check_out_can_be_left_out(qtbot, services: Services,
                                                       clock: FakeClock) -> None:
    dialog = NewSessionDialog(make_env(services, clock))
    qtbot.addWidget(dialog)
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("team-meeting"))
    dialog.date_edit.setDate(date(2026, 11, 10))
    assert dialog.checkout.isChecked()
    dialog.create()
    assert _methods(services, int(dialog.new_session_id or 0))[-1] == CHECKOUT
    again = NewSessionDialog(make_env(services, clock))
    qtbot.addWidget(again)
    again.template_combo.setCurrentIndex(again.template_combo.findData("team-meeting"))
    again.date_edit.setDate(date(2026, 11, 17))
    again.checkout.setChecked(False)
    again.create()
    assert CHECKOUT not in _methods(services, int(again.new_session_id or 0))
