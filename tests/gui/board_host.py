"""The board panel on its own, beside the real projector window, over a real file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt

from coprod_desktop.clock import FakeClock
from coprod_desktop.gui.board.panel import BoardPanel
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.ticker import Ticker
from coprod_desktop.gui.undo import UndoAdapter
from coprod_desktop.services import Services
from coprod_desktop.store.programme_file import ProgrammeFile
from tests.gui.gui_helpers import next_turn
from tests.gui.projector_host import projector_window


def open_env(path: Path, clock: FakeClock) -> tuple[Services, GuiEnv]:
    file = ProgrammeFile.open(path) if path.exists() else ProgrammeFile.create(path)
    services = Services(file, clock)
    undo = UndoAdapter(services)
    undo.restore()
    return services, GuiEnv(services, undo, projector_window(), Ticker(), clock)


def make_panel(qtbot, env: GuiEnv, session_id: int, size: tuple[int, int] = (1400, 900)) -> BoardPanel:
    panel = BoardPanel(env)
    qtbot.addWidget(panel)
    qtbot.addWidget(env.projector)  # type: ignore[arg-type]
    panel.resize(*size)
    panel.show()
    panel.set_session(session_id)
    qtbot.waitExposed(panel)
    next_turn(qtbot)  # the first fit happens on the next turn of the event loop
    return panel


def on_screen(panel: BoardPanel, point: QPointF) -> QPoint:
    """Where a board point is on the view's viewport, for mouse events."""
    return panel.view.mapFromScene(point)


def note_centre(panel: BoardPanel, note_id: int) -> QPoint:
    item = panel.scene.notes[note_id]
    return on_screen(panel, panel.scene.note_scene_rect(item).center())


LEFT = Qt.MouseButton.LeftButton
