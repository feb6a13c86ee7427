"""What a projector view paints, as the room would read it: every line of text drawn, its
capital height on the screen, and whether it fits the box it was drawn in (a line cut through
its middle, or run out of its box into the next one, is as unreadable as one too small).

QLabels are checked too: a label whose words need more room than the label has is cut.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import QLabel, QWidget

from coprod_desktop.gui.kit.legibility import cap_height


@dataclass(frozen=True)
class Painted:
    text: str
    cap: float  # capital height on the screen, in pixels
    box: QRectF | None  # the box it was drawn in (None: drawn at a point)
    needed: QRectF | None  # the lines its words take, drawn with the same flags
    ink: QRectF | None = None  # for one line: where its glyphs are (no room above or below)

    @property
    def seen(self) -> QRectF | None:
        """Where the words are on the screen: their glyphs for one line, else their lines."""
        return self.ink if self.ink is not None else self.needed

    @property
    def cut(self) -> bool:
        """The words need more room than their box: some of them are not seen (or, since
        QPainter does not clip, they spill into whatever is beside the box)."""
        seen = self.seen
        if self.box is None or seen is None or self.box.isEmpty():
            return False
        return not self.box.adjusted(-3, -2, 3, 2).contains(seen)  # side bearings: no cut


def _flags(value: object) -> int | None:
    """Alignment and text flags as the int painter.boundingRect takes (enums or ints)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    inner = getattr(value, "value", None)
    return inner if isinstance(inner, int) else None


@contextmanager
def painted() -> Iterator[list[Painted]]:
    """Every drawText call while the block runs (grab a widget inside it)."""
    found: list[Painted] = []
    original = QPainter.drawText

    def draw_text(painter: QPainter, *args: object) -> object:
        words = [a for a in args if isinstance(a, str) and a.strip()]
        if words:
            scale = painter.worldTransform().m22()
            box = next((QRectF(a) for a in args if isinstance(a, (QRect, QRectF))), None)
            flags = next((_flags(a) for a in args
                          if not isinstance(a, (str, QRect, QRectF)) and _flags(a) is not None),
                         0)
            needed = painter.boundingRect(box, flags, words[0]) if box is not None else None
            ink = None
            if needed is not None and "\n" not in words[0] and \
                    needed.height() < 1.5 * QFontMetricsF(painter.font()).height():
                metrics = QFontMetricsF(painter.font())
                tight = metrics.tightBoundingRect(words[0])
                ink = QRectF(needed.left() + tight.left(), needed.top() + metrics.ascent()
                             + tight.top(), tight.width(), tight.height())
            found.append(Painted(words[0], cap_height(painter.font()) * scale, box, needed, ink))
        return original(painter, *args)  # type: ignore[arg-type]

    QPainter.drawText = draw_text  # type: ignore[method-assign]
    try:
        yield found
    finally:
        QPainter.drawText = original  # type: ignore[method-assign]


def paint_of(widget: QWidget) -> list[Painted]:
    with painted() as found:
        widget.grab()
    return found


def cut_labels(root: QWidget) -> list[str]:
    """Visible labels whose text needs more room than the label has."""
    cut = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root.window()) or not label.text().strip() or (
                label.pixmap() is not None and not label.pixmap().isNull()):
            continue
        room = label.contentsRect()
        metrics = QFontMetricsF(label.font())
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                cut.append(f"{label.text()[:40]!r}: needs {needed}px, has {label.height()}")
            for word in label.text().split():
                if metrics.horizontalAdvance(word) > room.width() + 1:
                    cut.append(f"{word[:40]!r}: wider than its label")
        elif max((metrics.horizontalAdvance(line) for line in label.text().splitlines()),
                 default=0) > room.width() + 1:
            cut.append(f"{label.text()[:40]!r}: wider than its label")
    return cut
