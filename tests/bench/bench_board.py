"""Board benchmark: 2,000 notes of realistic length in 20 clusters, beside a bare QGraphicsView.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_board.py [--notes 2000]

Notes are as long as the demo's notes are: each is a demo note's words in a new order, so the
lengths (and the longest words) follow the demo's distribution while no two boards of text are
the same. Measured on the board panel, and on a bare QGraphicsView holding the same number of
plain rect items with the same text in a QGraphicsSimpleTextItem (the baseline, same run):
building the scene; the first paint after each zoom step (the view's own paint event, on the GUI
thread, right after the zoom: nothing cached at the new scale yet), with the steps back to back
and again 50 ms apart as a wheel's clicks come (the event loop runs between: what the app
prepares in idle time is ready); a drag of 50 selected notes
(mouse events on the viewport; the board writes one Move command on release); and a heartbeat
QTimer on the GUI thread while zooming in and out, with how late it fired (the stall a person
feels). Targets (issue 18): build <= 100 ms, first paint after zoom <= 16 ms, drag <= 8 ms.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from coprod_desktop.clock import FakeClock  # noqa: E402
from coprod_desktop.demo import board as demo_board  # noqa: E402
from coprod_desktop.demo import content  # noqa: E402
from coprod_desktop.domain.board import NOTE_H, NOTE_W  # noqa: E402
from coprod_desktop.gui.board.panel import BoardPanel  # noqa: E402
from coprod_desktop.gui.board.view import STEP  # noqa: E402
from coprod_desktop.gui.env import GuiEnv  # noqa: E402
from coprod_desktop.gui.ticker import Ticker  # noqa: E402
from coprod_desktop.gui.undo import UndoAdapter  # noqa: E402
from coprod_desktop.services import Services  # noqa: E402
from coprod_desktop.store.programme_file import ProgrammeFile  # noqa: E402
from tests.gui.projector_host import projector_window  # noqa: E402

CLUSTERS, DRAGGED, ZOOM_STEPS = 20, 50, 6
WHEEL_APART_S = 0.05  # between two clicks of a mouse wheel when zooming by hand


def demo_texts() -> list[str]:
    """Every note text the demo programme writes, as often as it writes it (roughly)."""
    texts = [t for phrases in content.CONCERNS.values() for t in phrases for _ in range(5)]
    texts += content.MEETING_NOTES * 3 + list(demo_board.LATE_NOTES) + [demo_board.HELD_BACK]
    return texts


def realistic_texts(count: int, rng: random.Random) -> list[str]:
    out = []
    for _ in range(count):
        words = rng.choice(demo_texts()).split()
        rng.shuffle(words)
        out.append(" ".join(words))
    return out


def positions(count: int) -> list[tuple[int, float, float]]:
    """(cluster, x, y) for each note: ten to a row inside its cluster."""
    per = count // CLUSTERS
    return [(i // per, 20 + (i % per % 10) * (NOTE_W + 20), 64 + (i % per // 10) * (NOTE_H + 20))
            for i in range(count)]


def cluster_origin(c: int) -> tuple[float, float]:
    return (c % 5) * 2700.0, (c // 5) * 1900.0


def fill(services: Services, texts: list[str]) -> int:
    session = int(services.sessions.create_session("Bench", "2026-03-03").new_id or 0)
    db = services.file.db
    made: dict[int, int] = {}
    with db.atomic():  # setup only: the timed parts below all go through the services
        for c in range(CLUSTERS):
            cx, cy = cluster_origin(c)
            made[c] = int(db.execute(
                "INSERT INTO cluster (session_id, title, colour, x, y, w, h, collapsed, created_at) "
                "VALUES (?, ?, 'white', ?, ?, ?, ?, 0, '2026-03-03T09:00:00.000+00:00')",
                [session, f"Cluster {c + 1}", cx, cy, 10 * (NOTE_W + 20) + 20, 1800]).lastrowid
                or 0)
        for i, (c, x, y) in enumerate(positions(len(texts))):
            cx, cy = cluster_origin(c)
            db.execute(
                "INSERT INTO note (session_id, text, colour, x, y, hidden, on_behalf, "
                "created_at, updated_at, cluster_id) VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?, ?)",
                [session, texts[i], ("yellow", "pink", "blue", "green")[i % 4], cx + x, cy + y,
                 "2026-03-03T09:00:00.000+00:00", "2026-03-03T09:00:00.000+00:00", made[c]])
    return session


def ms(samples: list[float]) -> str:
    return (f"median {statistics.median(samples) * 1000:6.1f} ms, "
            f"max {max(samples) * 1000:6.1f} ms")


def mouse(view: QWidget, kind: QEvent.Type, at: QPoint, buttons: Qt.MouseButton) -> None:
    point = QPointF(at)
    event = QMouseEvent(kind, point, view.mapToGlobal(point), Qt.MouseButton.LeftButton,
                        buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, event)


class Heartbeat:
    """A 10 ms QTimer on the GUI thread; lateness is measured between the app's events."""

    def __init__(self) -> None:
        self.late: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.late.append(max(0.0, now - self._last - 0.010))
        self._last = now

    def run(self, app: QApplication, work: list[Callable[[], None]]) -> list[float]:
        """Run each piece of work from the event loop, 30 ms apart, while the timer beats."""
        self.late.clear()
        self._last = time.perf_counter()
        self.timer.start(10)
        pending = list(work)

        def next_piece() -> None:
            if pending:
                pending.pop(0)()
                QTimer.singleShot(30, next_piece)
        QTimer.singleShot(30, next_piece)
        deadline = time.perf_counter() + 30
        while (pending or time.perf_counter() - self._last < 0.05) \
                and time.perf_counter() < deadline:
            app.processEvents()
        self.timer.stop()
        return self.late


def zoom_paints(view: QGraphicsView, zoom: Callable[[float], None],
                apart_s: float = 0.0) -> list[float]:
    """In by ZOOM_STEPS steps, then out again: the paint right after each step. With `apart_s`,
    the event loop runs that long between one step's paint and the next step, as it does
    between a person's wheel clicks (the app may prepare in idle time)."""
    paints = []
    for factor in [STEP] * ZOOM_STEPS + [1 / STEP] * ZOOM_STEPS:
        until = time.perf_counter() + apart_s
        while time.perf_counter() < until:
            QApplication.processEvents()
        zoom(factor)
        start = time.perf_counter()
        view.viewport().repaint()
        paints.append(time.perf_counter() - start)
    return paints


def drag(view: QGraphicsView, scene: QGraphicsScene, members: list[QGraphicsItem],
         rounds: int, after_release: Callable[[], None] | None = None
         ) -> tuple[list[float], list[float]]:
    releases, moves = [], []
    viewport = view.viewport()
    for round_ in range(rounds):
        scene.clearSelection()
        for item in members:
            item.setSelected(True)
        grab = view.mapFromScene(members[0].sceneBoundingRect().center())
        mouse(viewport, QEvent.Type.MouseButtonPress, grab, Qt.MouseButton.LeftButton)
        step = QPoint(12, 6) if round_ % 2 == 0 else QPoint(-12, -6)
        for k in range(1, 4):
            start = time.perf_counter()
            mouse(viewport, QEvent.Type.MouseMove, grab + step * k, Qt.MouseButton.LeftButton)
            viewport.repaint()
            moves.append(time.perf_counter() - start)
        start = time.perf_counter()
        mouse(viewport, QEvent.Type.MouseButtonRelease, grab + step * 3, Qt.MouseButton.NoButton)
        releases.append(time.perf_counter() - start)
        if after_release:
            after_release()
    return releases, moves


def bare_board(app: QApplication, texts: list[str]) -> dict[str, object]:
    """The baseline: a QGraphicsView of plain rect items, each holding its text item."""
    view = QGraphicsView()
    view.resize(1920, 1080)
    view.show()
    app.processEvents()
    builds = []
    for _ in range(5):
        start = time.perf_counter()
        scene = QGraphicsScene()
        notes = []
        for i, (c, x, y) in enumerate(positions(len(texts))):
            cx, cy = cluster_origin(c)
            frame = QGraphicsRectItem(0, 0, NOTE_W, NOTE_H)
            frame.setBrush(QColor("#FFE873"))
            frame.setPos(cx + x, cy + y)
            frame.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                           | QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
            label = QGraphicsSimpleTextItem(texts[i], frame)
            label.setPos(10, 10)
            scene.addItem(frame)
            notes.append(frame)
        view.setScene(scene)
        builds.append(time.perf_counter() - start)
    app.processEvents()
    first = notes[:DRAGGED]
    view.fitInView(QRectF(0, 0, 2 * 2700, 1900), Qt.AspectRatioMode.KeepAspectRatio)
    view.viewport().repaint()
    paints = zoom_paints(view, lambda f: view.scale(f, f))
    view.fitInView(QRectF(0, 0, 2 * 2700, 1900), Qt.AspectRatioMode.KeepAspectRatio)
    view.viewport().repaint()
    apart = zoom_paints(view, lambda f: view.scale(f, f), WHEEL_APART_S)
    view.fitInView(QRectF(0, 0, 2700, 1900), Qt.AspectRatioMode.KeepAspectRatio)
    view.viewport().repaint()
    releases, moves = drag(view, scene, first, 12)
    beat = Heartbeat().run(app, [lambda f=f: view.scale(f, f)
                                 for f in [STEP] * ZOOM_STEPS + [1 / STEP] * ZOOM_STEPS])
    view.close()
    return {"build": builds, "paint": paints, "apart": apart, "release": releases, "move": moves,
            "late": beat}


def app_board(app: QApplication, texts: list[str]) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        file = ProgrammeFile.create(Path(tmp) / "bench.coprod")
        services = Services(file, FakeClock())
        services.programme.create_programme("Bench")
        session = fill(services, texts)
        undo = UndoAdapter(services)
        env = GuiEnv(services, undo, projector_window(), Ticker(), services.clock)
        panel = BoardPanel(env)
        panel.resize(1920, 1080)
        panel.show()
        app.processEvents()
        scene, view = panel.scene, panel.view
        builds = []
        for _ in range(5):
            start = time.perf_counter()
            panel.set_session(session)
            builds.append(time.perf_counter() - start)
        app.processEvents()
        pair = scene.clusters[min(scene.clusters)]
        across = pair.mapRectToScene(pair.frame_rect())
        across.setWidth(across.width() * 2 + 200)
        view.show_rect(across)  # two clusters across: every note drawn by itself
        view.viewport().repaint()
        paints = zoom_paints(view, view.zoom_by)
        view.show_rect(across)
        view.viewport().repaint()
        apart = zoom_paints(view, view.zoom_by, WHEEL_APART_S)
        first = scene.clusters[min(scene.clusters)]
        members = sorted((n for n in scene.notes.values() if n.parentItem() is first),
                         key=lambda n: n.note_id)[:DRAGGED]
        view.show_rect(first.mapRectToScene(first.frame_rect()))
        view.viewport().repaint()

        def undo_redo() -> None:
            assert undo.stack.undoText().startswith("Move 50 notes"), undo.stack.undoText()
            undo.stack.undo()
            undo.stack.redo()
        releases, moves = drag(view, scene, members, 12, undo_redo)
        view.show_rect(across)
        beat = Heartbeat().run(app, [lambda f=f: view.zoom_by(f)
                                     for f in [STEP] * ZOOM_STEPS + [1 / STEP] * ZOOM_STEPS])
        panel.close()
        file.close()
    return {"build": builds, "paint": paints, "apart": apart, "release": releases, "move": moves,
            "late": beat}


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--notes", type=int, default=2000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    texts = realistic_texts(args.notes, random.Random(18))
    lengths = sorted(len(t) for t in texts)
    print("before:", uptime())
    print(f"{len(texts)} notes in {CLUSTERS} clusters; text length min {lengths[0]}, median "
          f"{lengths[len(lengths) // 2]}, 90th {lengths[int(len(lengths) * 0.9)]}, "
          f"max {lengths[-1]} characters (the demo's notes, words reordered)")
    results = {"bare": bare_board(app, texts), "app": app_board(app, texts)}
    rows = [("scene build", "build", "<= 100 ms"), ("first paint after a zoom step", "paint",
                                                     "<= 16 ms"),
            (f"  the same, steps {WHEEL_APART_S * 1000:.0f} ms apart", "apart", "<= 16 ms"),
            ("drag 50, release", "release", "<= 8 ms"), ("drag 50, each move", "move", ""),
            ("GUI thread lateness while zooming", "late", "")]
    for label, key, target in rows:
        print(f"{label:34}  app  {ms(results['app'][key])}   {target}")  # type: ignore[arg-type]
        print(f"{'':34}  bare {ms(results['bare'][key])}")  # type: ignore[arg-type]
    print(f"peak memory (RSS) {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print("after:", uptime())


if __name__ == "__main__":
    main()
