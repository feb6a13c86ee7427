"""Help › About: the version, the licence, and every bundled library's and font's licence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop import __version__
from coprod_desktop.gui.app_icon import app_icon
from coprod_desktop.i18n import _
from coprod_desktop.licences import APP_LICENCE, APP_LICENCE_WORDS, current_notice


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(_("About Coprod Desktop"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(72, 72))
        name = QLabel(_("Coprod Desktop {__version__}").format(__version__=__version__))
        name.setObjectName("aboutName")
        big = QFont(name.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        name.setFont(big)
        blurb = QLabel(
            _("Runs co-production sessions in the room, with nothing sent to the internet. "
              "Each programme is one file, saved automatically as you work.\n\n"
              "Free software under the {licence_words} ({licence}), with no warranty. "
              "The libraries and fonts it carries, and their licences, are listed below.")
            .format(licence_words=APP_LICENCE_WORDS, licence=APP_LICENCE))
        blurb.setWordWrap(True)
        for label in (name, blurb):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = QVBoxLayout()
        heading.addWidget(name)
        heading.addWidget(blurb)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addLayout(heading, 1)

        self.notice = QPlainTextEdit()  # plain text by nature: nothing in it is read as markup
        self.notice.setObjectName("licenceText")
        self.notice.setReadOnly(True)
        self.notice.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.notice.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.notice.setPlainText(current_notice())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(self.notice, 1)
        layout.addWidget(buttons)
        self.resize(820, 620)


def show_about(parent: QWidget) -> AboutDialog:
    """Open the About box without blocking (window-modal); it deletes itself when closed."""
    dialog = AboutDialog(parent)
    dialog.open()
    return dialog
