"""The console's Polls panel and the projector's poll view, on real widgets offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from coprod_desktop.domain.polls import PollKind
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.legibility import MIN_CAP_HEIGHT_1080, cap_height
from coprod_desktop.gui.kit.projector_look import projector_font
from coprod_desktop.gui.polls.panel import PollsPanel
from coprod_desktop.gui.polls.projector_view import VIEW_KEY, PollProjectorView
from coprod_desktop.services import Services
from coprod_desktop.store.phone_reader import PhoneReader

NAMES = ["Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gus"]
PHONES = {name: f"{n:02d}" * 16 for n, name in enumerate(NAMES)}


@pytest.fixture
def panel(qtbot, env: GuiEnv, services: Services, session_id: int) -> PollsPanel:
    services.phones.open_sign_in(session_id)
    token = PhoneReader(services.file.db).room(session_id).token  # type: ignore[union-attr]
    for name, phone in PHONES.items():
        services.phones.sign_in(token, phone, name=name, group="parent_carer")
    widget = PollsPanel(env)
    qtbot.addWidget(widget)
    widget.set_session(session_id)
    return widget


def _choose_kind(panel: PollsPanel, key: str) -> None:
    panel.kind.setCurrentIndex(panel.kind.findData(key))


def test_start_a_scale_answer_reveal(panel, services, qtbot) -> None:
    _choose_kind(panel, "scale10")
    assert panel.low_label.isVisibleTo(panel) and not panel.options.isVisibleTo(panel)
    panel.question.setText("How much were you listened to?")
    panel.low_label.setText("Not at all")
    panel.high_label.setText("Completely")
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    poll = panel.selected()
    assert poll is not None and poll.open and (poll.low, poll.high) == (0, 10)
    assert panel.list.item(0).text() == ("Open · 0 answers · results hidden\n"
                                         "How much were you listened to?")
    services.polls.answer(PHONES["Ann"], poll.id, value=8)
    qtbot.waitUntil(lambda: panel.list.item(0).text().startswith("Open · 1 answer ·"))
    qtbot.mouseClick(panel.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "results shown" in panel.list.item(0).text())
    assert panel.view.results is not None and panel.view.results.bars[8].count == 1
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.list.item(0).text().startswith("Closed"))


def test_empty_question_is_refused_in_the_panel(panel, qtbot) -> None:
    _choose_kind(panel, "single")
    panel.question.setText("Which evening?")
    panel.options.setPlainText("Tuesday")
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.problem.text() == "A choice needs at least two options."
    assert panel.list.count() == 0


def test_hide_a_word_from_the_cloud(panel, services, qtbot) -> None:
    _choose_kind(panel, "words")
    panel.question.setText("One word for today")
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    pid = panel.selected().id  # type: ignore[union-attr]
    services.polls.answer(PHONES["Ann"], pid, words=["Useless", "heard"])
    services.polls.answer(PHONES["Bo"], pid, words=["useless"])
    qtbot.waitUntil(lambda: panel.words.count() == 2)
    assert panel.words.item(0).text() == "Useless · 2"
    panel.words.setCurrentRow(0)
    qtbot.mouseClick(panel.hide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [panel.words.item(i).text() for i in range(panel.words.count())]
                    == ["heard · 1", "useless · hidden"])
    assert [w.text for w in panel.view.results.words] == ["heard"]  # type: ignore[union-attr]


def _projector(env, qtbot, theme: str) -> PollProjectorView:
    projector = env.projector
    projector.set_theme(theme)
    projector.resize(1920, 1080)
    projector.show()
    qtbot.waitExposed(projector)
    view = projector.view(VIEW_KEY)
    assert isinstance(view, PollProjectorView)
    return view


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_projector_scale_and_cloud_in_both_themes(
        panel, env, services, qtbot, artifacts: Path, theme: str) -> None:
    sid = panel.session_id
    scale = int(services.polls.create(sid, PollKind.SCALE, "How much were you listened to?",
                                      low=1, high=5, low_label="Not at all",
                                      high_label="Completely").new_id or 0)
    for name, value in zip(NAMES, [5, 4, 4, 5, 3, 2, 4], strict=True):
        services.polls.answer(PHONES[name], scale, value=value)
    services.polls.reveal(scale)
    view = _projector(env, qtbot, theme)
    panel.select(scale)
    qtbot.mouseClick(panel.projector_button, Qt.MouseButton.LeftButton)
    assert env.projector.current_view() == VIEW_KEY
    QApplication.processEvents()
    assert [b.count for b in view.results.bars] == [0, 1, 1, 3, 2]  # type: ignore[union-attr]
    env.projector.grab().save(str(artifacts / f"projector-poll-scale-{theme}.png"))
    words = int(services.polls.create(sid, PollKind.WORDS, "One word for today").new_id or 0)
    said = [["Listened", "tired", "hopeful"], ["listened", "Hopeful"], ["rushed", "heard"],
            ["LISTENED"], ["welcome", "hopeful", "safe"], ["Buses", "bus", "late"],
            ["heard", "coffee"]]
    for name, these in zip(NAMES, said, strict=True):
        services.polls.answer(PHONES[name], words, words=these)
    services.polls.reveal(words)
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    panel.select(words)
    env.projector.grab().save(str(artifacts / f"projector-poll-cloud-{theme}.png"))
    cloud = view.cloud
    assert cloud is not None and cloud.left_out == 0
    shown = [(p.word.text, p.word.count) for p in cloud.placed]
    # Ties go A to Z; each group shows its most used spelling (the first seen on a tie).
    assert shown[:4] == [("hopeful", 3), ("Listened", 3), ("Buses", 2), ("heard", 2)]
    smallest = min(p.px for p in cloud.placed)
    assert cap_height(QFont(projector_font(smallest, bold=True))) >= MIN_CAP_HEIGHT_1080 - 0.5
