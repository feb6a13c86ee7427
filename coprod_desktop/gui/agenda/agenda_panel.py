"""The console's Agenda panel: plan the session and run it live.

Left: the runner controls, the session's times and how the plan fits, the agenda table (drag rows
to reorder, edit titles and minutes in place) and the selected activity's details. Right: the
method library. Every change is an undoable service call through the undo adapter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QItemSelectionModel, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.agenda import RunState
from coprod_desktop.domain.methods import Tool
from coprod_desktop.domain.polls import PollDraft
from coprod_desktop.facilitation.live import LiveAgenda, local_day
from coprod_desktop.gui.agenda.activity_form import ActivityForm
from coprod_desktop.gui.agenda.agenda_model import MINUTES, PHASE, PLANNED, TITLE, AgendaTableModel
from coprod_desktop.gui.agenda.library_browser import LibraryBrowser
from coprod_desktop.gui.agenda.live_source import LiveSource
from coprod_desktop.gui.agenda.new_session_dialog import NewSessionDialog
from coprod_desktop.gui.agenda.projector_view import VIEW_KEY, AgendaProjectorView
from coprod_desktop.gui.agenda.runner_bar import AGENDA_KEYS, KEY_HINT, PROJECTOR_KEYS, RunnerBar
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.panel_contract import PanelHooks
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.gui.scrolling import scroll_inside
from coprod_desktop.i18n import N_, _, current
from coprod_desktop.library import shipped_templates
from coprod_desktop.services import ChangeSet


class AgendaPanel(QWidget):
    title = N_("Agenda")
    # Asks the console to select a session (one just made from a template): the side list, every
    # tab and the projector follow. On its own (no console), the panel shows it itself.
    session_requested = Signal(int)
    # The room moved to another activity: its id and the tool its method opens (see LiveSource).
    activity_started = Signal(int, str)
    # "Open: …" was pressed: the console brings forward the panel for that tool.
    tool_requested = Signal(str)

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.services = env.services
        self.source = LiveSource(env, self)
        self.projector_view = AgendaProjectorView(self.source)
        env.projector.add_view(VIEW_KEY, self.projector_view)

        runner = self.services.runner
        # The runner's commands, shared with the Run screen's presenter strip.
        self.runner_commands: dict[str, Callable[[], object]] = {
            "previous": lambda: self._run(runner.previous),
            "toggle": self._toggle,
            "next": lambda: self._run(runner.next),
            "plus1": lambda: self._run(lambda s: runner.extend(s, 1)),
            "plus5": lambda: self._run(lambda s: runner.extend(s, 5)),
        }
        self.runner_bar = RunnerBar(self.runner_commands, self, AGENDA_KEYS)
        self.runner_bar.add_keys_to(self.runner_bar)
        # A clicker works on the projector window too.
        self.runner_bar.add_keys_to(self.projector_view, PROJECTOR_KEYS)
        self.source.activity_started.connect(self.activity_started)
        # The live activity's tool (the board, a round, the story queue, the action review) is
        # one click away; the console is not switched by itself, so the runner keys keep working.
        self.tool_button = QPushButton(self)
        self.tool_button.setObjectName("openToolButton")
        self.tool_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tool_button.clicked.connect(self._open_tool)
        self.tool_button.hide()
        self._tool = Tool.NONE

        self.start_edit = QTimeEdit(self)
        self.end_edit = QTimeEdit(self)
        self.start_edit.setAccessibleName(_("Session starts at"))
        self.end_edit.setAccessibleName(_("Session ends at"))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
            edit.editingFinished.connect(self._times_edited)
        self.fit_label = QLabel(self)
        self.fit_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fit_label.setWordWrap(True)
        self.template_button = QToolButton(self)
        self.template_button.setText(_("Templates"))
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.template_button)
        menu.addAction(_("New session from a template…")).triggered.connect(self.new_session)
        menu.addSection(_("Add to this agenda"))
        for template in shipped_templates(current()).templates:
            action = menu.addAction(_("{name} ({minutes} min)").format(
                name=template.name, minutes=template.minutes))
            action.triggered.connect(lambda _=False, t=template.id: self._apply_template(t))
        self.template_button.setMenu(menu)
        self.projector_button = QPushButton(_("Show on projector"), self)
        self.projector_button.clicked.connect(lambda: env.projector.show_view(VIEW_KEY))
        times = QHBoxLayout()
        times.addWidget(QLabel(_("Starts"), self))
        times.addWidget(self.start_edit)
        times.addWidget(QLabel(_("Ends"), self))
        times.addWidget(self.end_edit)
        times.addSpacing(12)
        times.addWidget(self.fit_label, 1)
        times.addWidget(self.template_button)
        times.addWidget(self.projector_button)

        self.model = AgendaTableModel(self._edit_cell, self._move, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropOverwriteMode(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (PHASE, MINUTES, PLANNED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

        self.form = ActivityForm(self)
        self.form.saved.connect(self._save_form)
        self.form.poll_saved.connect(self._plan_poll)
        self.form.removed.connect(self._remove_selected)
        self.library = LibraryBrowser(parent=self)
        self.library.add_requested.connect(self._add_method)

        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addLayout(times)
        left_column.addWidget(self.table, 1)
        left_column.addWidget(self.form)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.library)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setObjectName("agendaStatus")  # red in ui/console.qss
        hint = QLabel(_(KEY_HINT), self)
        small = hint.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        hint.setFont(small)
        hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(hint)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        running = QHBoxLayout()
        running.addWidget(self.runner_bar, 1)
        running.addWidget(self.tool_button)
        layout.addLayout(running)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        # In a narrow console the panel scrolls sideways rather than forcing the window wider.
        scroll_inside(self, content)

        env.undo.error.connect(lambda text: self.status.setText(said(text)))
        self.source.agenda_changed.connect(self._rebuild)
        self.source.ticked.connect(lambda: self.runner_bar.show_state(self.source.live()))
        self._rebuild()

    def new_session(self) -> int | None:
        """Ask for a template, title, date and place; create the session and select it."""
        dialog = NewSessionDialog(self.env, self)
        if dialog.exec() != NewSessionDialog.DialogCode.Accepted or dialog.new_session_id is None:
            return None
        made = dialog.new_session_id
        self.session_requested.emit(made)  # the console selects it everywhere
        if self.session_id != made:  # no console listening (the panel on its own)
            self.set_session(made)
        return made

    def hooks(self) -> PanelHooks:
        return PanelHooks(session_requested=self.session_requested,
                          activity_started=self.activity_started,
                          tool_requested=self.tool_requested, project=self.project,
                          always_current=True)

    def project(self) -> str:
        self.env.projector.show_view(VIEW_KEY)
        return VIEW_KEY

    # The console calls this when the facilitator picks a session.
    def set_session(self, session_id: int | None) -> None:
        self.status.clear()
        self.source.set_session(session_id)

    @property
    def session_id(self) -> int | None:
        return self.source.session_id

    def _rebuild(self) -> None:
        selected = self._selected_id()
        state = self.source.live()
        self.model.set_state(state)
        enabled = state is not None
        for widget in (self.start_edit, self.end_edit, self.template_button, self.table,
                       self.library.add_button):
            widget.setEnabled(enabled)
        self._show_tool(state)
        if state is None:
            self.fit_label.setText(_("Choose a session to see its agenda."))
            self.form.show_item(None)
            self.runner_bar.show_state(None)
            return
        session = state.agenda.session
        for edit, value in ((self.start_edit, session.starts_at), (self.end_edit, session.ends_at)):
            edit.blockSignals(True)
            edit.setTime(QTime(value.hour, value.minute))
            edit.blockSignals(False)
        self.fit_label.setText(("⚠  " if state.fit.overruns else "") + state.fit.message())
        self.fit_label.setStyleSheet("color: #D9463B; font-weight: bold;" if state.fit.overruns
                                     else "")
        current = state.current
        self._select(selected if selected is not None else (current.id if current else None))
        self._show_selected()
        self.runner_bar.show_state(state)

    def _show_tool(self, state: LiveAgenda | None) -> None:
        live = state is not None and state.state in (RunState.RUNNING, RunState.PAUSED)
        current = state.current if state is not None and live else None
        self._tool = current.tool if current is not None else Tool.NONE
        self.tool_button.setVisible(current is not None and self._tool is not Tool.NONE)
        if current is not None and self._tool is not Tool.NONE:
            self.tool_button.setText(_("Open: {label}  ▸").format(label=_(self._tool.label)))
            self.tool_button.setToolTip(_("This activity uses the {tool}: bring its tab forward")
                                        .format(tool=_(self._tool.label).lower()))

    def _open_tool(self) -> None:
        if self._tool is not Tool.NONE:
            self.tool_requested.emit(self._tool.value)

    def _selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.activity_id(index.row()) if index.isValid() else None

    def _select(self, activity_id: int | None) -> None:
        row = self.model.row_of(activity_id) if activity_id is not None else None
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, TITLE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _show_selected(self) -> None:
        row = self.table.currentIndex().row()
        items = self.model.items
        item = items[row] if 0 <= row < len(items) else None
        planned = self.services.planned_polls.planned(item.id) if item is not None else None
        self.form.show_item(item, planned)

    # Commands ---------------------------------------------------------------------------------

    def _do(self, call: Callable[[], ChangeSet]) -> ChangeSet | None:
        self.status.clear()
        return self.env.undo.run(call)

    def _run(self, command: Callable[[int], ChangeSet]) -> None:
        if self.session_id is not None:
            self._do(lambda: command(self.session_id))  # type: ignore[arg-type]

    def _toggle(self) -> None:
        if self.session_id is None:
            return
        state = self.source.live()
        if state is not None and state.state is RunState.NOT_STARTED:
            today = local_day(state.now, state.zone)
            if state.agenda.session.date != today:
                self._ask_which_day(state, today)
                return
        self._start_or_pause()

    def _start_or_pause(self) -> None:
        if self.session_id is None:
            return
        if self._do(lambda: self.services.runner.toggle(self.session_id)):  # type: ignore[arg-type]
            self.env.projector.show_view(VIEW_KEY)

    def _ask_which_day(self, state: LiveAgenda, today: date) -> None:
        """A meeting started on another day than its date (moved at short notice, or held late):
        its date can move to today first, so the handout, the register and the programme's
        calendar say when it really happened. Either way it is timed against its planned hours
        on the day it starts (facilitation.live.planned_day)."""
        from coprod_desktop.gui.formats import long_date
        from coprod_desktop.gui.kit.ask import choose

        session = state.agenda.session

        def move_then_start() -> None:
            moved = self._do(lambda: self.services.sessions.update_session(
                session.id, title=session.title, on=today, venue=session.venue,
                starts_at=session.starts_at, ends_at=session.ends_at, kind=session.kind))
            if moved is not None:
                self._start_or_pause()

        choose(self, _("This meeting is dated another day"),
               _("‘{title}’ is dated {planned}, and today is {today}. Move it to today before "
                 "starting, so that its handout, its register and the programme's calendar say "
                 "when it really happened?").format(
                   title=session.title, planned=long_date(session.date), today=long_date(today)),
               [(_("Move it to today and start"), move_then_start),
                (_("Start, keeping its date"), self._start_or_pause)])

    def _times_edited(self) -> None:
        if self.session_id is None:
            return
        start, end = (time(e.time().hour(), e.time().minute()) for e in (self.start_edit,
                                                                            self.end_edit))
        session = self.services.read.session(self.session_id)
        if (start, end) == (session.starts_at, session.ends_at):
            return
        self._do(lambda: self.services.agenda.set_times(self.session_id, start, end))  # type: ignore[arg-type]
        self._rebuild()  # put the stored times back if the change was refused

    def _apply_template(self, template_id: str) -> None:
        if self.session_id is not None:
            self._do(lambda: self.services.agenda.apply_template(self.session_id,  # type: ignore[arg-type]
                                                                 template_id,
                                                                 language=current()))

    def _add_method(self, method_id: str) -> None:
        if self.session_id is None:
            return
        row = self.table.currentIndex().row()
        index = row + 1 if row >= 0 else None
        change = self._do(lambda: self.services.agenda.add_method(
            self.session_id, method_id, index=index,  # type: ignore[arg-type]
            language=current()))
        if change is not None and isinstance(change.new_id, int):
            self._select(change.new_id)

    def _edit_cell(self, activity_id: int, field: str, value: str) -> None:
        if field == "title":
            self._do(lambda: self.services.agenda.edit_activity(activity_id, title=value))
        else:
            self._do(lambda: self.services.agenda.edit_activity(activity_id, minutes=value))

    def _move(self, activity_id: int, index: int) -> None:
        self._do(lambda: self.services.agenda.move_activity(activity_id, index))
        self._select(activity_id)

    def _save_form(self, activity_id: int, title: str, minutes: int, phase: str,
                   instructions: str) -> None:
        self._do(lambda: self.services.agenda.edit_activity(
            activity_id, title=title, minutes=minutes, phase=phase, instructions=instructions))

    def _plan_poll(self, activity_id: int, planned: PollDraft | None) -> None:
        """The poll the activity will open: planned, re-planned, or no longer planned."""
        polls = self.services.planned_polls
        if planned is None:
            if polls.planned(activity_id) is not None:
                self.env.undo.run(lambda: polls.unplan(activity_id),  # type: ignore[arg-type, return-value]
                                  on_error=lambda e: self.form.poll_box.show_error(said(e.message)))
            return
        kind = planned.kind
        self.env.undo.run(lambda: polls.plan(
            activity_id, kind, planned.question, options=planned.options, low=planned.low,
            high=planned.high, low_label=planned.low_label, high_label=planned.high_label),
            on_error=lambda e: self.form.poll_box.show_error(said(e.message)))

    def _remove_selected(self, activity_id: int) -> None:
        self._do(lambda: self.services.agenda.delete_activity(activity_id))
