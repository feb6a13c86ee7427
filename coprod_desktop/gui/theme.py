"""Light and dark looks: a palette for the console, style sheets from `ui/` for both windows."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from coprod_desktop.paths import ui_file

Role = QPalette.ColorRole

# (window, base, alternate base, text, button, highlight, highlighted text, disabled text, link)
_COLOURS = {
    "light": ("#f3f3f1", "#ffffff", "#f7f7f5", "#1a1a1a", "#e9e9e6", "#1f5fbf", "#ffffff",
              "#8a8a8a", "#1f5fbf"),
    "dark": ("#22252a", "#17191d", "#1e2126", "#ececec", "#30343a", "#5b9cf0", "#0b0b0b",
             "#7d838c", "#8ab8ff"),
}


def palette(theme: str) -> QPalette:
    window, base, alt, text, button, highlight, high_text, disabled, link = _COLOURS[theme]
    pal = QPalette()
    for role, colour in (
        (Role.Window, window), (Role.Base, base), (Role.AlternateBase, alt),
        (Role.WindowText, text), (Role.Text, text), (Role.ButtonText, text),
        (Role.Button, button), (Role.Highlight, highlight), (Role.HighlightedText, high_text),
        (Role.ToolTipBase, base), (Role.ToolTipText, text), (Role.PlaceholderText, disabled),
        (Role.Link, link), (Role.BrightText, "#ff5555"),
        (Role.Light, button), (Role.Midlight, button), (Role.Mid, disabled),
        (Role.Dark, window), (Role.Shadow, "#000000"),
    ):
        pal.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return pal


@cache
def style_sheet(name: str) -> str:
    """The text of `ui/<name>.qss` (read once)."""
    return ui_file(f"{name}.qss").read_text(encoding="utf-8")


STYLE = "Fusion"
_STYLE_SET = "coprodStyleSet"  # a property on the QApplication: it has STYLE already


def style_arguments() -> list[str]:
    """Arguments for a new QApplication that give it STYLE from the start (see `styled_from_start`)."""
    return ["-style", STYLE]


def styled_from_start(app: QApplication) -> None:
    """`app` was made with `style_arguments()`: choosing the style again is not needed. (Setting it
    from Python makes PySide build its QStyle type and enums, about 8 ms before the first drawing.)"""
    app.setProperty(_STYLE_SET, True)


def apply_console_theme(app: QApplication, theme: str) -> None:
    """Fusion everywhere, so the console looks the same on every laptop, in light or dark."""
    if app.property(_STYLE_SET) is not True:
        app.setStyle(STYLE)
        app.setProperty(_STYLE_SET, True)
    app.setPalette(palette(theme))


def projector_sheet(theme: str) -> str:
    return style_sheet(f"projector-{theme}")


class _ProjectorThemeFollower(QObject):
    """Watches one view: when it is shown, moved into a window, or restyled (the projector
    window's `set_theme` restyles every child), it passes the window's `theme` on."""

    def __init__(self, view: QWidget, set_theme: Callable[[str], None]) -> None:
        super().__init__(view)
        self._set_theme = set_theme
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _WATCHED and isinstance(watched, QWidget):
            theme = window_theme(watched)
            if theme is not None:
                self._set_theme(theme)
        return False


_WATCHED = (QEvent.Type.Show, QEvent.Type.StyleChange, QEvent.Type.ParentChange)


def window_theme(view: QWidget) -> str | None:
    """The `theme` of the window `view` sits in ("dark" or "light"), if that window has one."""
    window = view.window()
    theme = getattr(window, "theme", None) if window is not view else None
    return theme if isinstance(theme, str) else None


def follow_projector_theme(view: QWidget, set_theme: Callable[[str], None]) -> None:
    """Call `set_theme(theme)` whenever the projector window around `view` may have changed
    theme: the one way every projector view keeps in step with View › Theme."""
    _ProjectorThemeFollower(view, set_theme)
