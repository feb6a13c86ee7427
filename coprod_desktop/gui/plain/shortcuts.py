"""Help › Keyboard shortcuts: a sheet built from the one keyboard map, and a PDF.

The sheet lists `gui/kit/keymap.BINDINGS`, the same table the menus, buttons and shortcuts are
made from, so it cannot drift from the keys that work. `collect_shortcuts` reads the keys off
the live windows instead (tests use it to check that nothing was bound outside the table).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.export.shortcuts_pdf import ShortcutRow, sections, write_shortcuts_pdf
from coprod_desktop.gui.kit import keymap
from coprod_desktop.i18n import _, current


def keymap_rows() -> list[ShortcutRow]:
    """Every binding in the keyboard map, by where it works."""
    return [ShortcutRow(section, keys, what) for section, keys, what in keymap.sheet_rows()]


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def _keys(sequences: list[QKeySequence]) -> str:
    written = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences
               if not s.isEmpty()]
    return ", ".join(dict.fromkeys(written))  # the same keys twice (Redo) are listed once


def _section_of(obj: QObject, fallback: str) -> str:
    if isinstance(obj, QAction):
        for owner in obj.associatedObjects():
            if isinstance(owner, QMenu) and owner.title():
                return _plain(owner.title())
    node = obj.parent()
    while node is not None:
        title = getattr(node, "title", None)
        if isinstance(title, str) and title:
            return title
        if node.objectName() == "projector":
            return _("Projector")
        node = node.parent()
    return fallback


def collect_shortcuts(*roots: QWidget) -> list[ShortcutRow]:
    """Every keyboard shortcut under `roots`, grouped by menu or panel, without repeats."""
    found: list[ShortcutRow] = []
    seen: set[tuple[str, str]] = set()

    def add(section: str, keys: str, description: str) -> None:
        if keys and description and (keys, description) not in seen:
            seen.add((keys, description))
            found.append(ShortcutRow(section, keys, description))

    general = _("General")
    for root in roots:
        for action in root.findChildren(QAction):
            if action.isSeparator() or not action.isVisible():
                continue
            add(_section_of(action, general), _keys(action.shortcuts()), _plain(action.text()))
        for shortcut in root.findChildren(QShortcut):
            add(_section_of(shortcut, general), _keys([shortcut.key()]),
                _plain(shortcut.whatsThis()))
        for button in root.findChildren(QAbstractButton):
            text = button.accessibleName() or button.text()
            add(_section_of(button, general), _keys([button.shortcut()]), _plain(text))
    return found


class ShortcutSheet(QDialog):
    """The sheet on screen, with a button to save it as a PDF to print."""

    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.setWindowTitle(_("Keyboard shortcuts"))
        intro = QLabel(_("Tab moves between controls, and Space or Enter presses a button. "
                               "These keys also work:"), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([_("Keys"), _("What they do")])
        self.tree.setAccessibleName(_("Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        for name, items in sections(rows).items():
            group = QTreeWidgetItem(self.tree, [name])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for row in items:
                QTreeWidgetItem(group, [row.keys, row.description])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.pdf_button = QPushButton(_("Save as &PDF…"), self)
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(640, 620)

    def write_pdf(self, path: Path) -> Path:
        return write_shortcuts_pdf(path, self.rows, language=current())  # as on screen

    def save_pdf(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Save the shortcut sheet"), str(Path.home() / _("Coprod shortcuts.pdf")),
            _("PDF (*.pdf)"))
        if name:
            self.write_pdf(Path(name))
