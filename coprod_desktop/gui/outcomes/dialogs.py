"""Marking something to come back to, and keeping its outcome up to date."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.outcomes import LinkKind, Outcome, OutcomeStatus, SourceKind
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.gui.outcomes.look import error_line, plain_label
from coprod_desktop.i18n import _
from coprod_desktop.services import ChangeSet

ID_ROLE = Qt.ItemDataRole.UserRole


def _run(env: GuiEnv, show: Callable[[str], None], apply: Callable[[], ChangeSet]) -> bool:
    """One console edit through the undo adapter; a refusal is shown in the dialog."""
    failed: list[CoprodError] = []
    env.undo.run(apply, on_error=failed.append)
    if failed:
        show(said(failed[0].message))
    return not failed


class MarkDialog(QDialog):
    """"We'll come back to this": pick what the room said, and say it in words everyone may read."""

    def __init__(self, env: GuiEnv, session_id: int, parent: QWidget | None = None, *,
                 kind: SourceKind | None = None, source_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markDialog")
        self.setWindowTitle(_("We'll come back to this"))
        self.env = env
        self.session_id = session_id
        self.kind = QComboBox()
        self.kind.setObjectName("markKind")
        for k in SourceKind:
            self.kind.addItem(_(k.label), k.value)
        self.items = QListWidget()
        self.items.setObjectName("markItems")
        self.said = QPlainTextEdit()
        self.said.setObjectName("markSaid")
        self.said.setPlaceholderText(_("What was raised, in words everyone may read"))
        self.message = error_line()
        hint = plain_label(_("For a story, write what it raised in your own words: the story's "
                           "own words may have to stay in the room."), "markHint")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                               QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(_("What did the room raise?")))
        layout.addWidget(self.kind)
        layout.addWidget(self.items, 1)
        layout.addWidget(plain_label(_("What was said")))
        layout.addWidget(self.said)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(box)
        self.kind.currentIndexChanged.connect(self._fill)
        self.items.currentItemChanged.connect(self._picked)
        self.resize(560, 520)
        if kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(SourceKind(kind).value))
        self._fill()
        if source_id is not None:
            for row in range(self.items.count()):
                if self.items.item(row).data(ID_ROLE) == source_id:
                    self.items.setCurrentRow(row)

    def current_kind(self) -> SourceKind:
        return SourceKind(self.kind.currentData())

    def _fill(self) -> None:
        self.items.clear()
        kind = self.current_kind()
        for found_kind, source_id, words in self.env.services.outcomes.outcomes.sources(
                self.session_id):
            if found_kind is kind:
                item = QListWidgetItem(words.replace("\n", " ")[:200])
                item.setData(ID_ROLE, source_id)
                self.items.addItem(item)
        self.said.clear()

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        kind = self.current_kind()
        if kind in (SourceKind.NOTE, SourceKind.CLUSTER, SourceKind.QUESTION):
            self.said.setPlainText(self.env.services.outcomes.outcomes.source_text(
                kind, int(item.data(ID_ROLE)))[0])
        else:
            self.said.clear()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def save(self) -> None:
        item = self.items.currentItem()
        if item is None:
            self._show(_("Choose what the room raised first."))
            return
        kind, source_id = self.current_kind(), int(item.data(ID_ROLE))
        said = self.said.toPlainText()
        words = None if kind is SourceKind.POLL and not said.strip() else said
        if _run(self.env, self._show, lambda: self.env.services.outcomes.come_back_to(
                kind, source_id, said=words, meeting_id=self.session_id)):
            self.accept()


class OutcomeDialog(QDialog):
    """Where it has got to: the status, what happened, who it went to or why it can't be done,
    and the actions and rapid tests that carry it."""

    def __init__(self, env: GuiEnv, outcome: Outcome, meeting_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeDialog")
        self.setWindowTitle(_("What became of it"))
        self.env = env
        self.outcome = outcome
        self.meeting_id = meeting_id
        self.status = QComboBox()
        self.status.setObjectName("outcomeStatus")
        for status in OutcomeStatus:
            self.status.addItem(_(status.label), status.value)
        self.status.setCurrentIndex(self.status.findData(outcome.status.value))
        self.happened = QPlainTextEdit(outcome.what_happened)
        self.happened.setObjectName("outcomeHappened")
        self.happened.setPlaceholderText(_("What we did, are doing or plan, in plain words"))
        self.passed_to = QLineEdit(outcome.passed_to)
        self.passed_to.setObjectName("outcomePassedTo")
        self.passed_to.setPlaceholderText(_("A person, team or organisation"))
        self.reason = QPlainTextEdit(outcome.reason)
        self.reason.setObjectName("outcomeReason")
        self.reason.setPlaceholderText(_("Why not, in plain words people will read in the bulletin"))
        self.actions = self._checklist("outcomeActions", LinkKind.ACTION)
        self.tests = self._checklist("outcomeTests", LinkKind.RAPID_TEST)
        self.message = error_line()
        self.form = QFormLayout()
        self.form.addRow(_("You said"), plain_label(outcome.said, "outcomeSaid"))
        self.form.addRow(_("Where it is"), self.status)
        self.form.addRow(_("What happened"), self.happened)
        self.form.addRow(_("Passed to"), self.passed_to)
        self.form.addRow(_("Why we can't"), self.reason)
        self.form.addRow(_("Actions"), self.actions)
        self.form.addRow(_("Rapid tests"), self.tests)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                               QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(box)
        self.status.currentIndexChanged.connect(self._rows)
        self._rows()
        self.resize(620, 640)

    def _checklist(self, name: str, kind: LinkKind) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        linked = {x.target_id for x in self.outcome.links if x.kind is kind}
        options = self.env.services.outcomes.link_options(kind)
        for target_id, title in options:
            item = QListWidgetItem(title.replace("\n", " ")[:160])
            item.setData(ID_ROLE, target_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if target_id in linked
                               else Qt.CheckState.Unchecked)
            widget.addItem(item)
        widget.setMaximumHeight(120)
        return widget

    def chosen_status(self) -> OutcomeStatus:
        return OutcomeStatus(self.status.currentData())

    def _rows(self) -> None:
        status = self.chosen_status()
        self.form.setRowVisible(self.passed_to, status is OutcomeStatus.PASSED)
        self.form.setRowVisible(self.reason, status is OutcomeStatus.CANT)

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def _checked(self, widget: QListWidget) -> set[int]:
        return {int(widget.item(r).data(ID_ROLE)) for r in range(widget.count())
                if widget.item(r).checkState() == Qt.CheckState.Checked}

    def save(self) -> None:
        o, status = self.outcome, self.chosen_status()
        fields = {"passed_to": self.passed_to.text(), "reason": self.reason.toPlainText(),
                  "what_happened": self.happened.toPlainText()}
        changed = status is not o.status or fields["what_happened"].strip() != o.what_happened \
            or (status is OutcomeStatus.PASSED and fields["passed_to"].strip() != o.passed_to) \
            or (status is OutcomeStatus.CANT and fields["reason"].strip() != o.reason)
        service = self.env.services.outcomes
        if changed and not _run(self.env, self._show, lambda: service.set_outcome(
                o.id, status, meeting_id=self.meeting_id, **fields)):
            return
        for kind, widget in ((LinkKind.ACTION, self.actions), (LinkKind.RAPID_TEST, self.tests)):
            before = {x.target_id for x in o.links if x.kind is kind}
            after = self._checked(widget)
            for target in sorted(after - before):
                if not _run(self.env, self._show,
                            lambda t=target, k=kind: service.link(o.id, k, t)):
                    return
            for target in sorted(before - after):
                if not _run(self.env, self._show,
                            lambda t=target, k=kind: service.unlink(o.id, k, t)):
                    return
        self.accept()
