"""Running a session live: start, pause, next, previous and extend, with actual times recorded.

Every command writes wall-clock facts (see facilitation.countdown) into the activity rows and the
session's runner row, so the timer carries on from the file after a restart. Each command is an
undoable step of its own: Ctrl+Z after Next goes back to the activity before, its timer as if the
room had never left it; Ctrl+Z after Pause means the time was never paused.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from coprod_desktop.clock import iso
from coprod_desktop.domain.agenda import Agenda, AgendaItem, RunState
from coprod_desktop.domain.errors import ConflictError, ValidationError
from coprod_desktop.domain.said import Said
from coprod_desktop.facilitation.countdown import Countdown
from coprod_desktop.facilitation.live import countdown_of
from coprod_desktop.i18n import N_
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.services.unit_of_work import UnitOfWork
from coprod_desktop.store.agenda_reader import AgendaReader

EXTEND_CHOICES = (1, 5)


def _timer_row(timer: Countdown) -> dict[str, Any]:
    def text(value: datetime | None) -> str | None:
        return iso(value) if value else None

    return {"started_at": text(timer.started_at), "run_from": text(timer.run_from),
            "paused_at": text(timer.paused_at), "elapsed_s": timer.elapsed_s,
            "extra_s": timer.extra_s}


class RunnerService(Service):
    def _agenda(self, session_id: int) -> Agenda:
        agenda = AgendaReader(self.ctx.db).agenda(session_id)
        if not agenda.items:
            raise ValidationError(N_("This session has no activities yet. Add some from the method library "
                                     "first."))
        return agenda

    def _now(self) -> datetime:
        return self.ctx.clock.now()

    def _set_timer(self, unit: UnitOfWork, item: AgendaItem, timer: Countdown,
                   **extra: Any) -> None:
        unit.update("activity", item.id, **_timer_row(timer), **extra)

    def _set_runner(self, unit: UnitOfWork, session_id: int, **fields: Any) -> None:
        reader = AgendaReader(self.ctx.db)
        key = reader.runner_row_id(session_id)
        if key is None:
            unit.insert("runner", {"session_id": session_id, **fields})
        else:
            unit.update("runner", key, **fields)

    def start(self, session_id: int) -> ChangeSet:
        """Start the session at its first activity, or resume the current one."""
        agenda = self._agenda(session_id)
        state = agenda.state
        if state is RunState.FINISHED:
            raise ConflictError(N_("This session has finished. Press Previous to reopen its last activity."))
        now = self._now()
        item = agenda.current if state is not RunState.NOT_STARTED else agenda.items[0]
        assert item is not None
        verb = N_("Resume ‘%(title)s’") if state is RunState.PAUSED else N_("Start ‘%(title)s’")
        with self.ctx.change(Said.of(verb, title=item.activity.title), session_id=session_id) as unit:
            if state is RunState.NOT_STARTED:
                self._set_runner(unit, session_id, current_id=item.id, started_at=iso(now),
                                 finished_at=None)
            self._set_timer(unit, item, countdown_of(item).start(now), ended_at=None)
        return self.done(unit)

    def pause(self, session_id: int) -> ChangeSet:
        agenda = self._agenda(session_id)
        item = agenda.current
        if agenda.state is not RunState.RUNNING or item is None:
            raise ConflictError(N_("Nothing is running to pause."))
        said = Said.of(N_("Pause ‘%(title)s’"), title=item.activity.title)
        with self.ctx.change(said, session_id=session_id) as unit:
            self._set_timer(unit, item, countdown_of(item).pause(self._now()))
        return self.done(unit)

    def toggle(self, session_id: int) -> ChangeSet:
        """The one key for Start / Pause / Resume."""
        if self._agenda(session_id).state is RunState.RUNNING:
            return self.pause(session_id)
        return self.start(session_id)

    def next(self, session_id: int) -> ChangeSet:
        """End the current activity and start the next; after the last, finish the session."""
        agenda = self._agenda(session_id)
        index = agenda.current_index
        if agenda.state is RunState.FINISHED:
            raise ConflictError(N_("This session has already finished."))
        if agenda.state is RunState.NOT_STARTED or index is None:
            raise ConflictError(N_("The session has not started yet: press Start first."))
        now = self._now()
        item = agenda.items[index]
        following = agenda.items[index + 1] if index + 1 < len(agenda.items) else None
        label = (Said.of(N_("Next: ‘%(title)s’"), title=following.activity.title) if following
                 else N_("Finish the session"))
        with self.ctx.change(label, session_id=session_id) as unit:
            self._set_timer(unit, item, countdown_of(item).pause(now), ended_at=iso(now))
            if following is None:
                self._set_runner(unit, session_id, finished_at=iso(now))
            else:
                self._set_timer(unit, following, countdown_of(following).start(now),
                                ended_at=None)
                self._set_runner(unit, session_id, current_id=following.id)
        return self.done(unit)

    def previous(self, session_id: int) -> ChangeSet:
        """Go back one activity (or reopen the last after finishing); its timer carries on."""
        agenda = self._agenda(session_id)
        now = self._now()
        if agenda.state is RunState.FINISHED:
            target = agenda.current or agenda.items[-1]
            with self.ctx.change(Said.of(N_("Back to ‘%(title)s’"), title=target.activity.title),
                                 session_id=session_id) as unit:
                self._set_runner(unit, session_id, current_id=target.id, finished_at=None)
                self._set_timer(unit, target, countdown_of(target).start(now), ended_at=None)
            return self.done(unit)
        index = agenda.current_index
        if agenda.state is RunState.NOT_STARTED or index is None:
            raise ConflictError(N_("The session has not started yet: press Start first."))
        if index == 0:
            raise ConflictError(N_("This is the first activity: there is none before it."))
        item, target = agenda.items[index], agenda.items[index - 1]
        with self.ctx.change(Said.of(N_("Back to ‘%(title)s’"), title=target.activity.title),
                             session_id=session_id) as unit:
            self._set_timer(unit, item, countdown_of(item).pause(now))
            self._set_timer(unit, target, countdown_of(target).start(now), ended_at=None)
            self._set_runner(unit, session_id, current_id=target.id)
        return self.done(unit)

    def extend(self, session_id: int, minutes: int) -> ChangeSet:
        if minutes not in EXTEND_CHOICES:
            raise ValidationError(N_("Extend by 1 or 5 minutes at a time."), field="minutes")
        agenda = self._agenda(session_id)
        item = agenda.current
        if agenda.state not in (RunState.RUNNING, RunState.PAUSED) or item is None:
            raise ConflictError(N_("Nothing is running to extend."))
        with self.ctx.change(Said.of(N_("+%(minutes)s min for ‘%(title)s’"), minutes=minutes,
                                     title=item.activity.title),
                             session_id=session_id) as unit:
            self._set_timer(unit, item, countdown_of(item).extend(minutes * 60))
        return self.done(unit)
