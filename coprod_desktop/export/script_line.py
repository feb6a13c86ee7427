"""One line of attendee text drawn straight on a canvas (chart labels, the page header).

Like a paragraph (text.py, bidi_lines.py), the line is cut into font runs, each run shaped by
HarfBuzz, and the runs put in display order by the bidi levels; drawn left to right from `x`.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import DirectDraw
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

from coprod_desktop.export import bidi_lines, script_runs


def _pieces(text: str, face: str) -> list[tuple[str, str]]:
    """(font, text) in display order."""
    if text.isascii():
        return [(face, text)]
    text = script_runs.printable(text)
    rtl = script_runs.first_strong_rtl(text)
    found = bidi_lines.levels(text, rtl)
    parts: list[tuple[str, str, int]] = []
    at = 0
    for run_face, piece in script_runs.runs(text):
        start = at
        for index in range(at, at + len(piece) + 1):
            end = index == at + len(piece)
            if end or (index > start and (found[index] != found[start] or text[index] == " ")):
                shown = "".join(ch for ch in text[start:index]
                                if ch not in script_runs.ISOLATE_MARKS)
                if shown:
                    parts.append((run_face or face, shown, found[start]))
                start = index
        at += len(piece)
    order = bidi_lines.display_order([level for _, _, level in parts])
    return [(parts[i][0], parts[i][1]) for i in order]


def _shaped(piece: str, face: str, size: float) -> tuple[str, float]:
    if piece.isascii() or not piece.strip():
        return piece, stringWidth(piece, face, size)
    shaped = shapeStr(piece, face, size)
    if isinstance(shaped, ShapedStr):
        data = shaped.__shapeData__  # type: ignore[attr-defined]  # not in types-reportlab
        return shaped, sum(d.x_advance for d in data) * size / 1000
    return shaped, stringWidth(piece, face, size)


def width(text: str, face: str, size: float) -> float:
    return sum(_shaped(p, f, size)[1] for f, p in _pieces(text, face))


def draw(canvas: Any, x: float, y: float, text: str, face: str, size: float,
         anchor: str = "start") -> None:
    """Draw `text` on one line; `anchor` 'start', 'middle' or 'end' says where `x` is."""
    laid = [(f, *_shaped(p, f, size)) for f, p in _pieces(text, face)]
    total = sum(w for _, _, w in laid)
    x -= {"start": 0.0, "middle": total / 2, "end": total}[anchor]
    for run_face, shown, wide in laid:
        canvas.setFont(run_face, size)
        canvas.drawString(x, y, shown)
        x += wide


class ScriptString(DirectDraw):
    """A chart label: `draw` inside a reportlab Drawing (in place of a String)."""

    def __init__(self, x: float, y: float, text: str, face: str, size: float, colour: Any,
                 anchor: str = "start") -> None:
        super().__init__()
        self.x, self.y, self.text, self.face, self.size = x, y, text, face, size
        self.colour, self.anchor = colour, anchor

    def drawDirectly(self, renderer: Any) -> None:
        canvas = renderer._canvas
        canvas.saveState()
        canvas.setFillColor(self.colour)
        draw(canvas, self.x, self.y, self.text, self.face, self.size, self.anchor)
        canvas.restoreState()

    def getBounds(self) -> tuple[float, float, float, float]:
        """The label's box (for the drawing's bounds), like a String's: baseline to cap height."""
        total = width(self.text, self.face, self.size)
        left = self.x - {"start": 0.0, "middle": total / 2, "end": total}[self.anchor]
        return left, self.y - self.size * 0.2, left + total, self.y + self.size

    def copy(self) -> ScriptString:
        return ScriptString(self.x, self.y, self.text, self.face, self.size, self.colour,
                            self.anchor)
