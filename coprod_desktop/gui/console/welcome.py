"""What the console shows when no programme is open: start one, open one, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.i18n import _

RECENT_SHOWN = 8


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel("Coprod Desktop")
        title.setObjectName("welcomeTitle")
        blurb = QLabel(_("Plan and run co-production sessions in the room: agenda and timers, "
                       "equal-time rounds, sticky notes and voting, sign-in from phones. "
                       "Each programme is one file on this laptop, saved as you go."))
        blurb.setObjectName("welcomeBlurb")
        blurb.setWordWrap(True)
        self.new_button = QPushButton(_("New programme…"))
        self.open_button = QPushButton(_("Open…"))
        self.demo_button = QPushButton(_("Try the demo"))
        self.new_button.setDefault(True)
        buttons = QHBoxLayout()
        for button, signal in ((self.new_button, self.new_requested),
                               (self.open_button, self.open_requested),
                               (self.demo_button, self.demo_requested)):
            button.setObjectName("welcomeButton")
            button.clicked.connect(signal)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.recent_heading = QLabel(_("Recent programmes"))
        self.recent_heading.setObjectName("sectionHeading")
        self.recent = QWidget()
        self.recent.setObjectName("recentList")
        self._recent_layout = QVBoxLayout(self.recent)
        self._recent_layout.setContentsMargins(0, 0, 0, 0)
        self._recent_layout.setSpacing(4)
        self._buttons: list[QPushButton] = []
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(blurb)
        column.addSpacing(18)
        column.addLayout(buttons)
        column.addSpacing(28)
        column.addWidget(self.recent_heading)
        column.addWidget(self.recent)
        column.addStretch(1)
        holder = QWidget()
        holder.setMaximumWidth(760)
        holder.setLayout(column)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(holder, 4)
        outer.addStretch(1)

    def set_recent(self, files: list[Path]) -> None:
        for old in self._buttons:
            self._recent_layout.removeWidget(old)
            old.deleteLater()
        self._buttons = [self._recent_button(path) for path in files[:RECENT_SHOWN]]
        self.recent_heading.setVisible(bool(files))
        self.recent.setVisible(bool(files))

    def _recent_button(self, path: Path) -> QPushButton:
        # Qt's namespace only with a file to list (see gui/console/window.py, ConsoleWindow._say).
        from PySide6.QtCore import Qt

        button = QPushButton(f"{path.stem}\n{path.parent}")
        button.setObjectName("recentButton")
        button.setToolTip(str(path))
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda _=False, p=path: self.recent_chosen.emit(p))
        self._recent_layout.addWidget(button)
        return button

    def recent_buttons(self) -> list[QPushButton]:
        return list(self._buttons)
