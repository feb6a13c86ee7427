"""The projector window panels are given in tests and benches: the real one, not a stand-in.

It is cheap to build (a stacked widget and a style sheet), and only the real window applies the
projector's theme and type scale to the views a panel adds, so panel tests see what the room sees.
"""

from __future__ import annotations

from coprod_desktop.gui.projector.window import ProjectorWindow


def projector_window(theme: str = "dark", size: tuple[int, int] | None = None) -> ProjectorWindow:
    """A projector window (not shown unless a test shows it), `size` if given."""
    window = ProjectorWindow(theme)
    if size is not None:
        window.resize(*size)
    return window
