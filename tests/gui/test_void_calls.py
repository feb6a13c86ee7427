"""Guard against the PySide6 6.12-on-Python-3.11 fault: every void call leaked a reference to None.

With the broken build, None's count runs out after a few thousand calls and Python aborts. A
correct build makes these calls and leaves None's count where it was (within a little noise).
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QWidget


def test_fifty_thousand_void_calls_survive(qtbot) -> None:
    widget = QWidget()
    label = QLabel(widget)
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for n in range(25_000):
        widget.setEnabled(n % 2 == 0)  # returns void
        label.setText("x" if n % 2 else "y")  # returns void
    after = sys.getrefcount(None)
    assert label.text() == "x"
    assert widget.isEnabled() is False
    assert abs(after - before) < 1_000, f"None's reference count moved by {after - before}"
