"""Charts drawn with reportlab shapes: ranked bars and attendance over time.

Labels are drawn as plain strings (never markup), in a font that has their letters. Every chart
has a text version beside it in the screen-reader layout, so no fact is only in a picture.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from coprod_desktop.export import fonts, script_line
from coprod_desktop.export.qr_drawing import filled_rect
from coprod_desktop.export.redact import redact
from coprod_desktop.export.styles import INK, QUIET, RULE


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    colour: str


def _fit(text: str, font: str, size: float, width: float) -> str:
    """One line of plain text that fits `width`: line breaks become spaces, the end an ellipsis."""
    text = " ".join(redact(text).split())
    if script_line.width(text, font, size) <= width:
        return text
    while text and script_line.width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def ranked_bars(bars: Sequence[Bar], width: float, size: float,
                unit: str | Callable[[int], str] = "") -> Drawing:
    """One bar per item, biggest first, each with its label above and its number at the end
    (`unit`: a word after the number, or a function giving the whole counted phrase, so that
    "1 dot", "2 dots" and Polish's three forms come out right).

    Labels are printed as given: put the place ("1st", "=2nd") in them.
    """
    ordered = sorted(bars, key=lambda b: -b.value)
    counted = unit if callable(unit) else (lambda n: f"{n:,} {unit}".strip())
    row = size * 3.2
    drawing = Drawing(width, row * len(ordered) + size * 0.5)
    top = max([b.value for b in ordered] + [1])
    number_room = max(stringWidth(counted(v), fonts.READABLE.bold, size)
                      for v in [top, *(b.value for b in ordered)]) + size
    for index, bar in enumerate(ordered):
        y = drawing.height - (index + 1) * row
        family = fonts.family_for(bar.label)
        label = _fit(bar.label, family.bold, size, width)
        drawing.add(script_line.ScriptString(0, y + size * 1.55, label, family.bold, size, INK))
        length = max(2.0, (width - number_room) * bar.value / top)
        drawing.add(filled_rect(0, y + size * 0.2, length, size * 1.05, colors.HexColor(bar.colour)))
        drawing.add(String(length + size * 0.4, y + size * 0.4, counted(bar.value),
                           fontName=fonts.READABLE.regular, fontSize=size, fillColor=INK))
    return drawing


@dataclass(frozen=True)
class Column:
    label: str
    parts: Sequence[tuple[int, str]]  # (value, colour), stacked from the bottom


def stacked_columns(columns: Sequence[Column], width: float, height: float,
                    size: float) -> Drawing:
    """Columns over time (e.g. people at each session, stacked by group)."""
    drawing = Drawing(width, height)
    if not columns:
        return drawing
    axis = size * 2.2  # room for the labels under the columns
    left = size * 2.6
    top = max([sum(v for v, _ in c.parts) for c in columns] + [1])
    plot_h = height - axis - size
    step = (width - left) / len(columns)
    bar_w = min(step * 0.7, size * 4)
    for tick in _ticks(top):
        y = axis + plot_h * tick / top
        drawing.add(Line(left, y, width, y, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(String(left - size * 0.4, y - size * 0.35, str(tick), fontName=fonts.READABLE.regular,
                           fontSize=size * 0.85, fillColor=QUIET, textAnchor="end"))
    for index, column in enumerate(columns):
        x = left + step * index + (step - bar_w) / 2
        y = axis
        for value, colour in column.parts:
            h = plot_h * value / top
            if h > 0:
                drawing.add(filled_rect(x, y, bar_w, h, colors.HexColor(colour), colors.white, 0.5))
            y += h
        total = sum(v for v, _ in column.parts)
        drawing.add(String(x + bar_w / 2, y + size * 0.3, str(total), fontName=fonts.READABLE.bold,
                           fontSize=size * 0.85, fillColor=INK, textAnchor="middle"))
        family = fonts.family_for(column.label)
        drawing.add(script_line.ScriptString(
            x + bar_w / 2, axis - size * 1.2,
            _fit(column.label, family.regular, size * 0.8, step - 2), family.regular, size * 0.8,
            INK, anchor="middle"))
    drawing.add(Line(left, axis, width, axis, strokeColor=INK, strokeWidth=0.8))
    return drawing


def _ticks(top: int) -> list[int]:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 5:
            return list(range(0, top + 1, step))
    return [0, top]


@dataclass(frozen=True)
class Pair:
    label: str
    first: float  # 0..1, drawn pale
    second: float  # 0..1, drawn in `colour`
    colour: str


def paired_bars(pairs: Sequence[Pair], width: float, size: float, first_name: str,
                second_name: str) -> Drawing:
    """Two bars per item (e.g. share of the room, share of the talk) with percentages."""
    row = size * 5.0
    drawing = Drawing(width, row * len(pairs) + size * 0.4)
    left = max(stringWidth(first_name, fonts.READABLE.regular, size),
               stringWidth(second_name, fonts.READABLE.regular, size)) + size
    room = width - left - stringWidth("100%", fonts.READABLE.regular, size) - size
    for index, pair in enumerate(pairs):
        y = drawing.height - (index + 1) * row
        family = fonts.family_for(pair.label)
        drawing.add(script_line.ScriptString(0, y + size * 3.5,
                                             _fit(pair.label, family.bold, size, width),
                                             family.bold, size, INK))
        for offset, value, colour, name in ((1.9, pair.first, "#C8C8C8", first_name),
                                            (0.5, pair.second, pair.colour, second_name)):
            baseline = y + size * offset + size * 0.2
            drawing.add(String(0, baseline, name, fontName=fonts.READABLE.regular, fontSize=size,
                               fillColor=QUIET))
            length = max(1.5, room * value)
            drawing.add(filled_rect(left, y + size * offset, length, size * 1.1,
                                    colors.HexColor(colour)))
            drawing.add(String(left + length + size * 0.4, baseline, f"{round(value * 100)}%",
                               fontName=fonts.READABLE.regular, fontSize=size, fillColor=INK))
    return drawing
