"""The method library in the console: search, filter by phase, read a card, add it to the agenda."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.methods import Method
from coprod_desktop.domain.phases import Phase
from coprod_desktop.gui.agenda.phase_art import phase_icon
from coprod_desktop.gui.kit.labels import plain_label
from coprod_desktop.i18n import _, current, number
from coprod_desktop.library import MethodLibrary, shipped_methods

ID_ROLE = Qt.ItemDataRole.UserRole


def _plain(parent: QWidget, *, bold: bool = False, size: float = 0) -> QLabel:
    label = plain_label(parent=parent, selectable=True)
    font = label.font()
    font.setBold(bold)
    if size:
        font.setPointSizeF(font.pointSizeF() * size)
    label.setFont(font)
    return label


class LibraryBrowser(QWidget):
    add_requested = Signal(str)  # a method id

    def __init__(self, library: MethodLibrary | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library or shipped_methods(current())  # the interface's language
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(_("Search methods, e.g. vote, stories, young people"))
        self.search.setClearButtonEnabled(True)
        self.phase = QComboBox(self)
        self.phase.addItem(_("All phases"), None)
        for phase in Phase:
            self.phase.addItem(phase_icon(phase), _(phase.label), phase.value)
        self.list = QListWidget(self)
        self.list.setAlternatingRowColors(True)
        self.add_button = QPushButton(_("Add to agenda"), self)
        self.add_button.setToolTip(_("Add the chosen method after the selected activity "
                                   "(or double-click it)"))

        details = QWidget(self)
        self.name_label = _plain(details, bold=True, size=1.3)
        self.facts_label = _plain(details)
        self.purpose_label = _plain(details)
        self.instructions_label = _plain(details)
        self.notes_label = _plain(details)
        column = QVBoxLayout(details)
        column.addWidget(self.name_label)
        column.addWidget(self.facts_label)
        column.addWidget(self.purpose_label)
        for heading, label in ((_("On the projector"), self.instructions_label),
                               (_("Notes for you"), self.notes_label)):
            title = _plain(details, bold=True)
            title.setText(heading)
            column.addWidget(title)
            column.addWidget(label)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(details)

        self.problems_label = _plain(self)
        self.problems_label.setObjectName("methodProblems")  # red in ui/console.qss
        if self.library.problems:
            self.problems_label.setText(_("Some method cards could not be read and are left out:\n")
                                        + "\n".join(self.library.problems))
        else:
            self.problems_label.hide()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.phase, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(scroll)
        split.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.add_button)
        layout.addWidget(self.problems_label)

        self.search.textChanged.connect(self.refilter)
        self.phase.currentIndexChanged.connect(self.refilter)
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemDoubleClicked.connect(lambda *_: self._add())
        self.add_button.clicked.connect(self._add)
        self.refilter()

    def refilter(self) -> None:
        value = self.phase.currentData()
        phase = Phase(value) if value else None
        chosen = self.current_method()
        self.list.clear()
        for method in self.library.search(self.search.text(), phase):
            item = QListWidgetItem(phase_icon(method.phase), _("{name}  ·  {minutes} min").format(
                name=method.name, minutes=method.minutes))
            item.setData(ID_ROLE, method.id)
            item.setToolTip(method.purpose)
            self.list.addItem(item)
            if chosen is not None and method.id == chosen.id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def current_method(self) -> Method | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        return self.library.get(item.data(ID_ROLE)) if item is not None else None

    def visible_ids(self) -> list[str]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def _show_current(self) -> None:
        method = self.current_method()
        self.add_button.setEnabled(method is not None)
        if method is None:
            for label in (self.name_label, self.facts_label, self.purpose_label,
                          self.instructions_label, self.notes_label):
                label.setText("")
            self.name_label.setText(_("No method matches."))
            return
        self.name_label.setText(method.name)
        self.facts_label.setText(_("{phase} · {minutes} min · {group_size} · {tool}").format(
            phase=_(method.phase.label), minutes=number(method.minutes),
            group_size=method.group_size, tool=_(method.tool.label)))
        self.purpose_label.setText(method.purpose)
        self.instructions_label.setText(method.instructions)
        self.notes_label.setText(method.notes)

    def _add(self) -> None:
        method = self.current_method()
        if method is not None:
            self.add_requested.emit(method.id)
