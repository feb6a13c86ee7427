"""The red line that says a change could not be saved, and stays until a save works.

A full or failing disk refuses a write from the console or from a phone alike; nothing of that
change is kept. The banner says so in plain words and stays put: the next change that is saved
takes it away. ("Saved" is never shown for the write that failed: no change set is published.)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from coprod_desktop.i18n import N_, _

if TYPE_CHECKING:
    from coprod_desktop.services import ChangeSet, Services



TEXT = (N_("Could not save “{label}”: the drive the programme is on may be full or failing. "
           "Nothing of that change was kept, on the console or from phones. Free some space; "
           "this message stays until a change is saved again."))


GONE = (N_("“{name}” is no longer in {folder}: the folder was moved or deleted, or the stick it "
           "is on was taken out. Nothing is lost yet, because this window still holds all of it: "
           "use File › Save a Copy As… now, then open the copy."))


class SaveBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveFailureBanner")
        self.setWordWrap(True)
        self.setAccessibleName(_("Save problem"))
        # White on dark red (ui/console.qss): 7.9:1, readable on the light and the dark theme.
        self.hide()
        self._stop: list[Callable[[], None]] = []
        self.gone = False  # the file has gone from its folder: stays until it is closed

    def watch(self, services: Services | None) -> None:
        """Follow one open programme (None: none open)."""
        for stop in self._stop:
            stop()
        self._stop = []
        self.hide()
        self.gone = False
        if services is not None:
            path = services.file.path
            self._stop = [services.bus.on_failure(self.failed),
                          services.bus.subscribe(self.saved),
                          services.bus.on_file_gone(lambda gone: self.file_gone(path, gone))]

    def failed(self, label: str) -> None:
        if self.gone:  # the bigger trouble stays said
            return
        from PySide6.QtCore import Qt  # not before the welcome page is drawn (gui/console/window.py)

        from coprod_desktop.gui.kit.said_text import said_label  # with a programme, not at start

        self.setTextFormat(Qt.TextFormat.PlainText)  # a label can hold what people typed
        self.setText(_(TEXT).format(label=said_label(label)))
        self.show()

    def file_gone(self, path: Path, gone: bool = True) -> None:
        from PySide6.QtCore import Qt

        self.gone = gone
        if not gone:  # back where it was (a drive that dropped for a moment): saved again
            self.hide()
            return
        self.setTextFormat(Qt.TextFormat.PlainText)  # a file's and a folder's names
        self.setText(_(GONE).format(name=path.name, folder=str(path.parent)))
        self.show()

    def saved(self, change: ChangeSet) -> None:
        if not self.gone:  # saved to a file no folder holds is not saved
            self.hide()
