"""The board on the projector: a second view of the same scene, read from the back of the room.

It follows the console's viewport or shows the whole board. New notes under silent writing and
held-back notes are left out (items check which view they draw for); the room sees only how many
are waiting. Dots per item appear only once the vote has closed, ranked, the winner highlighted.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coprod_desktop.domain.board import winners
from coprod_desktop.gui.board import palette
from coprod_desktop.gui.board.projection import mark_projector
from coprod_desktop.gui.board.scene import BoardScene
from coprod_desktop.gui.board.view import configure_view, fit_rect

FOLLOW, WHOLE = "follow", "whole"
RESULT_ROWS = 8


def _label(text: str = "", *, px: int, bold: bool = False, colour: str = "#FFFFFF") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # attendees' words, shown exactly as written
    label.setFont(palette.font(px, bold=bold))
    label.setStyleSheet(f"color: {colour}; background: transparent;")
    label.setWordWrap(True)
    return label


class ResultsPanel(QFrame):
    """The ranked results of a closed vote, big enough for the back row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardResults")
        self.setStyleSheet("#boardResults { background: #0F1317; border-left: 4px solid #3A424C; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        self.heading = _label("Vote results", px=40, bold=True)
        layout.addWidget(self.heading)
        self.rows: list[QLabel] = []
        for _ in range(RESULT_ROWS):
            row = _label(px=32)
            row.setContentsMargins(16, 10, 16, 10)
            self.rows.append(row)
            layout.addWidget(row)
        layout.addStretch(1)
        self.focus = _label(px=30, bold=True, colour="#F2B705")
        layout.addWidget(self.focus)

    def show_results(self, scene: BoardScene) -> None:
        results = scene.results
        top = {r.target_id for r in winners(results)}
        for row, result in zip(self.rows, results + [None] * RESULT_ROWS, strict=False):
            if result is None:
                row.hide()
                continue
            title = result.label.splitlines()[0] if result.label else ""
            dots = f"{result.dots} dot{'s' if result.dots != 1 else ''}"
            row.setText(f"{result.place_text}   {title}\n{dots}")
            winner = result.target_id in top
            row.setFont(palette.font(36 if winner else 30, bold=winner))
            row.setStyleSheet(
                "background: #F2B705; color: #111111; border-radius: 10px;" if winner else
                "background: transparent; color: #FFFFFF;")
            row.show()
        settings = scene.settings
        self.focus.setText(f"Our focus: {settings.focus}" if settings and settings.focus else "")


class BoardProjectorView(QWidget):
    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.mode = WHOLE
        self._followed = QRectF()
        self.setStyleSheet(f"background: {palette.PROJECTOR_BACKGROUND.name()};")
        self.view = QGraphicsView(scene, self)
        configure_view(self.view)
        self.view.setInteractive(False)
        self.view.setBackgroundBrush(palette.PROJECTOR_BACKGROUND)
        mark_projector(self.view.viewport())
        self.banner = _label(px=40, bold=True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet("color: #FFFFFF; background: #0F1317; padding: 14px;")
        self.results = ResultsPanel()
        self.results.setFixedWidth(600)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.view, 1)
        body.addWidget(self.results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self._refit = QTimer(self)  # coalesces many changes into one refit; holds no state
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit)
        scene.summary_changed.connect(self.refresh)
        scene.board_reset.connect(self._refit.start)
        self.refresh()

    # Modes --------------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self._fit()

    def follow(self, rect: QRectF) -> None:
        """Show what the console shows (called as the facilitator pans and zooms)."""
        self._followed = QRectF(rect)
        if self.mode == FOLLOW:
            self._fit()

    def _fit(self) -> None:
        if self.mode == FOLLOW and not self._followed.isEmpty():
            self.view.fitInView(self._followed, Qt.AspectRatioMode.KeepAspectRatio)
        else:
            fit_rect(self.view, self.scene.content_rect(for_projector=True))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    # What the room is told --------------------------------------------------------------------
    def refresh(self) -> None:
        scene = self.scene
        parts: list[str] = []
        if scene.waiting:
            parts.append(f"{scene.waiting} new note{'s' if scene.waiting != 1 else ''}, "
                         "not shown yet")
        vote_round = scene.vote_round
        if vote_round is not None and vote_round.is_open:
            cap = (f", at most {vote_round.cap_per_item} on one"
                   if vote_round.cap_per_item else "")
            parts.append(f"Voting is open: {vote_round.dots_per_person} dots each{cap}. "
                         "Results when voting closes")
        elif scene.settings is not None and scene.settings.focus and not scene.results:
            parts.append(f"Our focus: {scene.settings.focus}")
        self.banner.setText("   ·   ".join(parts))
        self.banner.setVisible(bool(parts))
        closed = bool(scene.results) and vote_round is not None and not vote_round.is_open
        if closed:
            self.results.show_results(scene)
        self.results.setVisible(closed)
        self._refit.start()
