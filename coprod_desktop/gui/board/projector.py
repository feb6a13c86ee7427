"""The board on the projector: a second view of the same scene, read from the back of the room.

It follows the console's viewport or shows the whole board. New notes under silent writing and
held-back notes are left out (items check which view they draw for); the room sees only how many
are waiting. Dots per item appear only once the vote has closed, ranked, the winner highlighted.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QGraphicsView,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.gui.board.projection import mark_projector, painting_projector
from coprod_desktop.gui.board.readability import readable, room_note_px
from coprod_desktop.gui.board.results_panel import BANNER, LOOKS, ResultsPanel, room_label
from coprod_desktop.gui.board.scene import BoardScene
from coprod_desktop.gui.board.themes_view import ThemesView
from coprod_desktop.gui.board.view import configure_view, fit_rect
from coprod_desktop.gui.kit.scale import ScaledView
from coprod_desktop.gui.theme import follow_projector_theme
from coprod_desktop.i18n import _, count, number

FOLLOW, WHOLE = "follow", "whole"
# Type as a share of the projector's height (gui/kit/scale.py); the banner's and the results'
# sizes are in results_panel.py.
RESULTS_WIDTH = 0.6  # of the height: 648 px beside a 1080p board


class _RoomView(QGraphicsView):
    """The projector's view of the scene: it refits whenever its size changes."""

    def __init__(self, scene: BoardScene, parent: BoardProjectorView) -> None:
        super().__init__(scene, parent)
        self._owner = parent

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._owner.refit_soon()

    def paintEvent(self, event: QPaintEvent) -> None:
        with painting_projector():
            super().paintEvent(event)


class BoardProjectorView(ScaledView):
    results_shown = Signal(object)  # the closed vote whose results are up, or None

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.mode = WHOLE
        self.show_results = True  # the facilitator can put the results away
        self._results_of: int | None = None
        self.results_round: int | None = None  # whose results are up now
        self._followed = QRectF()
        self.setObjectName("boardProjector")
        self._fit_pending = False
        self.view = _RoomView(scene, self)
        configure_view(self.view)
        self.view.setInteractive(False)
        mark_projector(self.view.viewport())
        self.banner = room_label(fraction=BANNER, bold=True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.results = ResultsPanel()
        self.results.setFixedWidth(640)
        self.theme = ""
        self.set_theme("dark")
        follow_projector_theme(self, self.set_theme)  # as the projector window is
        # The board itself, or its themes when notes would be too small to read (themes_view.py).
        self.themes = ThemesView()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.themes)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.pages, 1)
        body.addWidget(self.results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        scene.summary_changed.connect(self.refresh)
        scene.board_reset.connect(self.refit_soon)
        self.refresh()

    # Modes --------------------------------------------------------------------------------
    def set_theme(self, theme: str) -> None:
        """Dark or light, as the projector window is (its `theme`)."""
        if theme == self.theme or theme not in LOOKS:
            return
        self.theme = theme
        look = LOOKS[theme]
        self.setStyleSheet(f"#boardProjector {{ background: {look.board}; }}")
        self.view.setBackgroundBrush(QColor(look.board))
        self.banner.setStyleSheet(f"color: {look.text}; background: {look.panel}; padding: 14px;")
        self.results.set_look(look)
        self.refit_soon()  # the themes view's ink follows

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # type follows the height
        self.results.setFixedWidth(max(360, round(self.height() * RESULTS_WIDTH)))
        self.results.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.rescale()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self._fit()

    def follow(self, rect: QRectF) -> None:
        """Show what the console shows (called as the facilitator pans and zooms)."""
        self._followed = QRectF(rect)
        if self.mode == FOLLOW:
            self._fit()

    def refit_soon(self) -> None:
        """Refit once, after the current burst of changes (many changes, one refit)."""
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        self._fit_pending = False
        # Lay out first: the results panel may have just appeared, narrowing the board, and a fit
        # to the old width would cut off the right of the board until the next refit.
        self.layout().activate()
        if self.mode == FOLLOW and not self._followed.isEmpty():
            self.view.fitInView(self._followed, Qt.AspectRatioMode.KeepAspectRatio)
        else:
            fit_rect(self.view, self.scene.content_rect(for_projector=True))
        if isinstance(self.view.scene(), BoardScene):
            self.scene.views_zoomed()
        self._choose_page()

    def showing_themes(self) -> bool:
        return self.pages.currentWidget() is self.themes

    def _choose_page(self) -> None:
        """The board when its notes can be read from the back of the room, else its themes."""
        height = self.window().height() if self.window() is not None else self.height()
        scale = self.view.transform().m11()
        if readable(self.scene, scale, max(height, 1)):
            pixels = room_note_px(scale, max(height, 1))
            if pixels != self.scene.projector_note_px:  # long notes are shortened to match
                self.scene.projector_note_px = pixels
                for item in self.scene.notes.values():
                    item.update()
            self.pages.setCurrentWidget(self.view)
            return
        look = LOOKS[self.theme]
        self.themes.show_themes(self.scene, max(height, 1), look.text, look.board,
                                self.pages.size())
        self.pages.setCurrentWidget(self.themes)

    def set_show_results(self, on: bool) -> None:
        self.show_results = on
        self.refresh()

    # What the room is told --------------------------------------------------------------------
    def refresh(self) -> None:
        scene = self.scene
        parts: list[str] = []
        if scene.waiting:
            parts.append(count("{n} new note, not shown yet", "{n} new notes, not shown yet",
                               scene.waiting))
        vote_round = scene.vote_round
        if vote_round is not None and vote_round.is_open:
            cap = (_(", at most {cap} on one").format(cap=number(vote_round.cap_per_item))
                   if vote_round.cap_per_item else "")
            parts.append(count("Voting is open: {n} dot each{cap}. Results when voting closes",
                               "Voting is open: {n} dots each{cap}. Results when voting closes",
                               vote_round.dots_per_person, cap=cap))
        elif scene.settings is not None and scene.settings.focus and not scene.results:
            parts.append(_("Our focus: {focus}").format(focus=scene.settings.focus))
        self.banner.setText("   ·   ".join(parts))
        self.banner.setVisible(bool(parts))
        closed = bool(scene.results) and vote_round is not None and not vote_round.is_open
        if closed and vote_round is not None and vote_round.id != self._results_of:
            self._results_of = vote_round.id
            self.show_results = True  # a vote has just closed (or a board with one was opened)
        closed = closed and self.show_results
        if closed:
            self.results.show_results(scene)
            self.rescale()
            self.results.fit()  # again, in the type the rescale gave its rows
        self.results.setVisible(closed)
        shown = vote_round.id if closed and vote_round is not None else None
        if shown != self.results_round:
            self.results_round = shown
            self.results_shown.emit(shown)
        self.refit_soon()
