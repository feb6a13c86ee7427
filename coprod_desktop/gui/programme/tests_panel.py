"""The rapid tests board in the console: a column per stage, a card per test, and the commands."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.rapid_tests import RapidTest, TestStage, still_to_write
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.gui.kit.shown_gate import gate
from coprod_desktop.gui.listen import listen
from coprod_desktop.gui.programme.common import STAGE_COLOURS, plain_label
from coprod_desktop.gui.programme.projector_tests import KEY as BOARD_KEY
from coprod_desktop.gui.programme.projector_tests import TestBoardView
from coprod_desktop.gui.programme.rapid_test_cards import card_text
from coprod_desktop.gui.scrolling import scrolled_layout
from coprod_desktop.i18n import N_, _
from coprod_desktop.services import ChangeSet
from coprod_desktop.services.programme_report import rapid_test_report

TABLES = ("rapid_test", "rapid_test_event")


class TestCard(QFrame):
    __test__ = False
    clicked = Signal(int)
    opened = Signal(int)

    def __init__(self, test: RapidTest) -> None:
        super().__init__()
        self.setObjectName("testCard")
        self.test = test
        text = card_text(test)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = plain_label(text.title, "testCardTitle")
        self.title.setStyleSheet("font-size: 14px; font-weight: bold; border: none;")
        self.detail = plain_label(text.detail, "testCardDetail")
        self.detail.setStyleSheet("border: none;")
        self.badge = plain_label(text.badge, "testCardBadge", wrap=False)
        self.badge.setStyleSheet(f"background: {text.badge_colour}; color: #ffffff; border: none; "
                                 "border-radius: 8px; padding: 2px 8px; font-weight: bold;")
        self.badge.setVisible(bool(text.badge))
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 10, 10)
        column.addWidget(self.title)
        column.addWidget(self.detail)
        column.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        self.stripe = text.stripe
        self.faded = text.faded
        self.selected: bool | None = None
        self.set_selected(False)

    def set_selected(self, selected: bool) -> None:
        if selected == self.selected:  # a new style sheet re-polishes the card and its labels
            return
        self.selected = selected
        border = "palette(highlight)" if selected else "palette(mid)"
        width = 3 if selected else 1
        self.setStyleSheet(
            f"QFrame#testCard {{ background: palette(base); border: {width}px solid {border}; "
            f"border-left: 7px solid {self.stripe}; border-radius: 6px; }}"
            + (" QLabel { color: palette(placeholder-text); }" if self.faded else ""))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.test.id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.opened.emit(self.test.id)


class StageColumn(QWidget):
    def __init__(self, stage: TestStage) -> None:
        super().__init__()
        self.stage = stage
        self.heading = plain_label(_(stage.label), "stageHeading", wrap=False)
        self.heading.setStyleSheet(f"background: {STAGE_COLOURS[stage.value]}; color: #ffffff; "
                                   "font-size: 16px; font-weight: bold; padding: 6px 10px; "
                                   "border-radius: 6px;")
        self.question = plain_label(_(stage.question), "stageQuestion")
        self.body = QWidget()
        self.cards = QVBoxLayout(self.body)
        self.cards.setContentsMargins(0, 0, 4, 0)
        self.cards.setSpacing(8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.question)
        layout.addWidget(scroll, 1)


class RapidTestsPanel(QWidget):
    title = N_("Rapid tests")

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rapidTestsPanel")
        self.env = env
        self.session_id: int | None = None
        self.selected: int | None = None
        self.cards: dict[int, TestCard] = {}
        self.columns = {stage: StageColumn(stage) for stage in TestStage}
        self.buttons: dict[str, QPushButton] = {}
        bar, second = QHBoxLayout(), QHBoxLayout()
        for key, text, slot in (
                ("new", _("New test…"), self.new_test), ("edit", _("Open…"), self.open_selected),
                ("back", _("◀ Back a stage"), self.step_back),
                ("advance", _("Move on ▶"), self.advance), ("decide", _("Decide…"), self.decide),
                ("reopen", _("Reopen"), self.reopen),
                ("review", _("Looked at this meeting"), self.review),
                ("delete", _("Delete"), self.delete),
                ("project", _("Show on projector"), self.show_on_projector)):
            button = QPushButton(text)
            button.setObjectName(f"test_{key}")
            button.clicked.connect(slot)
            (bar if key in ("new", "edit", "delete", "project") else second).addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        second.addStretch(1)
        self.hint = plain_label("", "testHint")
        board = QHBoxLayout()
        board.setSpacing(12)
        for column in self.columns.values():
            board.addWidget(column, 1)
        layout = scrolled_layout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addLayout(bar)
        layout.addLayout(second)
        layout.addWidget(self.hint)
        layout.addLayout(board, 1)
        self.projector_view = TestBoardView(env)
        env.projector.add_view(BOARD_KEY, self.projector_view)
        self.shown_gate = gate(self, self.refresh)  # refreshed while shown, once on showing
        listen(self, env.services, self._changed)
        self.refresh()

    def show_on_projector(self) -> None:
        self.env.projector.show_view(BOARD_KEY)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self._enable()

    def _changed(self, change: ChangeSet) -> None:
        if change.touches(*TABLES):
            if isinstance(change.new_id, int) and change.touches("rapid_test") and \
                    change.new_id in change.ids("rapid_test"):
                self.selected = change.new_id
            self.shown_gate.heard()

    def refresh(self) -> None:
        report = rapid_test_report(self.env.services.ctx.db)
        for card in self.cards.values():
            card.setParent(None)
            card.deleteLater()
        self.cards = {}
        for stage, column in self.columns.items():
            while column.cards.count():
                column.cards.takeAt(0)
            tests = sorted(report.in_stage(stage), key=lambda t: (t.abandoned, t.id))
            for test in tests:
                card = TestCard(test)
                card.clicked.connect(self.select)
                card.opened.connect(self._open)
                column.cards.addWidget(card)
                self.cards[test.id] = card
            column.cards.addStretch(1)
            undecided = len([t for t in tests if not t.decided])
            column.heading.setText(f"{_(stage.label)}  ({len(tests)})" if stage is TestStage.ACT
                                   else f"{_(stage.label)}  ({undecided})")
        if self.selected not in self.cards:
            self.selected = None
        self.select(self.selected)

    def select(self, test_id: int | None) -> None:
        self.selected = test_id
        for tid, card in self.cards.items():
            card.set_selected(tid == test_id)
        self._enable()

    def current(self) -> RapidTest | None:
        card = self.cards.get(self.selected or -1)
        return card.test if card else None

    def _enable(self) -> None:
        test = self.current()
        has = test is not None
        for key in ("edit", "delete"):
            self.buttons[key].setEnabled(has)
        self.buttons["project"].setEnabled(True)
        self.buttons["advance"].setEnabled(has and test.stage in (TestStage.PLAN, TestStage.DO))
        self.buttons["back"].setEnabled(has and not test.decided and test.stage is not TestStage.PLAN)
        self.buttons["decide"].setEnabled(has and test.stage in (TestStage.STUDY, TestStage.ACT)
                                          and not test.decided)
        self.buttons["reopen"].setEnabled(has and test.decided)
        self.buttons["review"].setEnabled(has and self.session_id is not None)
        if test is None:
            self.hint.setText(_("Click a card to work on it; double-click to open it."))
        elif test.missing_to_advance():
            self.hint.setText(said(still_to_write((
                N_("‘%(title)s’: still to write %(a)s."),
                N_("‘%(title)s’: still to write %(a)s and %(b)s."),
                N_("‘%(title)s’: still to write %(a)s, %(b)s and %(c)s."),
                N_("‘%(title)s’: still to write %(a)s, %(b)s, %(c)s and %(d)s.")),
                test.missing_to_advance(), title=test.title)))
        else:
            self.hint.setText(f"‘{test.title}’: {_(test.stage.question)}")

    # commands ------------------------------------------------------------------------------
    def new_test(self) -> None:
        from coprod_desktop.gui.programme.rapid_test_dialog import TestDialog  # when first asked

        TestDialog(self.env, session_id=self.session_id, parent=self).exec()

    def open_selected(self) -> None:
        if self.selected is not None:
            self._open(self.selected)

    def _open(self, test_id: int) -> None:
        from coprod_desktop.gui.programme.rapid_test_dialog import TestDialog

        self.select(test_id)
        TestDialog(self.env, test_id, session_id=self.session_id, parent=self).exec()

    def advance(self) -> None:
        tid, mid = self.selected, self.session_id
        if tid is not None:
            self.env.undo.run(lambda: self.env.services.rapid_tests.advance(tid, meeting_id=mid))

    def step_back(self) -> None:
        tid, mid = self.selected, self.session_id
        if tid is not None:
            self.env.undo.run(lambda: self.env.services.rapid_tests.step_back(tid, meeting_id=mid))

    def decide(self) -> None:
        from coprod_desktop.gui.programme.rapid_test_dialog import DecideDialog

        if self.selected is not None:
            DecideDialog(self.env, self.selected, meeting_id=self.session_id, parent=self).exec()

    def reopen(self) -> None:
        tid, mid = self.selected, self.session_id
        if tid is not None:
            self.env.undo.run(lambda: self.env.services.rapid_tests.reopen(tid, meeting_id=mid))

    def review(self) -> None:
        tid, mid = self.selected, self.session_id
        if tid is not None and mid is not None:
            self.env.undo.run(lambda: self.env.services.rapid_tests.review(tid, mid))

    def delete(self) -> None:
        tid = self.selected
        if tid is not None:
            self.env.undo.run(lambda: self.env.services.rapid_tests.delete_test(tid))
