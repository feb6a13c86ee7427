"""The "What does that mean?" queue: questions sent from phones, each matched to a glossary term.

A question that names a term ("what's a SENCo?") offers its explanation at once; the facilitator
shows it on the projector with one click, or writes a programme term if the glossary has none,
then marks the question answered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.glossary import Glossary, GlossaryEntry
from coprod_desktop.domain.jargon import JargonMatcher
from coprod_desktop.domain.phones import PhoneQuestion
from coprod_desktop.i18n import _

ID_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class QuestionsTab(QWidget):
    chosen = Signal(object)  # the GlossaryEntry a question points at (or None)
    answer_requested = Signal(int)  # a question's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.answered_button = QPushButton(self)
        self.answered_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.answered_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.list.currentItemChanged.connect(self._current)
        self.answered_button.clicked.connect(self._answered)
        self.glossary: Glossary | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(_("Questions from phones"))
        self.empty.setText(_("No questions waiting. People can ask “what does that mean?” "
                                   "from their phones."))
        self.answered_button.setText(_("Mark as a&nswered"))
        self.answered_button.setAccessibleDescription(
            _("Takes the question off the list once it has been explained."))

    def show_questions(self, questions: list[PhoneQuestion], glossary: Glossary,
                       matcher: JargonMatcher) -> None:
        self.glossary = glossary
        current = self.list.currentItem()
        keep = current.data(ID_ROLE) if current is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        for question in questions:
            hits = matcher.find(question.text)
            entry = glossary.lookup(hits[0].key) if hits else None
            label = question.text if entry is None else _("{question}\n→ {term}").format(
                question=question.text, term=entry.term)
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, question.id)
            item.setData(KEY_ROLE, entry.key if entry else "")
            self.list.addItem(item)
            if question.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not questions)
        self.answered_button.setEnabled(self.list.currentItem() is not None)

    def count(self) -> int:
        return self.list.count()

    def _current(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self.answered_button.setEnabled(item is not None)
        if item is not None and self.glossary is not None:
            key = str(item.data(KEY_ROLE))
            entry: GlossaryEntry | None = self.glossary.lookup(key) if key else None
            self.chosen.emit(entry)

    def _answered(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.answer_requested.emit(int(item.data(ID_ROLE)))
