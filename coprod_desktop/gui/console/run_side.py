"""The Run screen's side: a live thumbnail of the projector with its caption, "Show this on the
projector" (F6), "Pin what it shows", black-out, and the room at a glance.

Built by the Run screen (gui/console/run_screen.py) the first time it is shown or one of these is
needed, so a programme is first drawn on Plan without it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.gui.console.room_glance import RoomGlance
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit import keymap
from coprod_desktop.i18n import _

THUMB_WIDTH = 256


class RunSide(QWidget):
    def __init__(self, env: GuiEnv, project: Callable[[], None], blackout: Callable[[bool], None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("runSide")
        self.setFixedWidth(THUMB_WIDTH + 16)
        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName("projectorThumbnail")
        self.thumbnail.setFixedSize(THUMB_WIDTH, THUMB_WIDTH * 9 // 16)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setAccessibleName(_("What the projector shows"))
        self.thumbnail.setFrameShape(QFrame.Shape.Box)
        self.thumbnail_caption = QLabel(self)
        self.thumbnail_caption.setObjectName("thumbnailCaption")
        self.thumbnail_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.thumbnail_caption.setSizePolicy(QSizePolicy.Policy.Ignored,
                                             QSizePolicy.Policy.Preferred)
        self.thumbnail_caption.setWordWrap(True)
        self.project_button = QPushButton(keymap.label("run.project"), self)
        self.project_button.setObjectName("showThisButton")
        self.project_button.clicked.connect(project)
        self.pin = QCheckBox(keymap.label("run.pin", _("Pin what it shows")), self)
        self.pin.setToolTip(_("Keep the projector on what it shows now, when the room moves on"))
        self.pin.setObjectName("pinProjector")
        self.blackout = QPushButton(keymap.label("projector.blank", _("Black out")), self)
        self.blackout.setObjectName("blackoutButton")
        self.blackout.setCheckable(True)
        self.blackout.setChecked(env.projector.blanked)  # as the projector is now
        self.blackout.toggled.connect(blackout)
        for button in (self.project_button, self.blackout):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # Keys that work anywhere in the console while the Run screen is shown.
        keymap.window_shortcuts(parent, "run.project", project)
        keymap.window_shortcuts(parent, "run.pin", self.pin.toggle)
        self.glance = RoomGlance(env, self)
        glance_box = QGroupBox(_("The room"), self)
        QVBoxLayout(glance_box).addWidget(self.glance)

        column = QVBoxLayout(self)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(QLabel(_("On the projector"), self))
        column.addWidget(self.thumbnail)
        column.addWidget(self.thumbnail_caption)
        column.addWidget(self.project_button)
        column.addWidget(self.pin)
        column.addWidget(self.blackout)
        column.addWidget(glance_box)
        column.addStretch(1)

    def pinned(self) -> bool:
        return self.pin.isChecked()
