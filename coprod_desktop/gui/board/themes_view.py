"""The board on the projector when its notes would be too small to read: the themes.

A board of 110 notes fitted on a 1080p screen draws note text at 12–16 px, which nobody reads
from the back of the room. When the fitted board's note text would fall under the projector's
minimum type (gui/kit/legibility.py: 24 px capitals at 1080p), the projector shows this
instead: each cluster's title, how many notes it holds and its first few notes, in type the room
can read; then the notes not sorted yet, as many as fit (the room still reads what it wrote), and
how many more there are.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from coprod_desktop.gui.board import palette
from coprod_desktop.gui.board.label_fit import clipped, forget_measured, wrapped_height
from coprod_desktop.gui.board.scene import BoardScene
from coprod_desktop.gui.kit.legibility import font_with_cap_height, min_cap_height
from coprod_desktop.i18n import count

NOTES_EACH = 3
COLUMNS = 3
MAX_THEMES = 9
TITLE_LINES, NOTE_LINES = 2, 2  # longer titles end in "…"; notes when the wall is full
MARGIN_X, MARGIN_Y, SPACING = 32, 24, 24
BOX_SPACING = 6  # between lines of one theme (QVBoxLayout's spacing, set below)


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


@dataclass(frozen=True)
class Theme:
    title: str
    size: int  # notes on the projector
    notes: list[str]  # each note's first line
    keep_end: bool = False  # shortened from the middle: its start is shared with another title

    @property
    def counted(self) -> str:
        """The count after the title, " (3 notes)", bound into one word: it never wraps apart
        (a "(1)" alone on a line, or a number without its noun)."""
        return " (" + count("{n} note", "{n} notes", self.size).replace(" ", "\u00a0") + ")"

    @property
    def heading(self) -> str:
        return self.title + self.counted

    def shown_heading(self, font: QFont, width: int, probe: QLabel) -> str:
        """The title and its count; when the count would cost the title words, the count goes
        on a line of its own below it."""
        together = clipped(self.title, font, width, TITLE_LINES, probe, self.counted,
                           keep_end=self.keep_end)
        if together == " ".join(self.title.split()) + self.counted:
            return together
        title = clipped(self.title, font, width, TITLE_LINES, probe, keep_end=self.keep_end)
        return f"{title}\n{self.counted.strip()}"

    def shown_title(self, font: QFont, width: int, probe: QLabel) -> str:
        """The title as shown, without its count."""
        shown = self.shown_heading(font, width, probe)
        return shown.removesuffix(self.counted).removesuffix("\n" + self.counted.strip())


def distinct(themes: list[Theme], font: QFont, width: int, probe: QLabel) -> list[Theme]:
    """Themes whose shortened titles would read alike ("What we heard:… (2)", "What we
    heard:… (3)") are shortened from the middle instead, keeping the end that tells them
    apart."""
    shown = [t.shown_title(font, width, probe) for t in themes]
    alike = {h for h in shown if shown.count(h) > 1 and h.endswith("…")}  # counts aside
    return [replace(t, keep_end=True) if h in alike else t for t, h in zip(themes, shown,
                                                                          strict=True)]


@dataclass(frozen=True)
class Plan:
    themes: int  # how many of the themes fit
    notes_each: int  # and how many of each one's notes
    loose: int = 0  # and how many of the notes not sorted yet


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
        self.columns = COLUMNS
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
        """Each cluster's title and first notes, then the notes not sorted yet, as many as fit
        in `size` (this view's own size when not given) in type read from the back of the room;
        what does not fit is counted."""
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
        forget_measured()  # fonts and sizes may have changed since the last plan
        _note_heights.clear()
        area = size if size is not None and not size.isEmpty() else self.size()
        inner = area.width() - 2 * MARGIN_X
        # Columns no narrower than about 16 capitals: a title can then keep whole words.
        columns = self.columns = max(1, min(COLUMNS, int((inner + SPACING) // (cap * 16 + SPACING))))
        width = (inner - SPACING * (columns - 1)) // columns
        frames = sorted(scene.clusters.values(), key=lambda c: (c.y(), c.x()))
        loose_items = [n for n in scene.notes.values()
                       if n.parentItem() is None and n.on_projector]
        loose_items.sort(key=lambda n: (n.y(), n.x()))
        loose = [_first_line(n.note.text) for n in loose_items]
        themes = []
        for frame in frames:
            shown = [n for n in frame.childItems() if hasattr(n, "note") and n.on_projector]
            shown.sort(key=lambda n: (n.y(), n.x()))
            themes.append(Theme(frame.cluster.title, len(shown),
                                [_first_line(n.note.text) for n in shown]))
        # A board with one theme gives it the whole width: its notes are read in full lines
        # rather than squeezed into a third of the wall beside nothing.
        span = columns if len(themes) == 1 else 1
        box_width = inner if span > 1 else width
        themes = distinct(themes, title, box_width, self.probe)
        for column in range(COLUMNS):  # equal columns, each as wide as was measured for
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
            self.grid.setColumnMinimumWidth(column, max(width, 0) if column < columns else 0)
        room = area.height() - 2 * MARGIN_Y
        fonts, plan = _most_lines(themes, _Fonts(title, body, width, self.probe, columns,
                                                 theme_width=box_width), loose, room)
        self.texts = []
        row = 0
        for index, theme in enumerate(themes[:plan.themes]):
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(BOX_SPACING)
            heading = theme.shown_heading(title, box_width, self.probe)
            column.addWidget(_label(heading, title, box, ink,
                                    wrapped_height(heading, title, box_width, self.probe)))
            for line in theme.notes[:plan.notes_each]:
                shown_line = clipped(line, body, box_width, fonts.note_lines, self.probe,
                                     bullet=True)
                column.addWidget(_label(shown_line, body, box, ink,
                                        wrapped_height(shown_line, body, box_width, self.probe)))
                self.texts.append(line)
            self.texts.append(theme.heading)
            row = index // columns
            self.grid.addWidget(box, row, index % columns, 1, span, Qt.AlignmentFlag.AlignTop)
            box.show()  # now, not on the next turn as a layout would
        row = row + 1 if plan.themes else 0
        more = _more_themes(len(themes) - plan.themes)
        if more:
            row = self._add_line(more, body, ink, row, columns)
        if loose:
            heading = _loose_heading(len(loose))
            row = self._add_line(heading, title, ink, row, columns, bold=True)
            for index, line in enumerate(loose[:plan.loose]):
                shown_line = clipped(line, body, width, fonts.note_lines, self.probe,
                                     bullet=True)
                label = _label(shown_line, body, self, ink,
                               wrapped_height(shown_line, body, width, self.probe))
                self.grid.addWidget(label, row + index // columns, index % columns,
                                    Qt.AlignmentFlag.AlignTop)
                label.show()
                self.texts.append(line)
            row += (plan.loose + columns - 1) // columns
            rest = _more_notes(len(loose) - plan.loose, shown=plan.loose)
            if rest:
                self._add_line(rest, body, ink, row, columns)

    def _add_line(self, text: str, font: QFont, ink: str, row: int, columns: int,
                  bold: bool = False) -> int:
        """One line across every column at `row`; returns the next row."""
        line = _label(text, font, self, ink)
        self.texts.append(text)
        self.grid.addWidget(line, row, 0, 1, columns)
        line.show()
        return row + 1


def _first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


@dataclass(frozen=True)
class _Fonts:
    title: QFont
    body: QFont
    width: int
    probe: QLabel
    columns: int = COLUMNS
    note_lines: int = NOTE_LINES
    theme_width: int = 0  # a theme's box, where it is wider than a column (a lone theme)

    @property
    def box_width(self) -> int:
        return self.theme_width or self.width


def _more_themes(more: int) -> str:
    return count("and {n} more theme", "and {n} more themes", more) if more > 0 else ""


def _loose_heading(loose: int) -> str:
    return count("{n} note not sorted yet", "{n} notes not sorted yet", loose)


def _more_notes(more: int, shown: int) -> str:
    if more <= 0:
        return ""
    if shown == 0:
        return ""  # the heading has counted them
    return count("and {n} more note", "and {n} more notes", more)


def _rows_height(heights: list[int], columns: int) -> list[int]:
    return [max(heights[i:i + columns]) for i in range(0, len(heights), columns)]


def _height(themes: list[Theme], fonts: _Fonts, plan: Plan, loose: list[str]) -> int:
    """How tall the grid is with `plan`: each row as tall as its tallest theme."""
    boxes = []
    for theme in themes[:plan.themes]:
        parts = [wrapped_height(theme.shown_heading(fonts.title, fonts.box_width, fonts.probe),
                                fonts.title, fonts.box_width, fonts.probe)]
        parts += [_note_height(line, fonts, fonts.box_width)
                  for line in theme.notes[:plan.notes_each]]
        boxes.append(sum(parts) + BOX_SPACING * (len(parts) - 1))
    rows = _rows_height(boxes, fonts.columns)
    across = fonts.width * fonts.columns
    more = _more_themes(len(themes) - plan.themes)
    if more:
        rows.append(wrapped_height(more, fonts.body, across, fonts.probe))
    if loose:
        rows.append(wrapped_height(_loose_heading(len(loose)), fonts.title, across, fonts.probe))
        rows += _rows_height([_note_height(line, fonts) for line in loose[:plan.loose]],
                             fonts.columns)
        rest = _more_notes(len(loose) - plan.loose, shown=plan.loose)
        if rest:
            rows.append(wrapped_height(rest, fonts.body, across, fonts.probe))
    return sum(rows) + SPACING * max(0, len(rows) - 1)


def _note_height(line: str, fonts: _Fonts, width: int | None = None) -> int:
    width = fonts.width if width is None else width
    key = (line, fonts.body.key(), width, fonts.note_lines)
    known = _note_heights.get(key)
    if known is None:
        shown = clipped(line, fonts.body, width, fonts.note_lines, fonts.probe, bullet=True)
        known = _note_heights[key] = wrapped_height(shown, fonts.body, width, fonts.probe)
    return known


_note_heights: dict[tuple[str, str, int, int], int] = {}  # cleared with the measured


def _lines_needed(line: str, fonts: _Fonts) -> int:
    """How many lines `line` takes whole, as a bulleted note at the view's width."""
    whole = wrapped_height("•\u00a0" + " ".join(line.split()), fonts.body, fonts.width,
                           fonts.probe)
    one = wrapped_height("X", fonts.body, fonts.width, fonts.probe)
    step = max(1, wrapped_height("X\nX", fonts.body, fonts.width, fonts.probe) - one)
    return 1 + max(0, -(-(whole - one) // step))


def _most_lines(themes: list[Theme], fonts: _Fonts, loose: list[str],
                room: int) -> tuple[_Fonts, Plan]:
    """Notes take as many lines as the wall has room for: the most lines each at which every
    theme, its first notes and every note not sorted yet still fit (a parent's sentence is cut
    only when the page really overflows). When not even NOTE_LINES lets everything fit, notes
    keep NOTE_LINES so that as many of them as possible are read."""
    def planned(note_lines: int) -> tuple[_Fonts, Plan, bool]:
        tried = replace(fonts, note_lines=note_lines)
        plan = _plan(themes, tried, loose, room)
        everything = plan.themes == len(themes) and plan.loose == len(loose) and (
            not themes or plan.notes_each == NOTES_EACH)
        return tried, plan, everything

    best = planned(NOTE_LINES)
    if not best[2]:
        return best[0], best[1]
    lines = [line for theme in themes for line in theme.notes[:NOTES_EACH]] + loose
    longest = max((_lines_needed(line, fonts) for line in lines), default=NOTE_LINES)
    fits, over = NOTE_LINES, longest + 1  # more lines only ever take more room
    while over - fits > 1:
        middle = (fits + over) // 2
        trial = planned(middle)
        if trial[2]:
            fits, best = middle, trial
        else:
            over = middle
    return best[0], best[1]


def _plan(themes: list[Theme], fonts: _Fonts, loose: list[str], room: int) -> Plan:
    """As many themes as fit (up to MAX_THEMES), then as many notes each as still fit: every
    title first, since the room chose those words together. Then as many of the notes not
    sorted yet as the room left holds (at least a row of them while a theme can give way)."""
    first_row = min(len(loose), fonts.columns)
    themes_plan = Plan(min(len(themes), 1), 0)
    found = False
    for reserve in ((first_row, 0) if first_row else (0,)):
        for shown in range(min(len(themes), MAX_THEMES), 0, -1):
            for notes_each in range(NOTES_EACH, -1, -1):
                plan = Plan(shown, notes_each, reserve)
                if _height(themes, fonts, plan, loose) <= room:
                    themes_plan, found = plan, True
                    break
            if found:
                break
        if found:
            break
    every = replace(themes_plan, loose=len(loose))
    if _height(themes, fonts, every, loose) <= room:  # all of them: no "and 1 more" line,
        return every  # so all may fit where all but one (and that line) would not
    fits, over = themes_plan.loose, len(loose)  # short of all, more notes take more room
    while over - fits > 1:
        middle = (fits + over) // 2
        if _height(themes, fonts, replace(themes_plan, loose=middle), loose) <= room:
            fits = middle
        else:
            over = middle
    return replace(themes_plan, loose=fits)
