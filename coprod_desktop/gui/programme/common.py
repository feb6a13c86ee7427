"""Small pieces the programme widgets share: plain labels, colours, errors, the projector look."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.phases import Phase
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.labels import plain_label
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.services import ChangeSet

# Colours that keep white text readable (7:1 or better) and differ for common colour-vision types.
MEETING = "#1F4E79"
DISCOVERY = Phase.DEFINE.colour
CELEBRATION = Phase.CELEBRATION.colour
TESTING = Phase.TESTING.colour
TODAY = "#D55E00"
MEMBER = "#009E73"
FACILITATOR = "#8C8C8C"
OVERDUE = "#C0392B"
DONE = "#1E7B34"

STAGE_COLOURS = {"plan": "#1F4E79", "do": "#8A3B00", "study": "#4B2C83", "act": "#1E5631"}
DECISION_COLOURS = {"adopt": "#1E7B34", "adapt": "#B35900", "abandon": "#6B6B6B"}

PROGRAMME_TABLES = ("programme", "session", "milestone", "action", "action_review", "rapid_test",
                    "rapid_test_event", "meeting_role", "attendee")


def plain_tooltip(text: str) -> str:
    """Tooltip text that Qt shows literally: escaped and marked as rich text, so nothing a person
    typed (such as <b>) is ever taken as markup."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def session_colour(kind: str) -> str:
    return {"discovery": DISCOVERY, "celebration": CELEBRATION}.get(kind, MEETING)


def run_showing_errors(env: GuiEnv, where: QLabel, apply: Callable[[], ChangeSet]) -> ChangeSet | None:
    """Run a console edit through the undo adapter; a refusal is shown in `where` (a dialog's
    message line) as well as wherever the shell shows errors."""
    messages: list[str] = []
    env.undo.error.connect(messages.append)
    try:
        change = env.undo.run(apply)
    finally:
        env.undo.error.disconnect(messages.append)
    where.setText(said(messages[-1]) if messages else "")
    where.setVisible(bool(messages))
    return change


def error_line() -> QLabel:
    label = plain_label("", "fieldError")
    label.setStyleSheet(f"color: {OVERDUE}; font-weight: bold;")
    label.setVisible(False)
    return label


SAVE_CANCEL = QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel


def lay_out_dialog(dialog: QDialog, parts: list[QWidget | QLayout], message: QLabel,
                   save: Callable[[], None],
                   buttons: QDialogButtonBox.StandardButton = SAVE_CANCEL) -> QVBoxLayout:
    """Stack `parts` down `dialog`, then its error line and a button row: accepting runs `save`
    (which closes the dialog only when the edit went through), rejecting closes it."""
    box = QDialogButtonBox(buttons)
    box.accepted.connect(save)
    box.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    layout.addWidget(message)
    layout.addWidget(box)
    return layout
