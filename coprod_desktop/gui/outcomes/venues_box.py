"""Venues as first-class places: add and edit them, and say where this session is held."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.venues import Venue, VenueKind
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.outcomes.look import error_line
from coprod_desktop.i18n import _


class VenueDialog(QDialog):
    def __init__(self, env: GuiEnv, venue: Venue | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("venueDialog")
        self.setWindowTitle(_("Venue"))
        self.env = env
        self.venue = venue
        self.name = QLineEdit(venue.name if venue else "")
        self.name.setObjectName("venueName")
        self.area = QLineEdit(venue.area if venue else "")
        self.area.setObjectName("venueArea")
        self.area.setPlaceholderText(_("Neighbourhood, ward or town"))
        self.kind = QComboBox()
        self.kind.setObjectName("venueKind")
        for kind in VenueKind:
            self.kind.addItem(_(kind.label), kind.value)
        if venue:
            self.kind.setCurrentIndex(self.kind.findData(venue.kind.value))
        self.message = error_line()
        form = QFormLayout()
        form.addRow(_("Name"), self.name)
        form.addRow(_("Area"), self.area)
        form.addRow(_("Kind of place"), self.kind)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                               QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(box)

    def save(self) -> None:
        reach, kind = self.env.services.reach, str(self.kind.currentData())
        name, area = self.name.text(), self.area.text()
        venue = self.venue
        failed: list[CoprodError] = []
        self.env.undo.run((lambda: reach.edit_venue(venue.id, name, area, kind)) if venue else
                          (lambda: reach.add_venue(name, area, kind)), on_error=failed.append)
        if failed:
            self.message.setText(failed[0].message)
            self.message.setVisible(True)
            return
        self.accept()


class VenuesBox(QGroupBox):
    """The venues, and which one this session is at."""

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(_("Venues"), parent)
        self.setObjectName("venuesBox")
        self.env = env
        self.session_id: int | None = None
        self.dialog: VenueDialog | None = None
        self.venues = QComboBox()
        self.venues.setObjectName("venueList")
        self.session_venue = QComboBox()
        self.session_venue.setObjectName("sessionVenue")
        self.session_venue.activated.connect(self._set_session_venue)
        add = QPushButton(_("Add venue…"))
        add.setObjectName("venueAdd")
        add.clicked.connect(self.add)
        edit = QPushButton(_("Edit…"))
        edit.setObjectName("venueEdit")
        edit.clicked.connect(self.edit)
        row = QHBoxLayout()
        row.addWidget(self.venues, 1)
        row.addWidget(add)
        row.addWidget(edit)
        form = QFormLayout()
        form.addRow(_("This session is at"), self.session_venue)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(form)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.refresh()

    def refresh(self) -> None:
        reach = self.env.services.reach.reach
        venues = reach.venues()
        self.venues.clear()
        for venue in venues:
            self.venues.addItem(f"{venue.name} · {venue.area or _('no area')} · {_(venue.kind.label)}",
                                venue.id)
        self.session_venue.clear()
        self.session_venue.addItem(_("No venue set"), None)
        for venue in venues:
            self.session_venue.addItem(venue.name, venue.id)
        at = reach.venue_of(self.session_id) if self.session_id is not None else None
        self.session_venue.setCurrentIndex(self.session_venue.findData(at.id) if at else 0)
        self.session_venue.setEnabled(self.session_id is not None)

    def add(self) -> VenueDialog:
        self.dialog = VenueDialog(self.env, parent=self)
        self.dialog.open()
        return self.dialog

    def edit(self) -> VenueDialog | None:
        chosen = self.venues.currentData()
        venue = next((v for v in self.env.services.reach.reach.venues() if v.id == chosen), None)
        if venue is None:
            return None
        self.dialog = VenueDialog(self.env, venue, self)
        self.dialog.open()
        return self.dialog

    def _set_session_venue(self, _index: int) -> None:
        sid, venue = self.session_id, self.session_venue.currentData()
        if sid is not None:
            self.env.undo.run(lambda: self.env.services.reach.set_session_venue(sid, venue))
