"""The board's toolbar: notes, colour, clusters, moderation, view and search. Each button is one
command on `BoardCommands`; nothing here writes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QToolBar, QToolButton, QWidget

from coprod_desktop.domain.limits import COLOURS
from coprod_desktop.gui.board import palette
from coprod_desktop.gui.board.commands import BoardCommands
from coprod_desktop.gui.board.view import BoardView
from coprod_desktop.i18n import _


def swatch(name: str) -> QIcon:
    pixmap = QPixmap(18, 18)
    pixmap.fill(QColor(palette.NOTE_FILL[name]))
    return QIcon(pixmap)


class BoardToolbar(QToolBar):
    def __init__(self, commands: BoardCommands, view: BoardView,
                 parent: QWidget | None = None) -> None:
        super().__init__(_("Board"), parent)
        self.commands = commands
        self.view = view
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_by_name: dict[str, QAction] = {}
        self._add("new_note", _("New note"), _("Type a new note (N, or double-click the board)"),
                  self.new_note)
        self._colour_button()
        self._add("on_behalf", _("For someone"), _("Notes you type now are marked as written on "
                  "someone's behalf (a person without a phone, a paper note read out)"),
                  lambda on: setattr(commands, "on_behalf", on), checkable=True)
        self.addSeparator()
        self._add("cluster", _("Cluster"), _("Put the selected notes in a new cluster"),
                  commands.cluster_selected)
        self._add("tidy", _("Tidy"), _("Lay out the notes of the selected clusters (or all) in a grid"),
                  commands.tidy)
        self._add("merge", _("Merge"), _("Boil down: merge the two selected clusters into one"),
                  commands.merge_selected)
        self._add("collapse", _("Collapse"), _("Fold the selected clusters to their title, or open them"),
                  commands.toggle_collapsed)
        self.addSeparator()
        self._add("reveal", _("Reveal all"), _("Show the room every new note (not held-back ones)"),
                  commands.reveal_all)
        self._add("hold_back", _("Hold back"), _("Keep the selected notes off the projector, or let "
                  "them back on. Who wrote them is not shown"), commands.hold_back_selected)
        self.silent = self._add("silent", _("Silent writing"), _("New notes stay off the projector "
                                "until you reveal them"), commands.set_silent_writing,
                                checkable=True)
        self.groups = self._add("groups", _("Group colours"), _("Show a stripe in the colour of each "
                                "writer's group (never their name)"), commands.set_show_groups,
                                checkable=True)
        self.per_activity = self._add("per_activity", _("Board per activity"), _("One board for each "
                                      "activity of the session, or one for the whole session"),
                                      commands.set_per_activity, checkable=True)
        self.addSeparator()
        self._add("fit", _("Fit"), _("Show the whole board (0)"), view.fit_all)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Search notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(220)
        self.search.setAccessibleName(_("Search notes"))
        self.addWidget(self.search)
        self.found = QLabel("")
        self.found.setTextFormat(Qt.TextFormat.PlainText)
        self.found.setMinimumWidth(80)
        self.addWidget(self.found)

    def new_note(self) -> None:
        """A new note in the middle of the board, taking typing at once (the board gets the
        keyboard focus first, or the editor would wait for a click)."""
        view = self.view
        view.setFocus()
        self.commands.start_new_note(view.mapToScene(view.viewport().rect().center()))

    def _add(self, name: str, text: str, tip: str, slot: Callable[..., object], *,
             checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setCheckable(checkable)
        if checkable:
            action.triggered.connect(lambda on: slot(on))
        else:
            action.triggered.connect(lambda: slot())
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _colour_button(self) -> None:
        button = QToolButton(self)
        button.setText(_("Colour"))
        button.setToolTip(_("Colour of the selected notes (or cluster), and of new notes"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for name in COLOURS:
            action = menu.addAction(swatch(name), name.capitalize())
            action.triggered.connect(lambda _=False, n=name: self.commands.recolour_selected(n))
            self.actions_by_name[f"colour_{name}"] = action
        button.setMenu(menu)
        self.addWidget(button)

    def show_settings(self, silent: bool, groups: bool, per_activity: bool) -> None:
        for action, on in ((self.silent, silent), (self.groups, groups),
                           (self.per_activity, per_activity)):
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)
