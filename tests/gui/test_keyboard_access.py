"""Keyboard and screen readers: the console walked by Tab, every control named, the shortcut sheet."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from coprod_desktop.gui.plain.console_hooks import open_shortcut_sheet
from coprod_desktop.gui.plain.shortcuts import collect_shortcuts


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces: the accessible name Qt works out (own, buddy or text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def tab_walk(window: QWidget, limit: int = 400) -> list[QWidget]:
    """Press Tab from the first control until focus comes back round; the controls visited."""
    start = window.focusWidget() or window
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        if current is None or current in visited:
            break
        visited.append(current)
    return visited


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName()} in {type(widget.parent()).__name__}"


def test_every_control_reached_by_tab_has_a_name(make_app, demo_path: Path, qtbot) -> None:
    app = make_app()
    app.start(demo_path)
    console = app.console
    qtbot.waitExposed(console)
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    view = console.view
    # Most panels are built as the walk brings them forward: their controls are named then.
    assert sum(not slot.built for slot in view.slots) > 15
    unnamed: dict[str, list[str]] = {}
    reached = 0
    for place, tabs in view.sub_views.items():
        view.show_place(place)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            tabs.currentWidget().setFocus()
            visited = tab_walk(console)
            reached += len(visited)
            page = tabs.currentWidget()
            name = f"{place}/{tabs.tabText(index)}"
            assert any(page.isAncestorOf(w) for w in visited), name
            missing = [describe(w) for w in visited if not spoken_name(w)]
            if missing:
                unnamed[name] = missing
    assert reached > 10
    assert unnamed == {}


def test_shortcut_sheet_lists_real_keys_and_prints(make_app, demo_path: Path, qtbot,
                                                   artifacts: Path) -> None:
    app = make_app()
    app.start(demo_path)
    sheet = open_shortcut_sheet(app.console, app.projector)
    by_text = {(r.section, r.description): r.keys for r in sheet.rows}
    assert by_text[("Anywhere in the console", "Open a programme")] == "Ctrl+O"
    assert by_text[("Anywhere in the console", "Keyboard shortcuts")] == "F1"
    assert by_text[("Anywhere in the console", "Export handouts and data")] == "Ctrl+E"
    assert by_text[("Run › Round", "End round")] == "Ctrl+Shift+E"
    assert by_text[("Plan › Jargon", "Show on projector")] == "Ctrl+Shift+J"
    assert by_text[("Plan › Agenda", "Start or pause the timer")] == "Space"
    assert by_text[("Run", "Show this on the projector")] == "F6"
    # The board, rounds, stories and discussion keys are on the sheet too.
    sections = {r.section for r in sheet.rows}
    assert {"Run › Board", "Run › Round", "Run › Stories", "Run › Discussion"} <= sections
    # What the live windows bind is what the sheet lists (panels are built when first shown).
    app.console.view.build_all()
    live = {(r.keys, r.description) for r in collect_shortcuts(app.console, app.projector)}
    assert ("Ctrl+Shift+E", "End round") in live
    qtbot.addWidget(sheet)
    assert sheet.tree.topLevelItemCount() >= 3
    sheet.grab().save(str(artifacts / "shortcut-sheet.png"))
    pdf = sheet.write_pdf(artifacts / "keyboard-shortcuts.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "keyboard shortcuts" in text and "Ctrl+Shift+J" in text and "Show on projector" in text
