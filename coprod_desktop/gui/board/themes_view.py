"""The board on the projector when its notes would be too small to read: the themes.

A board of 110 notes fitted on a 1080p screen draws note text at 12–16 px, which nobody reads
from the back of the room. When the fitted board's note text would fall under the projector's
minimum type (gui/kit/legibility.py: 24 px capitals at 1080p), the projector shows this
instead: each cluster's title, how many notes it holds and its first few notes, in type the room
can read; notes not yet sorted are counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from coprod_desktop.gui.board import palette
from coprod_desktop.gui.board.scene import BoardScene
from coprod_desktop.gui.kit.legibility import font_with_cap_height, min_cap_height
from coprod_desktop.i18n import count

NOTES_EACH = 3
COLUMNS = 3
MAX_THEMES = 9
TITLE_LINES, NOTE_LINES = 2, 2  # longer titles and notes end in "…"
MARGIN_X, MARGIN_Y, SPACING = 32, 24, 24
BOX_SPACING = 6  # between lines of one theme (QVBoxLayout's spacing, set below)


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


def _label(text: str, font: QFont, parent: QWidget, colour: str, height: int = 0) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # attendee text, never markup
    label.setText(text)
    label.setWordWrap(True)
    label.setFont(font)
    label.setStyleSheet(f"color: {colour};")
    if height:  # measured to fit: the layout may not squeeze it (it used to cut lines in half)
        label.setMinimumHeight(height)
    return label


def wrapped_height(text: str, font: QFont, width: int, probe: QLabel) -> int:
    """The height of `text` in a word-wrapped label `width` pixels wide, in `font`: measured
    with `probe`, a hidden label where the shown ones will be (the projector's style sheet sets
    the family of every label on it, so a label elsewhere would measure another font)."""
    key = (text, font.key(), width)
    known = _measured.get(key)
    if known is None:
        probe.setFont(font)
        probe.setText(text)
        probe.ensurePolished()
        known = _measured[key] = probe.heightForWidth(max(width, 1))
    return known


# Heights measured, kept while one set of themes is planned (many plans measure the same lines).
_measured: dict[tuple[str, str, int], int] = {}


def clipped(text: str, font: QFont, width: int, lines: int, probe: QLabel,
            suffix: str = "") -> str:
    """`text` (then `suffix`, kept whole) shortened at a word, with an ellipsis, until it wraps
    into at most `lines` lines at `width`. A word too long for a line is cut to fit it (a word
    is never broken by wrapping, so it would widen the whole view)."""
    probe.setFont(font)
    probe.ensurePolished()
    metrics = probe.fontMetrics()  # the family the projector's style sheet gives its labels
    words = [w if metrics.horizontalAdvance(w) <= width
             else metrics.elidedText(w, Qt.TextElideMode.ElideRight, max(width, 1))
             for w in text.split()]
    most = wrapped_height("\n".join("X" * lines), font, width, probe)  # n lines, alike
    whole = " ".join(words)
    if wrapped_height(whole + suffix, font, width, probe) <= most:
        return whole + suffix
    # No more words than could fill the lines (a note may be hundreds of words long).
    room = lines * width
    kept, used = [], 0
    for word in words:
        used += metrics.horizontalAdvance(word + " ")
        if used > room and kept:
            break
        kept.append(word)
    while len(kept) > 1:
        kept.pop()
        shorter = " ".join(kept) + "…" + suffix
        if wrapped_height(shorter, font, width, probe) <= most:
            return shorter
    return (kept[0] if kept else "") + "…" + suffix


@dataclass(frozen=True)
class Theme:
    title: str
    size: int  # notes on the projector
    notes: list[str]  # each note's first line

    @property
    def heading(self) -> str:
        return f"{self.title}  ({self.size})"

    def shown_heading(self, font: QFont, width: int, probe: QLabel) -> str:
        return clipped(self.title, font, width, TITLE_LINES, probe, f"  ({self.size})")


@dataclass(frozen=True)
class Plan:
    themes: int  # how many of the themes fit
    notes_each: int  # and how many of each one's notes


class ThemesView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardThemes")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.grid = QGridLayout()
        self.grid.setSpacing(SPACING)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(MARGIN_X, MARGIN_Y, MARGIN_X, MARGIN_Y)
        outer.addLayout(self.grid)
        outer.addStretch(1)
        self.texts: list[str] = []
        self._shown: tuple[BoardScene, int, str, str] | None = None
        # It plans to whatever size it is given (resizeEvent): it never asks the projector
        # window for room, so the window can always be made smaller.
        self.setMinimumSize(1, 1)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.probe = QLabel(self)  # measures text as the shown labels will wrap it
        self.probe.setTextFormat(Qt.TextFormat.PlainText)
        self.probe.setWordWrap(True)
        self.probe.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """What fits depends on the size: planned again when the view gets its real one."""
        super().resizeEvent(event)
        if self._shown is not None and event.size() != event.oldSize():
            QTimer.singleShot(0, self, self._again)

    def _again(self) -> None:
        if self._shown is not None:
            scene, height, ink, background = self._shown
            window = self.window()  # the type follows the screen's height, which may have moved
            self.show_themes(scene, window.height() if window is not self else height, ink,
                             background)

    def show_themes(self, scene: BoardScene, screen_height: int, ink: str,
                    background: str, size: QSize | None = None) -> None:
        """Each cluster's title and first notes, as many as fit in `size` (this view's own size
        when not given) in type read from the back of the room; what does not fit is counted."""
        self.setStyleSheet(f"#boardThemes {{ background: {background}; }}")
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleted later, it would show under the new ones
                widget.deleteLater()
        cap = min_cap_height(screen_height)
        body = font_with_cap_height(QFont(palette.font(20, note=True)), cap * 1.1)
        title = font_with_cap_height(QFont(palette.font(20, bold=True)), cap * 1.35)
        title.setBold(True)
        self._shown = (scene, screen_height, ink, background)
        _measured.clear()  # fonts and sizes may have changed since the last plan
        area = size if size is not None and not size.isEmpty() else self.size()
        width = (area.width() - 2 * MARGIN_X - SPACING * (COLUMNS - 1)) // COLUMNS
        frames = sorted(scene.clusters.values(), key=lambda c: (c.y(), c.x()))
        loose = [n for n in scene.notes.values() if n.parentItem() is None and n.on_projector]
        themes = []
        for frame in frames:
            shown = [n for n in frame.childItems() if hasattr(n, "note") and n.on_projector]
            shown.sort(key=lambda n: (n.y(), n.x()))
            lines = [n.note.text.splitlines()[0] if n.note.text else "" for n in shown]
            themes.append(Theme(frame.cluster.title, len(shown), lines))
        for column in range(COLUMNS):  # equal columns, each as wide as was measured for
            self.grid.setColumnStretch(column, 1)
            self.grid.setColumnMinimumWidth(column, max(width, 0))
        fonts = _Fonts(title, body, width, self.probe)
        plan = _plan(themes, fonts, len(loose), area.height() - 2 * MARGIN_Y)
        self.texts = []
        for index, theme in enumerate(themes[:plan.themes]):
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(BOX_SPACING)
            heading = theme.shown_heading(title, width, self.probe)
            column.addWidget(_label(heading, title, box, ink,
                                    wrapped_height(heading, title, width, self.probe)))
            for line in theme.notes[:plan.notes_each]:
                shown_line = clipped(f"• {line}", body, width, NOTE_LINES, self.probe)
                column.addWidget(_label(shown_line, body, box, ink,
                                        wrapped_height(shown_line, body, width, self.probe)))
                self.texts.append(line)
            self.texts.append(theme.heading)
            self.grid.addWidget(box, index // COLUMNS, index % COLUMNS, Qt.AlignmentFlag.AlignTop)
            box.show()  # now, not on the next turn as a layout would
        tail = _tail(len(themes) - plan.themes, len(loose))
        if tail:
            line = _label(tail, body, self, ink)
            self.texts.append(line.text())
            self.grid.addWidget(line, (plan.themes + COLUMNS - 1) // COLUMNS, 0, 1, COLUMNS)
            line.show()


@dataclass(frozen=True)
class _Fonts:
    title: QFont
    body: QFont
    width: int
    probe: QLabel


def _tail(more_themes: int, loose: int) -> str:
    tail = []
    if more_themes > 0:
        tail.append(count("and {n} more theme", "and {n} more themes", more_themes))
    if loose:
        tail.append(count("{n} note not sorted yet", "{n} notes not sorted yet", loose))
    return " · ".join(tail)


def _height(themes: list[Theme], fonts: _Fonts, plan: Plan, loose: int) -> int:
    """How tall the grid is with `plan`: each row as tall as its tallest theme."""
    boxes = []
    for theme in themes[:plan.themes]:
        parts = [wrapped_height(theme.shown_heading(fonts.title, fonts.width, fonts.probe),
                                fonts.title, fonts.width, fonts.probe)]
        parts += [wrapped_height(clipped(f"• {line}", fonts.body, fonts.width, NOTE_LINES,
                                         fonts.probe), fonts.body, fonts.width, fonts.probe)
                  for line in theme.notes[:plan.notes_each]]
        boxes.append(sum(parts) + BOX_SPACING * (len(parts) - 1))
    rows = [max(boxes[i:i + COLUMNS]) for i in range(0, len(boxes), COLUMNS)]
    tail = _tail(len(themes) - plan.themes, loose)
    if tail:
        rows.append(wrapped_height(tail, fonts.body, fonts.width * COLUMNS, fonts.probe))
    return sum(rows) + SPACING * max(0, len(rows) - 1)


def _plan(themes: list[Theme], fonts: _Fonts, loose: int, room: int) -> Plan:
    """As many themes as fit (up to MAX_THEMES), then as many notes each as still fit: every
    title first, since the room chose those words together."""
    for shown in range(min(len(themes), MAX_THEMES), 0, -1):
        for notes_each in range(NOTES_EACH, -1, -1):
            plan = Plan(shown, notes_each)
            if _height(themes, fonts, plan, loose) <= room:
                return plan
    return Plan(min(len(themes), 1), 0)
