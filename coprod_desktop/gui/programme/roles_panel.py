"""Who ran the meeting (chair, timekeeper, note-taker), and the trend over the programme."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QVBoxLayout, QWidget

from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.domain.roles import Holder, Role
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.shown_gate import gate
from coprod_desktop.gui.listen import listen
from coprod_desktop.gui.programme.common import plain_label
from coprod_desktop.gui.programme.ownership_chart import OwnershipChart
from coprod_desktop.gui.scrolling import scrolled_layout
from coprod_desktop.i18n import N_, _
from coprod_desktop.services import ChangeSet
from coprod_desktop.services.programme_report import ownership_report

NOBODY, FACILITATOR = "", "facilitator"
TABLES = ("meeting_role", "session", "attendance", "attendee")


class RolesPanel(QWidget):
    title = N_("Roles")

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rolesPanel")
        self.env = env
        self.session_id: int | None = None
        self.heading = plain_label("", "rolesHeading")
        self.combos: dict[Role, QComboBox] = {}
        box = QGroupBox(_("Who held each role"))
        form = QFormLayout(box)
        for role in Role:
            combo = QComboBox()
            combo.setObjectName(f"role_{role.value}")
            combo.setMinimumWidth(260)
            combo.activated.connect(lambda _i, r=role: self._chosen(r))
            form.addRow(_(role.label), combo)
            self.combos[role] = combo
        self.chart = OwnershipChart()
        self.summary = plain_label("", "ownershipSummary")
        trend = QGroupBox(_("How much of the running the group holds"))
        column = QVBoxLayout(trend)
        column.addWidget(self.chart)
        column.addWidget(self.summary)
        layout = scrolled_layout(self)
        layout.addWidget(self.heading)
        layout.addWidget(box)
        layout.addWidget(trend)
        layout.addStretch(1)
        self.shown_gate = gate(self, self.refresh)  # refreshed while shown, once on showing
        listen(self, env.services, self._changed)
        self.refresh()

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.refresh()

    def _changed(self, change: ChangeSet) -> None:
        if change.touches(*TABLES):
            self.shown_gate.heard()

    def refresh(self) -> None:
        services = self.env.services
        report = ownership_report(services.ctx.db, self.env.clock.now())
        self.chart.set_trend(report.trend)
        self.summary.setText(report.trend.summary())
        session = None
        if self.session_id is not None:
            try:
                session = services.read.session(self.session_id)
            except NotFoundError:
                self.session_id = None
        for combo in self.combos.values():
            combo.setEnabled(session is not None)
        if session is None:
            self.heading.setText(_("Choose a meeting to record who chaired, kept time and took notes."))
            for combo in self.combos.values():
                combo.clear()
            return
        self.heading.setText(_("Roles at ‘{title}’").format(title=session.title))
        held = {r.role: r for r in services.team.plan.roles(session.id)}
        left = services.team.plan.left_group()
        present = [p.id for p in services.read.present(session.id)]
        people = sorted(services.read.attendees(),
                        key=lambda p: (p.id not in present, p.name.casefold()))
        for role, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(_("— not recorded —"), NOBODY)
            combo.addItem(_("The facilitator"), FACILITATOR)
            model = combo.model()
            for person in people:
                gone = person.id in left and left[person.id] <= session.date
                suffix = _(" (has left)") if gone else "" if person.id in present else _(" (not signed in)")
                combo.addItem(person.name + suffix, person.id)
                if gone and isinstance(model, QStandardItemModel):
                    model.item(combo.count() - 1).setEnabled(False)
            current = held.get(role)
            if current is None:
                combo.setCurrentIndex(0)
            elif current.holder is Holder.FACILITATOR:
                combo.setCurrentIndex(1)
            else:
                combo.setCurrentIndex(max(0, combo.findData(current.attendee_id)))
            combo.blockSignals(False)

    def _chosen(self, role: Role) -> None:
        sid = self.session_id
        if sid is None:
            return
        value = self.combos[role].currentData()
        team = self.env.services.team
        if value == NOBODY:
            if any(r.role is role for r in team.plan.roles(sid)):
                self.env.undo.run(lambda: team.clear_role(sid, role))
        elif value == FACILITATOR:
            self.env.undo.run(lambda: team.set_role(sid, role, facilitator=True))
        else:
            self.env.undo.run(lambda: team.set_role(sid, role, attendee_id=int(value)))
        self.refresh()
