"""The console's questions queue and the projector's top questions, on real widgets offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.legibility import MIN_CAP_HEIGHT_1080, cap_height
from coprod_desktop.gui.room_questions.panel import RoomQuestionsPanel
from coprod_desktop.gui.room_questions.projector_view import VIEW_KEY, RoomQuestionsProjectorView
from coprod_desktop.services import Services
from coprod_desktop.store.phone_reader import PhoneReader

PHONES = {"Ann": "a" * 32, "Bo": "b" * 32, "Cy": "c" * 32}


@pytest.fixture
def panel(qtbot, env: GuiEnv, services: Services, session_id: int) -> RoomQuestionsPanel:
    services.phones.open_sign_in(session_id)
    token = PhoneReader(services.file.db).room(session_id).token  # type: ignore[union-attr]
    for name, phone in PHONES.items():
        services.phones.sign_in(token, phone, name=name, group="parent_carer")
    widget = RoomQuestionsPanel(env)
    qtbot.addWidget(widget)
    widget.set_session(session_id)
    return widget


def _rows(panel: RoomQuestionsPanel) -> list[str]:
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def _pick(panel: RoomQuestionsPanel, *texts: str) -> None:
    panel.list.clearSelection()
    for i in range(panel.list.count()):
        item = panel.list.item(i)
        if any(item.text().endswith("\n" + t) for t in texts):
            item.setSelected(True)


def _ask(services: Services, who: str, text: str, named: bool = False) -> int:
    return int(services.room_questions.ask(PHONES[who], text, named=named).new_id or 0)


def test_queue_lets_through_ranks_merges_and_never_names_the_anonymous(
        panel, services, qtbot) -> None:
    _ask(services, "Ann", "Who decides <i>banding</i>?")
    _ask(services, "Bo", "Why so few places?", named=True)
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    assert _rows(panel) == ["Waiting for you · asked without a name\nWho decides <i>banding</i>?",
                            "Waiting for you · asked by Bo\nWhy so few places?"]
    assert "Ann" not in "".join(_rows(panel))
    for text in ("Who decides <i>banding</i>?", "Why so few places?"):
        _pick(panel, text)
        assert panel.release_button.isEnabled()
        qtbot.mouseClick(panel.release_button, Qt.MouseButton.LeftButton)
    first, second = (q.id for q in services.room_questions.questions.all(panel.session_id))
    services.room_questions.upvote(PHONES["Cy"], second)
    services.room_questions.upvote(PHONES["Ann"], second)
    qtbot.waitUntil(lambda: _rows(panel)[0].startswith("2 votes"))
    assert _rows(panel)[1].startswith("0 votes · asked without a name")
    view = panel.view
    assert [label.text() for _, label in view.rows if label.isVisibleTo(view)] == [
        "Why so few places?", "Who decides <i>banding</i>?"]
    # A duplicate: the one with more votes keeps the other's votes.
    _ask(services, "Cy", "Why are there so few places?")
    qtbot.waitUntil(lambda: panel.list.count() == 3)
    dup = max(q.id for q in services.room_questions.questions.all(panel.session_id))
    services.room_questions.release(dup)
    services.room_questions.upvote(PHONES["Bo"], dup)
    qtbot.waitUntil(lambda: any(r.startswith("1 vote ·") for r in _rows(panel)), timeout=500)
    _pick(panel, "Why so few places?", "Why are there so few places?")
    assert panel.merge_button.isEnabled() and not panel.release_button.isEnabled()
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    assert _rows(panel)[0] == "3 votes · asked by Bo\nWhy so few places?"
    # Answered goes to the end and off the projector; an action is made from the other.
    _pick(panel, "Why so few places?")
    qtbot.mouseClick(panel.answered_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _rows(panel)[-1].startswith("Answered"))
    assert [label.text() for _, label in view.rows if label.isVisibleTo(view)] == [
        "Who decides <i>banding</i>?"]
    _pick(panel, "Who decides <i>banding</i>?")
    qtbot.mouseClick(panel.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "· an action" in _rows(panel)[0])
    assert [r["what"] for r in services.file.db.query("SELECT what FROM action")] == [
        "Who decides <i>banding</i>?"]
    assert first != second


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_projector_top_questions_are_large_in_both_themes(
        panel, env, services, qtbot, artifacts: Path, theme: str) -> None:
    texts = ["Why do annual reviews take so long when the law says twelve weeks?",
             "Who can we talk to when the school says no?",
             "Can we meet after school pick-up?"]
    for n, text in enumerate(texts):
        qid = _ask(services, "Ann", text)
        services.room_questions.release(qid)
        for who in list(PHONES)[: 3 - n]:
            services.room_questions.upvote(PHONES[who], qid)
    projector = env.projector
    projector.set_theme(theme)
    projector.resize(1920, 1080)
    projector.show()
    qtbot.waitExposed(projector)
    qtbot.mouseClick(panel.projector_button, Qt.MouseButton.LeftButton)
    assert projector.current_view() == VIEW_KEY
    view = projector.view(VIEW_KEY)
    assert isinstance(view, RoomQuestionsProjectorView)
    QApplication.processEvents()
    shown = [(v.text(), t.text()) for v, t in view.rows if t.isVisibleTo(view)]
    assert shown == [("3 votes", texts[0]), ("2 votes", texts[1]), ("1 vote", texts[2])]
    small = [(label.text(), round(cap_height(label.font()), 1))
             for label in view.findChildren(type(view.heading))
             if label.isVisibleTo(view) and label.text()
             and cap_height(label.font()) < MIN_CAP_HEIGHT_1080]
    assert small == []
    image = projector.grab()
    assert image.width() == 1920
    image.save(str(artifacts / f"projector-room-questions-{theme}.png"))
