"""The "Who we're hearing" panel: the equalities answers per session, venue or programme beside
the reference, reach by venue and area, the venues themselves, and the figures as CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.small_numbers import fewer_than, shown_count
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.shown_gate import gate
from coprod_desktop.gui.listen import listen
from coprod_desktop.gui.outcomes.hearing_chart import HearingChart
from coprod_desktop.gui.outcomes.look import plain_label
from coprod_desktop.gui.outcomes.places_chart import PlacesChart
from coprod_desktop.gui.outcomes.reference_dialog import ReferenceDialog
from coprod_desktop.gui.outcomes.venues_box import VenuesBox
from coprod_desktop.gui.scrolling import scroll_inside
from coprod_desktop.i18n import N_, _, number
from coprod_desktop.services import ChangeSet

TABLES = ("equalities_count", "equalities_reference", "venue", "session", "attendance",
          "attendee", "programme")
PROGRAMME, SESSION = "programme", "session"


def _count(n: int) -> str:
    shown = shown_count(n)
    return fewer_than() if shown is None else number(shown)


class HearingPanel(QWidget):
    title = N_("Who we're hearing")

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hearingPanel")
        self.env = env
        self.session_id: int | None = None
        self.dialog: ReferenceDialog | None = None
        self.scope = QComboBox()
        self.scope.setObjectName("hearingScope")
        self.scope.setAccessibleName(_("Whose answers"))
        self.chart = HearingChart()
        self.note = plain_label("", "hearingNote")
        self.venues = VenuesBox(env)
        self.places_chart = PlacesChart()
        self.places = QTableWidget(0, 4)
        self.places.setObjectName("reachByPlace")
        self.places.setHorizontalHeaderLabels((_("Venue or area"), _("Sessions"), _("People"),
                                               _("Parents, carers, young people")))
        self.places.verticalHeader().hide()
        self.places.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        reference = QPushButton(_("Reference figures…"))
        reference.setObjectName("hearingReference")
        reference.clicked.connect(self.edit_reference)
        csv = QPushButton(_("Save figures as CSV…"))
        csv.setObjectName("hearingCsv")
        csv.clicked.connect(self._ask_csv)
        top = QHBoxLayout()
        top.addWidget(self.scope, 1)
        top.addWidget(reference)
        top.addWidget(csv)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(top)
        column.addWidget(self.note)
        column.addWidget(self.chart)
        column.addWidget(plain_label(_("Where we met: different people who came, by venue and by "
                                     "area. Go where the gaps are."), "reachHeading"))
        column.addWidget(self.places_chart)
        column.addWidget(self.places)
        column.addWidget(self.venues)
        column.addStretch(1)
        scroll_inside(self, inner)
        self.scope.activated.connect(lambda _i: self.refresh_chart())
        self.shown_gate = gate(self, self._reload)  # quiet while hidden, once when shown
        listen(self, env.services, self._changed)
        self.refresh()

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.venues.set_session(session_id)
        self.refresh()

    def _changed(self, change: ChangeSet) -> None:
        if change.touches(*TABLES):  # every phone sign-in: only drawn while shown
            self.shown_gate.heard()

    def _reload(self) -> None:
        self.venues.refresh()
        self.refresh()

    def refresh(self) -> None:
        chosen = self.scope.currentData()
        reach = self.env.services.reach.reach
        self.scope.clear()
        self.scope.addItem(_("The whole programme"), (PROGRAMME, 0))
        if self.session_id is not None:
            self.scope.addItem(_("This session"), (SESSION, self.session_id))
        for venue in reach.venues():
            self.scope.addItem(_("At {name}").format(name=venue.name), ("venue", venue.id))
        index = self.scope.findData(chosen) if chosen else 0
        self.scope.setCurrentIndex(max(0, index))
        self.refresh_chart()
        self._fill_places()

    def scope_sessions(self) -> list[int] | None:
        kind, ident = self.scope.currentData() or (PROGRAMME, 0)
        if kind == SESSION:
            return [int(ident)]
        if kind == "venue":
            return self.env.services.reach.reach.sessions_at(int(ident))
        return None

    def refresh_chart(self) -> None:
        reach = self.env.services.reach.reach
        figures = reach.figures(self.scope_sessions())
        source = reach.reference_source()
        self.chart.set_figures(figures, source or _("the reference"))
        answered = any(q.answered for q in figures)
        self.note.setText(
            (_("Counts under 3 show as ‘fewer than 3’, and one more is hidden beside a single hidden "
             "count, so nobody can be picked out. Nothing here is linked to a person.")
             if answered else _("Nobody here has answered the optional questions yet."))
            + ("" if reach.reference() else _(" Enter the reference figures once to see the gap.")))

    def _fill_places(self) -> None:
        reach = self.env.services.reach.reach
        venues, areas = reach.by_venue(), reach.by_area()
        self.places_chart.set_places(venues, areas)
        places = [(p, "") for p in venues] + [(p, "area") for p in areas]
        self.places.setRowCount(len(places))
        for r, (p, what) in enumerate(places):
            families = p.groups.get(Group.PARENT_CARER, 0) + p.groups.get(Group.YOUNG_PERSON, 0)
            name = _("Area: {place}").format(place=p.place) if what else p.place
            for c, text in enumerate((name, str(p.sessions), _count(p.people), _count(families))):
                self.places.setItem(r, c, QTableWidgetItem(text))
        self.places.resizeRowsToContents()

    def edit_reference(self) -> ReferenceDialog:
        self.dialog = ReferenceDialog(self.env, self)
        self.dialog.open()
        return self.dialog

    def _ask_csv(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, _("Save figures as CSV"),
                                                    "who-we-are-hearing.csv", _("CSV (*.csv)"))
        if path:
            self.save_csv(Path(path))

    def save_csv(self, path: Path) -> Path:
        """Write the suppressed figures (no person in them) and record the export."""
        from coprod_desktop.export.reach_report import figures_csv  # reportlab: on first use

        services = self.env.services
        text = figures_csv(services.read)
        path.write_text(text, encoding="utf-8")
        services.exports.record(N_("Who we are hearing (equalities figures)"), "csv", path,
                                held_names=False)
        return path
