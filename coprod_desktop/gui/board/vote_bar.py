"""The strip under the board's toolbar for dot voting: open a vote, place dots on someone's behalf,
close it, read the ranked results and record the room's focus.

While a vote is open it shows only how many dots have been cast, never where: the scene has no
counts to give until the round closes.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolBar,
    QWidget,
)
from shiboken6 import isValid

from coprod_desktop.domain.board import TargetKind, winners
from coprod_desktop.gui.board.commands import BoardCommands
from coprod_desktop.gui.board.scene import BoardScene
from coprod_desktop.gui.kit.labels import plain_label
from coprod_desktop.i18n import N_, _, count

NO_NAME = N_("Paper dots (no name)")


def _plain(text: str = "") -> QLabel:
    return plain_label(text, wrap=False)


class VoteBar(QToolBar):
    """A tool bar, so on a narrow console what does not fit folds into its » menu."""

    def __init__(self, commands: BoardCommands, scene: BoardScene,
                 parent: QWidget | None = None) -> None:
        super().__init__(_("Voting"), parent)
        self.commands, self.scene = commands, scene
        self._actions: dict[QWidget, QAction] = {}
        # Setting up a vote.
        self.kind = QComboBox()
        self.kind.addItem(_("clusters"), TargetKind.CLUSTER.value)
        self.kind.addItem(_("notes"), TargetKind.NOTE.value)
        self.dots = QSpinBox()
        self.dots.setRange(1, 20)
        self.dots.setValue(3)
        self.dots.setAccessibleName(_("Dots each person gets"))
        self.cap = QSpinBox()
        self.cap.setRange(0, 20)
        self.cap.setSpecialValueText(_("no limit"))
        self.cap.setAccessibleName(_("Most dots one person may put on one item"))
        self.open_button = QPushButton(_("Open vote"))
        self.open_button.clicked.connect(self._open)
        self.setup = [_plain(_("Vote on")), self.kind, self.dots, _plain(_("dots each, at most")),
                      self.cap, _plain(_("on one item")), self.open_button]
        # While it is open.
        self.voter = QComboBox()
        self.voter.setMinimumWidth(180)
        self.voter.currentIndexChanged.connect(self._voter_chosen)
        self.add_button = QPushButton(_("Add dot"))
        self.add_button.setToolTip(_("One dot on each selected item, for the person chosen"))
        self.add_button.clicked.connect(commands.add_dot)
        self.remove_button = QPushButton(_("Remove dot"))
        self.remove_button.clicked.connect(commands.remove_dot)
        self.close_button = QPushButton(_("Close vote"))
        self.close_button.clicked.connect(commands.close_vote)
        self.running = [_plain("for"), self.voter, self.add_button, self.remove_button,
                        self.close_button]
        self.focus_button = QPushButton(_("Record as our focus"))
        self.focus_button.clicked.connect(commands.choose_focus)
        self.status = _plain()
        for widget in [*self.setup, self.status, *self.running, self.focus_button]:
            self._actions[widget] = self.addWidget(widget)
        scene.summary_changed.connect(self.refresh)
        scene.selectionChanged.connect(self._focus_label)
        self.refresh()

    def press(self, button: QPushButton) -> None:
        """A key for one of the strip's buttons: only while that button is shown and enabled."""
        if self._actions[button].isVisible() and button.isEnabled():
            button.click()

    def _focus_label(self) -> None:
        if not isValid(self.scene):  # the scene clears its selection as it is destroyed
            return
        choice = self.commands.focus_choice() if self.scene.results else None
        self.focus_button.setText(_("Record ‘{choice}’ as our focus").format(choice=choice) if choice
                                  else _("Record as our focus"))
        self.focus_button.setEnabled(choice is not None)
        self.focus_button.setToolTip("" if choice else _("A tie: select the one the room chose"))

    def _open(self) -> None:
        cap = self.cap.value() or None
        self.commands.open_vote(TargetKind(self.kind.currentData()), self.dots.value(), cap)

    def _voter_chosen(self) -> None:
        self.commands.voter_id = self.voter.currentData()

    def _people(self) -> None:
        session = self.scene.session_id
        current = self.voter.currentData()
        self.voter.blockSignals(True)
        self.voter.clear()
        self.voter.addItem(_(NO_NAME), None)
        if session is not None:
            for person in self.scene.services.read.present(session):
                self.voter.addItem(person.name, person.id)
        index = max(0, self.voter.findData(current))
        self.voter.setCurrentIndex(index)
        self.voter.blockSignals(False)
        self._voter_chosen()

    def refresh(self) -> None:
        vote_round = self.scene.vote_round
        is_open = vote_round is not None and vote_round.is_open
        for widget in self.setup:
            self._actions[widget].setVisible(not is_open)
        for widget in self.running:
            self._actions[widget].setVisible(is_open)
        self._actions[self.focus_button].setVisible(bool(self.scene.results))
        self._focus_label()
        if is_open:
            assert vote_round is not None
            progress = self.scene.progress
            cast = progress.dots_cast if progress else 0
            self.status.setText(count("Voting on {what}: {n} dot cast. Counts stay hidden until you "
                                      "close the vote.",
                                      "Voting on {what}: {n} dots cast. Counts stay hidden until you "
                                      "close the vote.", cast, what=_(vote_round.target_kind.plural)))
            if self.voter.count() == 0 or self.voter.property("session") != self.scene.session_id:
                self._people()
                self.voter.setProperty("session", self.scene.session_id)
        elif self.scene.results:
            top = winners(self.scene.results)
            lead = ", ".join(w.label.splitlines()[0] for w in top) or _("no dots")
            tie = _(" (a tie)") if len(top) > 1 else ""
            focus = self.scene.settings.focus if self.scene.settings else ""
            self.status.setText(_("Last vote: {lead}{tie}.").format(
                lead=lead, tie=tie) + (_(" Focus: {focus}").format(focus=focus) if focus else ""))
        else:
            self.status.setText("")
