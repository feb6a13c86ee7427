"""The ranked results of a closed vote beside the board on the projector, and the looks and
type sizes the board's projector view shares with it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from coprod_desktop.domain.board import winners
from coprod_desktop.gui.board import palette
from coprod_desktop.gui.board.label_fit import clipped, wrapped_height
from coprod_desktop.gui.board.scene import BoardScene
from coprod_desktop.gui.kit.repolish import restyle_tree
from coprod_desktop.gui.kit.scale import set_scale
from coprod_desktop.i18n import _, count

RESULT_ROWS = 8

# Type as a share of the projector's height (gui/kit/scale.py): the same share of the wall
# on any projector. 0.037 is 40 px on a 1080p screen.
# Rows and the focus line at 3.1% of the height: capitals of at least 24 px at 1080p, the
# projector minimum (gui/kit/legibility.py).
BANNER, HEADING, ROW, WINNER_ROW, FOCUS = 0.037, 0.037, 0.031, 0.032, 0.031


@dataclass(frozen=True)
class Look:
    board: str
    panel: str
    edge: str
    text: str
    accent: str


LOOKS = {  # the board stays dark under the dark projector theme, light under the light one
    "dark": Look(board=palette.PROJECTOR_BACKGROUND.name(), panel="#0F1317", edge="#3A424C",
                 text="#FFFFFF", accent=palette.WINNER.name()),
    "light": Look(board="#E9ECEF", panel="#FFFFFF", edge="#9AA3AD", text="#000000",
                  accent="#7A4A00"),
}


def room_label(text: str = "", *, fraction: float, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # attendees' words, shown exactly as written
    font = palette.font(max(12, round(fraction * 1080)), bold=bold)
    label.setFont(QFont(font))
    label.setWordWrap(True)
    set_scale(label, fraction)
    return label


class ResultsPanel(QFrame):
    """The ranked results of a closed vote, big enough for the back row.

    Only as many rows as fit the panel are shown, each whole (a title longer than two lines is
    cut after a word), then "and N more": a row is never squeezed and cut through its words.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardResults")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        self.heading = room_label(_("Vote results"), fraction=HEADING, bold=True)
        layout.addWidget(self.heading)
        self.rows: list[QLabel] = []
        for _row in range(RESULT_ROWS):
            row = room_label(fraction=ROW)
            row.setContentsMargins(16, 10, 16, 10)
            self.rows.append(row)
            layout.addWidget(row)
        self.more = room_label(fraction=ROW)
        self.more.setContentsMargins(16, 0, 16, 0)
        layout.addWidget(self.more)
        layout.addStretch(1)
        self.focus = room_label(fraction=FOCUS, bold=True)
        layout.addWidget(self.focus)
        self.probe = room_label(fraction=ROW)  # measures a row's title before it is shown
        self.probe.setParent(self)
        self.probe.hide()
        self.look = LOOKS["dark"]
        self._lines: list[tuple[str, str, str, bool]] = []  # (place, title, dots, winner)
        self._fitted: tuple[object, ...] | None = None

    def set_look(self, look: Look) -> None:
        self.look = look
        self.setStyleSheet(f"#boardResults {{ background: {look.panel}; "
                           f"border-left: 4px solid {look.edge}; }}"
                           f"#boardResults QLabel {{ color: {look.text}; background: transparent; }}")
        self.focus.setStyleSheet(f"color: {look.accent};")
        restyle_tree(self)  # hidden until a vote closes, its labels kept the old theme's ink

    def show_results(self, scene: BoardScene) -> None:
        results = scene.results
        top = {r.target_id for r in winners(results)}
        self._lines = []
        for result in results:
            title = result.label.splitlines()[0] if result.label else ""
            dots = count("{n} dot", "{n} dots", result.dots)
            self._lines.append((result.place_text, title, dots, result.target_id in top))
        for row, line in zip(self.rows, self._lines + [None] * RESULT_ROWS, strict=False):
            winner = line is not None and line[3]
            font = row.font()
            font.setBold(winner)
            row.setFont(font)
            set_scale(row, WINNER_ROW if winner else ROW)
            row.setStyleSheet(
                f"background: {palette.WINNER.name()}; color: #111111; border-radius: 10px;"
                if winner else "")
        settings = scene.settings
        self.focus.setText(_("Our focus: {focus}").format(
            focus=settings.focus) if settings and settings.focus else "")
        self.focus.setVisible(bool(self.focus.text()))  # an empty line would take room too
        self._fitted = None
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Show the rows that fit whole in the panel's height, then how many more there are."""
        spacing = self.layout().spacing()
        inside = self.layout().contentsRect()  # within the panel's border and margins
        width, height = inside.width(), inside.height()
        key = (tuple(self._lines), width, height, self.rows[0].font().pixelSize(),
               self.focus.text())
        if width <= 0 or key == self._fitted:
            return
        self._fitted = key
        room = height
        room -= self.heading.heightForWidth(width) + spacing
        if self.focus.text():
            room -= self.focus.heightForWidth(width) + spacing
        shown = 0
        for row, (place, title, dots, _winner) in zip(self.rows, self._lines, strict=False):
            inner = width - row.contentsMargins().left() - row.contentsMargins().right()
            self.probe.setFont(row.font())
            ahead = f"{place}   "
            if wrapped_height(ahead + title, row.font(), inner, self.probe) > wrapped_height(
                    "X\nX", row.font(), inner, self.probe):  # cut after a word, in two lines
                lead = self.probe.fontMetrics().horizontalAdvance(ahead)
                title = clipped(title, row.font(), max(1, inner - lead), 2, self.probe)
            text = f"{ahead}{title}\n{dots}"
            row.setText(text)
            need = row.heightForWidth(width) + spacing
            left = len(self._lines) - shown - 1
            more = self._more_height(left, width) if left else 0
            if need + more > room and shown:
                break
            room -= need
            shown += 1
        for n, row in enumerate(self.rows):
            row.setVisible(n < shown)
        left = len(self._lines) - shown
        self.more.setText(count("and {n} more", "and {n} more", left) if left else "")
        self.more.setVisible(bool(left))

    def _more_height(self, left: int, width: int) -> int:
        self.more.setText(count("and {n} more", "and {n} more", left))
        return self.more.heightForWidth(width) + self.layout().spacing()
