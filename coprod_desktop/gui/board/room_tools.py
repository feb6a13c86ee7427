"""Board tools for a room of 50: paste lines as notes, import notes from a file, Arrange, and
making room after a command that grows a frame (cluster, tidy, merge), so items never overlap."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from coprod_desktop.gui.board.arrange import Box, Key, arrange, make_room
from coprod_desktop.gui.board.commands import BoardCommands
from coprod_desktop.gui.board.intake import (
    grid_positions,
    lines_to_notes,
    read_notes_file,
    too_long,
)
from coprod_desktop.gui.board.scene import BoardScene
from coprod_desktop.i18n import _, count
from coprod_desktop.services import ChangeSet


def board_boxes(scene: BoardScene) -> list[Box]:
    """Every cluster frame and every loose note, as rectangles in board coordinates."""
    boxes = [Box(("cluster", cid), r.x(), r.y(), r.width(), r.height())
             for cid, item in scene.clusters.items()
             for r in [item.mapRectToScene(item.frame_rect())]]
    for nid, item in scene.notes.items():
        if item.note.cluster_id is None or item.note.cluster_id not in scene.clusters:
            r = scene.note_scene_rect(item)
            boxes.append(Box(("note", nid), r.x(), r.y(), r.width(), r.height()))
    return boxes


class RoomTools:
    def __init__(self, commands: BoardCommands, scene: BoardScene, parent: QWidget,
                 tell: Callable[[str], None]) -> None:
        self.commands = commands
        self.scene = scene
        self.parent = parent
        self.tell = tell

    # Many notes at once
    def paste_lines(self, text: str | None = None) -> int:
        """Each non-empty line on the clipboard (or in `text`) becomes a note. How many made."""
        if text is None:
            text = QApplication.clipboard().text()
        return self.add_notes(lines_to_notes(text))

    def import_file(self, path: Path | None = None) -> int:
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                self.parent, _("Import notes"), str(Path.home()),
                _("Text or CSV (*.txt *.csv);;All files (*)"))
            if not name:
                return 0
            path = Path(name)
        try:
            notes = read_notes_file(path)
        except OSError as exc:
            self.tell(_("Could not read {name}: {reason}").format(name=path.name,
                                                                 reason=exc.strerror or exc))
            return 0
        return self.add_notes(notes)

    def add_notes(self, notes: list[str]) -> int:
        session = self.scene.session_id
        if session is None or not notes:
            self.tell(_("Nothing to add: no lines of text.") if session is not None else
                      _("Choose a session first."))
            return 0
        if too_long(notes):
            self.tell(count("{n} of the lines is too long for a note; nothing was added.",
                            "{n} of the lines are too long for a note; nothing was added.",
                            len(too_long(notes))))
            return 0
        area = self.scene.itemsBoundingRect()
        left, top = (area.left(), area.bottom() + 60) if self.scene.items() else (0.0, 0.0)
        services, activity = self.commands.services, self.scene.activity_id
        made = 0
        for text, (x, y) in zip(notes, grid_positions(len(notes), left, top), strict=True):
            if self.commands.run(lambda t=text, x=x, y=y: services.notes.add_note(
                    session, t, colour=self.commands.colour, x=x, y=y, activity_id=activity,
                    on_behalf=True)) is None:
                break
            made += 1
        self.tell(count("Added {n} note.", "Added {n} notes.", made))
        return made

    # No overlaps
    def arrange(self) -> ChangeSet | None:
        return self._move(arrange(board_boxes(self.scene)), _("Arrange"))

    def make_room(self, around: list[Key]) -> ChangeSet | None:
        return self._move(make_room(board_boxes(self.scene), around), _("Make room"))

    def _move(self, places: dict[Key, tuple[float, float]], _why: str) -> ChangeSet | None:
        boxes = {b.key: b for b in board_boxes(self.scene)}
        moved = {k: p for k, p in places.items() if (boxes[k].x, boxes[k].y) != p}
        if not moved:
            return None
        clusters, notes = {}, {}
        for (kind, ident), (x, y) in moved.items():
            if kind == "cluster":
                item = self.scene.clusters[ident]
                # The frame's corner is the cluster's position.
                offset = item.mapRectToScene(item.frame_rect()).topLeft() - item.scenePos()
                clusters[ident] = (x - offset.x(), y - offset.y())
            else:
                item = self.scene.notes[ident]
                offset = self.scene.note_scene_rect(item).topLeft() - item.scenePos()
                notes[ident] = (x - offset.x(), y - offset.y())
        services = self.commands.services
        return self.commands.run(lambda: services.board.clusters.move(notes=notes,
                                                                      clusters=clusters))
