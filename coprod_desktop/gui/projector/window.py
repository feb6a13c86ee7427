"""The projector window: named views in a stack, a black-out overlay, and where it goes on screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QHideEvent,
    QPixmap,
    QResizeEvent,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from coprod_desktop.gui.kit.scale import apply_scale
from coprod_desktop.gui.theme import projector_sheet
from coprod_desktop.i18n import _

IDLE = ""
NORMAL_SIZE = (1280, 720)


def pick_screen(names: Sequence[str], remembered: str, console: str | None) -> str | None:
    """Which screen the projector fills, or None for a normal window (only one screen).

    The facilitator's choice wins while that screen is plugged in; otherwise the first screen that
    is not showing the console.
    """
    if len(names) < 2:
        return None
    if remembered in names:
        return remembered
    others = [n for n in names if n != console]
    return others[0] if others else names[0]


class ProjectorWindow(QWidget):
    """Implements `ProjectorHost` for the features: add_view, show_view, current_view."""

    shown_changed = Signal(bool)
    blank_changed = Signal(bool)
    view_changed = Signal(str)  # the key of the view now on screen

    def __init__(self, theme: str = "dark", screen_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if parent is not None:  # a window of its own (a widget without a parent is one anyway)
            from PySide6.QtCore import Qt

            self.setWindowFlags(Qt.WindowType.Window)
        self.setObjectName("projector")
        self.setWindowTitle(_("Coprod Desktop – projector"))
        self._backgrounds_styled = False  # see _style_backgrounds
        self.screen_name = screen_name
        self._views: dict[str, QWidget] = {}
        self._stack = QStackedWidget(self)
        self._idle = QWidget()
        self._idle.setObjectName("idle")
        self._stack.addWidget(self._idle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._blank = QWidget(self)
        self._blank.setObjectName("blank")
        self._blank.setStyleSheet("#blank { background: #000000; }")
        self._blank.hide()
        self.set_theme(theme)
        self.resize(*NORMAL_SIZE)

    # ProjectorHost
    def add_view(self, key: str, widget: QWidget) -> None:
        old = self._views.pop(key, None)
        was_current = old is not None and self._stack.currentWidget() is old
        if old is not None:
            self._stack.removeWidget(old)
            old.deleteLater()
        self._views[key] = widget
        # A view fits itself to the screen it is given (its type follows the height): it never
        # holds the window bigger than the projector (a welcome page sized for 1080 lines asked
        # for 838 of them, more than a 1024×768 projector has).
        widget.setMinimumSize(1, 1)
        self._stack.addWidget(widget)
        if was_current:
            self._stack.setCurrentWidget(widget)
        if self._stack.currentWidget() is widget:
            apply_scale(widget, self.height())
        # Any other view is sized when it is shown (show_view), not while the programme opens.

    def show_view(self, key: str) -> None:
        if key not in self._views:
            raise KeyError(f"No projector view called {key!r}")
        widget = self._views[key]
        apply_scale(widget, self.height())
        self._stack.setCurrentWidget(widget)
        self.view_changed.emit(key)

    def has_view(self, key: str) -> bool:
        return key in self._views

    def current_view(self) -> str:
        current = self._stack.currentWidget()
        return next((k for k, w in self._views.items() if w is current), IDLE)

    def thumbnail(self, width: int) -> QPixmap:
        """A small picture of what the room sees now (black while blanked), for the console."""
        height = max(1, round(width * self.height() / max(1, self.width())))
        if self.blanked:
            picture = QPixmap(width, height)
            picture.fill(QColor("#000000"))
            return picture
        from PySide6.QtCore import Qt

        return self._stack.grab().scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation)

    def view(self, key: str) -> QWidget:
        return self._views[key]

    def clear_views(self) -> None:
        """Forget every view (when the programme closes); the window shows an empty screen."""
        for widget in self._views.values():
            self._stack.removeWidget(widget)
            widget.deleteLater()
        self._views.clear()
        self._stack.setCurrentWidget(self._idle)

    # Look
    def set_theme(self, theme: str) -> None:
        self.theme = theme
        self.setStyleSheet(projector_sheet(theme))

    # Black-out: an overlay, so the views keep running underneath.
    @property
    def blanked(self) -> bool:
        return not self._blank.isHidden()

    def set_blank(self, blank: bool) -> None:
        if blank == self.blanked:
            return
        self._style_backgrounds()
        self._blank.setGeometry(self.rect())
        self._blank.setVisible(blank)
        if blank:
            self._blank.raise_()
        self.blank_changed.emit(blank)

    def toggle_blank(self) -> None:
        self.set_blank(not self.blanked)

    # Showing and placing
    def toggle_shown(self, console_screen: QScreen | None = None) -> None:
        if self.isVisible():
            self.hide()
        else:
            self.present(console_screen)

    def present(self, console_screen: QScreen | None = None) -> None:
        """Show full-screen on the chosen screen when there is a second one, else as a window."""
        screens = QGuiApplication.screens()
        name = pick_screen([s.name() for s in screens], self.screen_name,
                           console_screen.name() if console_screen else None)
        target = next((s for s in screens if s.name() == name), None)
        if target is None:
            if self.isFullScreen():
                self.showNormal()
            self.show()
        else:
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        self.raise_()

    def choose_screen(self, name: str, console_screen: QScreen | None = None) -> None:
        self.screen_name = name
        if self.isVisible():
            self.present(console_screen)

    def current_screen_name(self, console_screen: QScreen | None = None) -> str | None:
        return pick_screen([s.name() for s in QGuiApplication.screens()], self.screen_name,
                           console_screen.name() if console_screen else None)

    # Qt events
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._blank.setGeometry(self.rect())
        apply_scale(self._stack, self.height())

    def _style_backgrounds(self) -> None:
        """Draw the style sheets' backgrounds (the window's, the black-out's). Set before either
        is first drawn, not when the window is made: nothing touches Qt's namespace before the
        welcome page is drawn (PySide builds its 93 enums then, about 14 ms)."""
        if self._backgrounds_styled:
            return
        from PySide6.QtCore import Qt

        for widget in (self, self._blank):
            widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._backgrounds_styled = True

    def showEvent(self, event: QShowEvent) -> None:
        self._style_backgrounds()
        super().showEvent(event)
        self.shown_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.shown_changed.emit(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the projector only hides it; F5 brings it back. The app quits from the console.
        event.accept()
