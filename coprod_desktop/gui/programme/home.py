"""The console's home view: where the programme is today, what is next, and the timeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QMenu,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.actions import ActionStatus
from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.domain.rapid_tests import Decision, TestStage
from coprod_desktop.facilitation.programme_calendar import Stage, long_date
from coprod_desktop.facilitation.timeline import EntryKind, TimelineEntry
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.panel_contract import PanelHooks
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.gui.kit.shown_gate import gate
from coprod_desktop.gui.listen import listen
from coprod_desktop.gui.programme.common import (
    PROGRAMME_TABLES,
    TODAY,
    plain_label,
)
from coprod_desktop.gui.programme.ownership_chart import OwnershipChart
from coprod_desktop.gui.programme.timeline_strip import TimelineStrip
from coprod_desktop.gui.scrolling import scrolled_layout
from coprod_desktop.i18n import N_, _, count, number
from coprod_desktop.services import ChangeSet
from coprod_desktop.services.programme_report import (
    action_report,
    ownership_report,
    programme_focus,
    programme_timeline,
    rapid_test_report,
)

# The calendar's dialogs and the projector's celebration screen are imported (and the screen
# built) when first asked for, not while the programme is first drawn (issue 18).
if TYPE_CHECKING:
    from coprod_desktop.gui.programme.projector_celebration import CelebrationView


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("homeCard")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    column = QVBoxLayout(frame)
    column.setContentsMargins(14, 10, 14, 12)
    heading = plain_label(title, "sectionHeading")
    column.addWidget(heading)
    return frame, column


class ProgrammeHome(QWidget):
    """A console panel (title "Programme"); `session_requested` when a session is clicked."""

    title = N_("Programme")
    session_requested = Signal(int)
    edit_calendar_requested = Signal()

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeHome")
        self.env = env
        self.session_id: int | None = None
        self._minute: tuple[int, ...] = ()
        self.heading = plain_label("", "programmeTitle")
        self.focus = plain_label("", "programmeFocus")
        self.day = plain_label("", "dayCounter", wrap=False)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.progress.setStyleSheet(f"QProgressBar {{ border: none; background: palette(mid); "
                                    f"border-radius: 5px; }} QProgressBar::chunk {{ "
                                    f"background: {TODAY}; border-radius: 5px; }}")
        self.dates = plain_label("", "programmeDates")
        self.next = plain_label("", "whatIsNext")
        self.next_detail = plain_label("", "whatIsNextDetail")
        self.pattern = plain_label("", "meetingPattern")
        self.strip = TimelineStrip()
        self.strip.session_clicked.connect(self.session_requested)
        self.strip.menu_requested.connect(self._entry_menu)
        self.warnings = plain_label("", "dateWarnings")
        self.actions_text = plain_label("", "actionsSummary")
        self.tests_text = plain_label("", "testsSummary")
        self.ownership_text = plain_label("", "ownershipSummary")
        self.chart = OwnershipChart(compact=True)
        self.edit_button = QPushButton(_("Dates and meetings…"))
        self.edit_button.setObjectName("editCalendar")
        self.edit_button.clicked.connect(self._edit_calendar)
        self.plan_button = QPushButton(_("Add the planned meetings"))
        self.plan_button.setObjectName("planMeetings")
        self.plan_button.setToolTip(_("Make a session for each free date of the meeting pattern."))
        self.plan_button.clicked.connect(self._plan_meetings)
        self.celebration: CelebrationView | None = None  # on the projector once first shown
        self.celebrate_button = QPushButton(_("Celebration on projector"))
        self.celebrate_button.setObjectName("showCelebration")
        self.celebrate_button.setToolTip(_("Show what the group has done so far (at a celebration "
                                         "session: as it stood on that day)."))
        self.celebrate_button.clicked.connect(self.show_celebration)
        self._build()
        self.shown_gate = gate(self, self.refresh)  # refreshed while shown, once on showing
        listen(self, env.services, self._changed)
        env.ticker.tick.connect(self._tick)
        self.refresh()

    def _build(self) -> None:
        top = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.heading)
        names.addWidget(self.focus)
        top.addLayout(names, 1)
        top.addWidget(self.celebrate_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        day_card, day_col = _card(_("Where we are"))
        day_col.addWidget(self.day)
        day_col.addWidget(self.progress)
        day_col.addWidget(self.dates)
        next_card, next_col = _card(_("What is next"))
        next_col.addWidget(self.next)
        next_col.addWidget(self.next_detail)
        next_col.addWidget(self.pattern)
        next_col.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(day_card, 1)
        row.addWidget(next_card, 2)
        line_card, line_col = _card(_("Timeline"))
        line_col.addWidget(self.strip)
        line_col.addWidget(self.warnings)
        grid = QGridLayout()
        for col, (title, widgets) in enumerate((
                (_("Actions"), [self.actions_text]), (_("Rapid tests"), [self.tests_text]),
                (_("Who ran the meetings"), [self.chart, self.ownership_text]))):
            card, column = _card(title)
            for w in widgets:
                column.addWidget(w)
            column.addStretch(1)
            grid.addWidget(card, 0, col)
        grid.setColumnStretch(2, 1)
        layout = scrolled_layout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(row)
        layout.addWidget(line_card)
        layout.addLayout(grid)
        layout.addStretch(1)

    # ---------------------------------------------------------------------------------------
    def hooks(self) -> PanelHooks:
        return PanelHooks(session_requested=self.session_requested)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        if self.celebration is not None:
            self.celebration.set_session(session_id)

    def show_celebration(self) -> None:
        """Put the celebration screen (for this panel's session) on the projector."""
        from coprod_desktop.gui.programme.projector_celebration import KEY, CelebrationView

        if self.celebration is None:
            self.celebration = CelebrationView(self.env)
            self.celebration.set_session(self.session_id)
            self.env.projector.add_view(KEY, self.celebration)
        self.env.projector.show_view(KEY)

    def _changed(self, change: ChangeSet) -> None:
        if change.touches(*PROGRAMME_TABLES):
            self.shown_gate.heard()

    def _tick(self) -> None:
        now = self.env.clock.now()
        minute = (now.year, now.month, now.day, now.hour, now.minute)
        if minute != self._minute:
            self.refresh()

    def refresh(self) -> None:
        services = self.env.services
        now: datetime = self.env.clock.now()
        self._minute = (now.year, now.month, now.day, now.hour, now.minute)
        try:
            programme = services.read.programme()
        except NotFoundError:
            return
        self.heading.setText(programme.title)
        db = services.ctx.db
        focus = programme_focus(db)
        self.focus.setText(_("Our focus: {focus}").format(focus=focus) if focus
                           else _("No focus chosen yet: the discovery workshop picks one."))
        timeline = programme_timeline(db, now)
        self.strip.set_timeline(timeline)
        if timeline is None:
            self.day.setText(_("No start date yet"))
            self.progress.setValue(0)
            self.dates.setText(_("Choose ‘Dates and meetings…’ to set when the programme starts."))
            self.next.setText("")
            self.next_detail.setText("")
            self.pattern.setText("")
            self.warnings.setVisible(False)
        else:
            cal, day_count = timeline.calendar, timeline.count
            self.day.setText(day_count.label)
            self.progress.setValue(round(day_count.fraction * 100))
            self.dates.setText(_("Day 1: {start}\nDay {length}: {end}\nDays counted in {zone} time"
                                 ).format(start=long_date(cal.start), length=cal.length,
                                          end=long_date(cal.end), zone=cal.zone_name))
            upcoming = timeline.next
            if upcoming is None:
                self.next.setText(_("Nothing else is planned."))
                self.next_detail.setText("")
            else:
                gap = (upcoming.on - day_count.today).days
                away = (_("today") if gap == 0 else _("tomorrow") if gap == 1 else
                        count("in {n} day", "in {n} days", gap))
                self.next.setText(f"{said(upcoming.title)} – {away}")
                self.next_detail.setText(_("{when} (day {day})").format(when=upcoming.when(),
                                                                        day=upcoming.day))
            settings = services.calendar.plan.calendar_settings()
            self.pattern.setText(_("Team meetings: {description}.").format(
                description=settings.pattern.description))
            self.warnings.setText("\n".join(timeline.warnings))
            self.warnings.setVisible(bool(timeline.warnings))
            self.plan_button.setEnabled(day_count.stage is not Stage.AFTER)
        self._summaries(now)

    def _summaries(self, now: datetime) -> None:
        db = self.env.services.ctx.db
        actions = action_report(db, now)
        opened = actions.with_status(ActionStatus.OPEN)
        lines = [_("{open} open, {overdue} overdue").format(open=number(len(opened)),
                                                             overdue=number(len(actions.overdue))),
                 _("{done} done, {dropped} dropped").format(
                     done=number(len(actions.with_status(ActionStatus.DONE))),
                     dropped=number(len(actions.with_status(ActionStatus.DROPPED))))]
        if actions.owners_left:
            lines.append(_("{n} open with an owner who has left").format(
                n=number(len(actions.owners_left))))
        self.actions_text.setText("\n".join(lines))
        tests = rapid_test_report(db)
        doing = {TestStage.PLAN: _("being planned"), TestStage.DO: _("being tried"),
                 TestStage.STUDY: _("being studied"), TestStage.ACT: _("waiting for a decision")}
        lines = [f"{n} {doing[s]}" for s in TestStage
                 if (n := len([t for t in tests.in_stage(s) if not t.decided]))]
        decided = ", ".join(f"{n} {_(d.label).lower()}" for d in Decision
                            if (n := len(tests.decided(d))))
        if decided:
            lines.append(_("Decided: {decided}").format(decided=decided))
        self.tests_text.setText("\n".join(lines) if tests.tests else _("No tests yet."))
        report = ownership_report(db, now)
        self.chart.set_trend(report.trend)
        self.ownership_text.setText(report.trend.summary())

    def _edit_calendar(self) -> None:
        from coprod_desktop.gui.programme.calendar_dialog import CalendarDialog

        self.edit_calendar_requested.emit()
        CalendarDialog(self.env, self).exec()

    def entry_actions(self, entry: TimelineEntry) -> list[tuple[str, Callable[[], object]]]:
        """What a right-click on a timeline mark offers."""
        from coprod_desktop.gui.programme.calendar_dialog import MilestoneDialog, MoveMeetingDialog

        env = self.env
        if entry.kind is EntryKind.PLANNED:
            on = entry.on
            return [(_("Add this meeting to the calendar"),
                     lambda: env.undo.run(lambda: env.services.calendar.add_meeting_on(on)))]
        if entry.kind is EntryKind.MILESTONE and entry.milestone_id is not None:
            mid = entry.milestone_id
            return [(_("Edit this milestone…"), lambda: MilestoneDialog(env, mid, self).exec())]
        if entry.session_id is not None:
            sid = entry.session_id
            return [(_("Open this session"), lambda: self.session_requested.emit(sid)),
                    (_("Move this meeting…"), lambda: MoveMeetingDialog(env, sid, self).exec())]
        return []

    def _entry_menu(self, entry: TimelineEntry, where: QPoint) -> None:
        menu = QMenu(self)
        for text, run in self.entry_actions(entry):
            menu.addAction(text).triggered.connect(lambda _=False, r=run: r())
        if not menu.isEmpty():
            menu.exec(where)

    def _plan_meetings(self) -> None:
        self.env.undo.run(lambda: self.env.services.calendar.plan_meetings())
