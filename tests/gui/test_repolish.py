"""A style sheet that reads a widget's on/off property follows it once the widget is on screen,
and a widget not drawn yet takes the state when it is first shown (gui/kit/repolish.py)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from coprod_desktop.gui.kit.repolish import set_flag

SHEET = 'QLabel { color: #000000; } QLabel[problem="true"] { color: #c22a26; }'
RED, BLACK = QColor("#c22a26"), QColor("#000000")


def text_colour(label: QLabel) -> QColor:
    return label.palette().color(QPalette.ColorRole.WindowText)


def test_a_shown_label_turns_red_and_back_as_its_flag_changes(qtbot) -> None:
    label = QLabel("Could not save")
    label.setStyleSheet(SHEET)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    assert text_colour(label) == BLACK
    set_flag(label, "problem", True)
    assert label.property("problem") is True
    assert text_colour(label) == RED
    set_flag(label, "problem", False)
    assert text_colour(label) == BLACK


def test_a_label_flagged_before_it_is_shown_is_red_when_shown(qtbot) -> None:
    label = QLabel("Could not save")
    label.setStyleSheet(SHEET)
    qtbot.addWidget(label)
    set_flag(label, "problem", True)
    label.show()
    qtbot.waitExposed(label)
    assert text_colour(label) == RED
