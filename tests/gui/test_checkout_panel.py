"""The Check-out panel on real widgets: a paper slip typed in, the results, the projector view
(small sides hidden for the room), one click to add it to the agenda."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coprod_desktop.gui.checkout.panel import CheckoutPanel
from coprod_desktop.gui.checkout.projector_view import VIEW_KEY, CheckoutProjectorView
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.services import Services
from tests.gui.painted_text import paint_of


@pytest.fixture
def panel(qtbot, env: GuiEnv, session_id: int) -> CheckoutPanel:
    widget = CheckoutPanel(env)
    qtbot.addWidget(widget)
    widget.set_session(session_id)
    return widget


def _pick(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_type_in_a_slip_and_undo_it(panel: CheckoutPanel, env: GuiEnv, services: Services,
                                    qtbot) -> None:
    assert panel.results.text() == "No check-outs yet for this session."
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.problem.text() == "Please answer at least one question."
    _pick(panel.group, "parent_carer")
    _pick(panel.answers["listened"], 2)
    _pick(panel.answers["come_again"], 0)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.results.text().startswith("1 check-out"))
    assert "Parents and carers (1)" in panel.results.text()
    assert "I felt listened to: Yes 1 · Partly 0 · No 0" in panel.results.text()
    assert "I would come again: Yes 0 · Partly 0 · No 1" in panel.results.text()
    env.undo.stack.undo()
    qtbot.waitUntil(lambda: panel.results.text() == "No check-outs yet for this session.")


def test_add_to_agenda_in_one_click(panel: CheckoutPanel, services: Services, qtbot) -> None:
    qtbot.mouseClick(panel.agenda_button, Qt.MouseButton.LeftButton)
    items = services.agenda.agenda(panel.session_id).items  # type: ignore[arg-type]
    assert [i.activity.method for i in items][-1] == "check-out-questions"
    # Once it is there, the panel no longer offers a second one.
    assert not panel.agenda_button.isEnabled()
    assert panel.agenda_button.text() == "The check-out is on the agenda"
    panel.env.undo.stack.undo()
    assert panel.agenda_button.isEnabled()
    assert panel.agenda_button.text() == "Add the check-out to the end of the &agenda"


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_projector_results_hide_small_sides(panel: CheckoutPanel, env: GuiEnv,
                                            services: Services, qtbot, artifacts: Path,
                                            theme: str) -> None:
    sid = panel.session_id
    assert sid is not None
    slips = [("parent_carer", "2", "2", "1", "2")] * 4 + [("parent_carer", "1", "0", "2", "2")] \
        + [("staff", "2", "2", "2", "2")] * 3 + [("young_person", "2", "1", "", "2")]
    for group, *values in slips:
        services.checkout.enter_slip(sid, group, dict(zip(
            ("listened", "could_say", "understood", "come_again"), values, strict=True)))
    projector = env.projector
    projector.set_theme(theme)
    projector.resize(1920, 1080)
    projector.show()
    qtbot.waitExposed(projector)
    qtbot.mouseClick(panel.projector_button, Qt.MouseButton.LeftButton)
    assert projector.current_view() == VIEW_KEY
    view = projector.view(VIEW_KEY)
    assert isinstance(view, CheckoutProjectorView)
    QApplication.processEvents()
    first = view.rows()[0]
    assert first[0] == "I felt listened to"
    # 5 parents (4 said Yes), 3 staff (3 Yes), 1 young person (Yes), 9 in all (8 Yes). The
    # young person is never shown alone; everyone's 8 of 9 less the parents' 4 of 5 and the
    # staff's 3 of 3 would be their answer (1 of 1). So everyone's is held back, saying why, and
    # both sides are shown (before, the staff were hidden for the young person's sake).
    assert first[1] == [("Parents and carers", pytest.approx(0.8)), ("Staff", pytest.approx(1.0)),
                        ("Everyone", "not shown, to protect a smaller group")]
    projector.grab().save(str(artifacts / f"projector-checkout-{theme}.png"))


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_projector_says_plainly_when_nobody_has_checked_out(
        panel: CheckoutPanel, env: GuiEnv, services: Services, qtbot, artifacts: Path,
        theme: str) -> None:
    """No slips: the room reads "no check-outs yet", not rows of "0% Yes" (which say nobody felt
    listened to). A side nobody from has answered says so too, beside the sides that have."""
    sid = panel.session_id
    assert sid is not None
    projector = env.projector
    projector.set_theme(theme)
    projector.resize(1024, 768)
    projector.show()
    qtbot.waitExposed(projector)
    qtbot.mouseClick(panel.projector_button, Qt.MouseButton.LeftButton)
    view = projector.view(VIEW_KEY)
    assert isinstance(view, CheckoutProjectorView)
    QApplication.processEvents()
    texts = [p.text for p in paint_of(view)]
    assert "No check-outs yet" in texts
    assert not [t for t in texts if "%" in t]
    assert view.rows() == []
    projector.grab().save(str(artifacts / f"projector-checkout-none-{theme}.png"))

    for _n in range(3):  # three staff, all Yes; no parent or carer yet
        services.checkout.enter_slip(sid, "staff", dict.fromkeys(
            ("listened", "could_say", "understood", "come_again"), "2"))
    panel.set_session(sid)
    qtbot.mouseClick(panel.projector_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert view.rows()[0][1] == [("Parents and carers", "no answers yet"), ("Staff", 1.0),
                                 ("Everyone", 1.0)]
    drawn = paint_of(view)
    texts = [p.text for p in drawn]
    assert "No check-outs yet" not in texts
    assert texts.count("no answers yet") == 4  # one per question, on the parents' row
    assert texts.count("100% Yes") == 8 and "0% Yes" not in texts
    assert [p.text for p in drawn if p.cut] == []
    projector.grab().save(str(artifacts / f"projector-checkout-staff-only-{theme}.png"))
