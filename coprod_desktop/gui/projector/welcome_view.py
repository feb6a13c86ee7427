"""The projector's first view: what this programme is, and which session the room is in today."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.gui.formats import long_date, time_range
from coprod_desktop.gui.kit.scale import ScaledView, set_scale
from coprod_desktop.gui.listen import listen
from coprod_desktop.i18n import _

if TYPE_CHECKING:
    from coprod_desktop.services import ChangeSet, Services


KEY = "welcome"


def _label(name: str, fraction: float, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    set_scale(label, fraction)
    return label


class WelcomeView(ScaledView):
    """Programme title, organisation, and the current session's title, date, time and venue."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.services = services
        self.session_id: int | None = None
        self.kicker = _label("kicker", 0.045, self)
        self.kicker.setText(_("Welcome"))
        self.programme = _label("heading", 0.075, self)
        self.organisation = _label("muted", 0.038, self)
        self.gap = QWidget(self)
        self.rule = QWidget(self.gap)
        self.rule.setObjectName("rule")
        QVBoxLayout(self.gap).addWidget(self.rule)
        self.rule.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.session = _label("subheading", 0.068, self)
        self.when = _label("body", 0.046, self)
        self.venue = _label("muted", 0.04, self)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (self.kicker, self.programme, self.organisation):
            layout.addWidget(widget)
        layout.addWidget(self.gap)
        for widget in (self.session, self.when, self.venue):
            layout.addWidget(widget)
        layout.addStretch(3)
        listen(self, services, self._changed)
        self.refresh()

    def add_line(self, widget: QWidget) -> None:
        """Show another line under the programme's name (e.g. the day counter)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.organisation) + 1, widget)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self._show_session()

    def refresh(self) -> None:
        programme = self.services.read.programme()
        self.programme.setText(programme.title)
        self.organisation.setText(programme.organisation)
        self.organisation.setVisible(bool(programme.organisation))
        self._show_session()

    def _show_session(self) -> None:
        session = None
        if self.session_id is not None:
            try:
                session = self.services.read.session(self.session_id)
            except NotFoundError:
                session = None
        self.gap.setVisible(session is not None)
        for label in (self.session, self.when, self.venue):
            label.setVisible(session is not None)
        if session is None:
            return
        self.session.setText(session.title)
        self.when.setText(f"{long_date(session.date)}  ·  "
                          f"{time_range(session.starts_at, session.ends_at)}")
        self.venue.setText(session.venue)
        self.venue.setVisible(bool(session.venue))

    def _changed(self, change: ChangeSet) -> None:
        if change.touches("programme"):
            self.refresh()
        elif self.session_id is not None and self.session_id in change.ids("session"):
            self._show_session()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        margin = round(self.width() * 0.07)
        height = self.height()
        self.layout().setContentsMargins(margin, 0, margin, 0)
        self.layout().setSpacing(round(height * 0.012))
        self.gap.layout().setContentsMargins(0, round(height * 0.02), 0, round(height * 0.02))
        self.rule.setFixedHeight(max(3, round(height * 0.006)))
