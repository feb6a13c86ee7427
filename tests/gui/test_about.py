"""Help › About: version, licence, and every bundled library's licence in a scrollable text box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit

from coprod_desktop import __version__
from coprod_desktop.gui.about import AboutDialog


def _about_dialogs() -> list[AboutDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog) and w.isVisible()]


def test_help_about_shows_version_licence_and_libraries(make_app, qtbot, artifacts: Path) -> None:
    app = make_app()
    app.start()
    app.console.action("aboutAction").trigger()
    qtbot.waitUntil(lambda: len(_about_dialogs()) == 1)
    dialog = _about_dialogs()[0]
    labels = [label for label in dialog.findChildren(QLabel) if label.text()]
    words = " ".join(label.text() for label in labels)
    assert f"Coprod Desktop {__version__}" in words
    assert "GPL-3.0-or-later" in words
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)

    notice = dialog.findChild(QPlainTextEdit, "licenceText")
    assert notice is not None and notice.isReadOnly()
    body = notice.toPlainText()
    for library in ("PySide6", "starlette", "uvicorn", "Jinja2", "sqlite-utils", "qrcode",
                    "platformdirs", "Python"):
        assert library.lower() in body.lower(), library
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in body and "GNU GENERAL PUBLIC LICENSE" in body
    assert notice.verticalScrollBar().maximum() > 0  # long: it scrolls
    dialog.grab().save(str(artifacts / "about_dialog.png"))
    dialog.close()
    qtbot.waitUntil(lambda: not _about_dialogs())
