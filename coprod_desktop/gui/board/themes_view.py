"""The board on the projector when its notes would be too small to read: the themes.

A board of 110 notes fitted on a 1080p screen draws note text at 12–16 px, which nobody reads
from the back of the room. When the fitted board's note text would fall under the projector's
minimum type (gui/kit/legibility.py: 24 px capitals at 1080p), the projector shows this
instead: each cluster's title, how many notes it holds and its first few notes, in type the room
can read; notes not yet sorted are counted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from coprod_desktop.gui.board import palette
from coprod_desktop.gui.board.scene import BoardScene
from coprod_desktop.gui.kit.legibility import font_with_cap_height, min_cap_height
from coprod_desktop.i18n import count

NOTES_EACH = 3
COLUMNS = 3
MAX_THEMES = 9


def smallest_note_cap_px(scene: BoardScene, scale: float) -> float | None:
    """The cap height on screen of the smallest note text the projector draws at `scale`."""
    sizes = [item.font_px for item in scene.notes.values() if item.on_projector]
    if not sizes:
        return None
    font = palette.font(min(sizes), note=True)
    return QFontMetricsF(font).capHeight() * scale


def readable(scene: BoardScene, scale: float, screen_height: int) -> bool:
    cap = smallest_note_cap_px(scene, scale)
    return cap is None or cap >= min_cap_height(screen_height) - 0.5


def _label(text: str, font: QFont, parent: QWidget, colour: str) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # attendee text, never markup
    label.setText(text)
    label.setWordWrap(True)
    label.setFont(font)
    label.setStyleSheet(f"color: {colour};")
    return label


class ThemesView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardThemes")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.grid = QGridLayout()
        self.grid.setSpacing(24)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addLayout(self.grid)
        outer.addStretch(1)
        self.texts: list[str] = []

    def show_themes(self, scene: BoardScene, screen_height: int, ink: str,
                    background: str) -> None:
        self.setStyleSheet(f"#boardThemes {{ background: {background}; }}")
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        cap = min_cap_height(screen_height)
        body = font_with_cap_height(QFont(palette.font(20, note=True)), cap * 1.25)
        title = font_with_cap_height(QFont(palette.font(20, bold=True)), cap * 1.7)
        title.setBold(True)
        self.texts = []
        frames = sorted(scene.clusters.values(), key=lambda c: (c.y(), c.x()))
        loose = [n for n in scene.notes.values() if n.parentItem() is None and n.on_projector]
        for index, frame in enumerate(frames[:MAX_THEMES]):
            shown = [n for n in frame.childItems() if hasattr(n, "note") and n.on_projector]
            shown.sort(key=lambda n: (n.y(), n.x()))
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            heading = f"{frame.cluster.title}  ({len(shown)})"
            column.addWidget(_label(heading, title, box, ink))
            for note in shown[:NOTES_EACH]:
                line = note.note.text.splitlines()[0] if note.note.text else ""
                column.addWidget(_label(f"• {line}", body, box, ink))
                self.texts.append(line)
            self.texts.append(heading)
            self.grid.addWidget(box, index // COLUMNS, index % COLUMNS, Qt.AlignmentFlag.AlignTop)
        extra = len(frames) - MAX_THEMES
        tail = []
        if extra > 0:
            tail.append(count("and {n} more theme", "and {n} more themes", extra))
        if loose:
            tail.append(count("{n} note not sorted yet", "{n} notes not sorted yet", len(loose)))
        if tail:
            line = _label(" · ".join(tail), body, self, ink)
            self.texts.append(line.text())
            self.grid.addWidget(line, (min(len(frames), MAX_THEMES) + COLUMNS - 1) // COLUMNS,
                                0, 1, COLUMNS)
