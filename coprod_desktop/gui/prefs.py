"""What the app remembers between runs (QSettings): recent files, window shapes, theme, screen.

Nothing about a programme lives here: that is all in its file. These are this laptop's choices.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

RECENT_MAX = 10
THEMES = ("light", "dark")


class Prefs:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    # Recent programmes, newest first.
    def recent_files(self) -> list[Path]:
        value = self.settings.value("recent/files", [])
        if isinstance(value, str):  # QSettings gives back a one-item list as a plain string
            value = [value] if value else []
        return [Path(v) for v in (value or []) if v]

    def add_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        files = [path, *(p for p in self.recent_files() if p != path)][:RECENT_MAX]
        self.settings.setValue("recent/files", [str(p) for p in files])

    def clear_recent(self) -> None:
        self.settings.setValue("recent/files", [])

    # Window shapes.
    def geometry(self, window: str) -> QByteArray | None:
        value = self.settings.value(f"windows/{window}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, window: str, data: QByteArray) -> None:
        self.settings.setValue(f"windows/{window}", data)

    # Look and the projector.
    @property
    def theme(self) -> str:
        value = str(self.settings.value("view/theme", "dark"))
        return value if value in THEMES else "dark"

    @theme.setter
    def theme(self, value: str) -> None:
        if value not in THEMES:
            raise ValueError(value)
        self.settings.setValue("view/theme", value)

    @property
    def projector_screen(self) -> str:
        return str(self.settings.value("projector/screen", "") or "")

    @projector_screen.setter
    def projector_screen(self, name: str) -> None:
        self.settings.setValue("projector/screen", name)

    def sync(self) -> None:
        self.settings.sync()
