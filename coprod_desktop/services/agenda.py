"""Planning a session's agenda: add from the method library or by hand, edit, reorder, delete, set
the start time, and build a whole session from a template. Every edit is one undoable step."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from coprod_desktop.domain import validate
from coprod_desktop.domain.agenda import INSTRUCTIONS_MAX, Agenda, RunState
from coprod_desktop.domain.agenda import minutes as clean_minutes
from coprod_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from coprod_desktop.domain.limits import TITLE_MAX
from coprod_desktop.domain.methods import Method, Template, Tool
from coprod_desktop.domain.phases import Phase
from coprod_desktop.domain.said import Said
from coprod_desktop.facilitation.live import LiveAgenda, live
from coprod_desktop.i18n import N_
from coprod_desktop.library import shipped_methods, shipped_templates
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.services.checkout_step import CHECKOUT_METHOD
from coprod_desktop.services.sessions import SessionService
from coprod_desktop.services.unit_of_work import UnitOfWork
from coprod_desktop.store.agenda_reader import AgendaReader


def clean_title(value: str) -> str:
    return validate.text(value, N_("The activity title"), TITLE_MAX, field="title")


def clean_instructions(value: str) -> str:
    return validate.text(value, N_("The instructions"), INSTRUCTIONS_MAX, field="instructions",
                         multiline=True, required=False)


class AgendaService(Service):
    zone: tzinfo | None = None  # the room's time zone; None: this computer's

    @property
    def agendas(self) -> AgendaReader:
        return AgendaReader(self.ctx.db)

    def agenda(self, session_id: int) -> Agenda:
        return self.agendas.agenda(session_id)

    def live(self, session_id: int) -> LiveAgenda:
        return live(self.agenda(session_id), self.ctx.clock.now(), self.zone)

    # Adding -----------------------------------------------------------------------------------

    def add_method(self, session_id: int, method_id: str, *, index: int | None = None,
                   minutes: int | None = None, language: str | None = None) -> ChangeSet:
        """Add a method card as an activity: its name and projector text in `language` (the
        interface's, say 'pl') where the card has them, else English."""
        method = self._method(method_id, language)
        return self.add_activity(
            session_id, method.name, minutes or method.minutes, phase=method.phase,
            instructions=method.instructions, tool=method.tool, method=method.id, index=index)

    def add_activity(self, session_id: int, title: str, minutes: object, *,
                     phase: Phase | str = Phase.WELCOME, instructions: str = "",
                     tool: Tool | str = Tool.NONE, method: str = "",
                     index: int | None = None) -> ChangeSet:
        row = {"title": clean_title(title), "duration_s": clean_minutes(minutes) * 60,
               "instructions": clean_instructions(instructions), "phase": _phase(phase).value,
               "tool": _tool(tool).value, "method": method}
        self.read.session(session_id)
        said = Said.of(N_("Add ‘%(title)s’"), title=str(row["title"]))
        with self.ctx.change(said, session_id=session_id) as unit:
            unit.new_id = self._insert(unit, session_id, row, index)
        return self.done(unit)

    def _insert(self, unit: UnitOfWork, session_id: int, row: dict[str, object],
                index: int | None) -> int:
        """Insert at `index`; None: at the end, but before a check-out that ends the agenda
        (it stays last until the facilitator moves it)."""
        ids = self._ids(session_id)
        at = len(ids) if index is None else max(0, min(int(index), len(ids)))
        if index is None and ids and row.get("method") != CHECKOUT_METHOD and \
                self._method_of(ids[-1]) == CHECKOUT_METHOD:
            at = len(ids) - 1
        for position, other in enumerate(ids[at:], start=at + 1):
            unit.update("activity", other, position=position)
        return int(unit.insert("activity", {"session_id": session_id, "position": at, **row}))

    # Editing ----------------------------------------------------------------------------------

    def edit_activity(self, activity_id: int, *, title: str | None = None,
                      minutes: object = None, instructions: str | None = None,
                      phase: Phase | str | None = None) -> ChangeSet:
        item = self.agendas.item(activity_id)
        fields: dict[str, object] = {}
        if title is not None:
            fields["title"] = clean_title(title)
        if minutes is not None:
            fields["duration_s"] = clean_minutes(minutes) * 60
        if instructions is not None:
            fields["instructions"] = clean_instructions(instructions)
        if phase is not None:
            fields["phase"] = _phase(phase).value
        name = item.activity.title
        label = (Said.of(N_("Set ‘%(title)s’ to %(minutes)s min"), title=name,
                         minutes=fields["duration_s"] // 60)  # type: ignore[operator]
                 if list(fields) == ["duration_s"] else Said.of(N_("Edit ‘%(title)s’"), title=name))
        with self.ctx.change(label, session_id=item.activity.session_id) as unit:
            unit.update("activity", activity_id, **fields)
        return self.done(unit)

    def move_activity(self, activity_id: int, index: int) -> ChangeSet:
        item = self.agendas.item(activity_id)
        ids = self._ids(item.activity.session_id)
        ids.remove(activity_id)
        ids.insert(max(0, min(int(index), len(ids))), activity_id)
        with self.ctx.change(Said.of(N_("Move ‘%(title)s’"), title=item.activity.title),
                             session_id=item.activity.session_id) as unit:
            self._renumber(unit, ids)
        return self.done(unit)

    def delete_activity(self, activity_id: int) -> ChangeSet:
        item = self.agendas.item(activity_id)
        session_id = item.activity.session_id
        agenda = self.agenda(session_id)
        if agenda.current_index is not None and agenda.current is not None and \
                agenda.current.id == activity_id and agenda.state is not RunState.FINISHED:
            raise ConflictError(Said.of(N_("‘%(title)s’ is the activity running now. Move on to another "
                                           "one before deleting it."), title=item.activity.title))
        said = Said.of(N_("Delete ‘%(title)s’"), title=item.activity.title)
        with self.ctx.change(said, session_id=session_id) as unit:
            self._let_go_of(unit, activity_id)
            for planned in list(self.ctx.db.query(  # a poll planned for it and never run goes
                    "SELECT id FROM poll WHERE activity_id = ? AND opened_at IS NULL AND "
                    "source = 'phones'", [activity_id])):
                unit.delete("poll", planned["id"])
            unit.delete("activity", activity_id)
            self._renumber(unit, [i for i in self._ids(session_id) if i != activity_id])
        return self.done(unit)

    def _let_go_of(self, unit: UnitOfWork, activity_id: int) -> None:
        """Rows elsewhere that point at the activity (notes made during it) stay, unlinked."""
        for table in self.ctx.db.tables:
            for key in table.foreign_keys:
                if key.other_table != "activity" or table.name == "activity" or key.column is None:
                    continue
                for row in list(self.ctx.db.query(
                        f"SELECT id FROM [{table.name}] WHERE [{key.column}] = ?", [activity_id])):
                    unit.update(table.name, row["id"], **{key.column: None})

    def set_times(self, session_id: int, starts_at: time | str,
                  ends_at: time | str | None = None) -> ChangeSet:
        """Set the session's start; without an end, the session keeps its length."""
        session = self.read.session(session_id)
        start = validate.clock_time(starts_at, N_("The start time"))
        if ends_at is None:
            moved = datetime.combine(session.date, start) + timedelta(
                minutes=session.length_minutes)
            if moved.date() != session.date:
                raise ValidationError(N_("The session would end after midnight. Choose an earlier start."),
                                      field="starts_at")
            end = moved.time()
        else:
            end = validate.clock_time(ends_at, N_("The end time"))
        if end <= start:
            raise ValidationError(N_("The session must end after it starts."), field="ends_at")
        with self.ctx.change(Said.of(N_("Session times %(start)s–%(end)s"), start=f"{start:%H:%M}",
                                     end=f"{end:%H:%M}"),
                             session_id=session_id) as unit:
            unit.update("session", session_id, starts_at=f"{start:%H:%M}",
                        ends_at=f"{end:%H:%M}")
        return self.done(unit)

    # Templates --------------------------------------------------------------------------------

    def apply_template(self, session_id: int, template_id: str, *,
                       language: str | None = None, checkout: bool = True) -> ChangeSet:
        """Add a template's activities to the end of the session's agenda (the cards' text in
        `language` where they have it). Its check-out step is left out without `checkout`, or
        when the agenda has a check-out already."""
        template = self._template(template_id)
        self.read.session(session_id)
        has_one = any(a.activity.method == CHECKOUT_METHOD
                      for a in self.agenda(session_id).items)
        said = Said.of(N_("Agenda from ‘%(name)s’"), name=template.name)
        with self.ctx.change(said, session_id=session_id) as unit:
            self._fill(unit, session_id, template, language, checkout and not has_one)
        return self.done(unit)

    def new_session_from_template(self, template_id: str, title: str, on: date | str, *,
                                  starts_at: time | str | None = None,
                                  venue: str = "", language: str | None = None,
                                  checkout: bool = True) -> ChangeSet:
        """A session with the template's plan; without `checkout`, minus its check-out step."""
        template = self._template(template_id)
        start = validate.clock_time(starts_at or template.starts_at, N_("The start time"))
        end = datetime.combine(date.min, start) + timedelta(minutes=template.minutes)
        if end.date() != date.min:
            raise ValidationError(N_("The session would end after midnight. Choose an earlier start."),
                                  field="starts_at")
        row = SessionService._clean(title, on, venue, start, end.time(), template.kind)
        SessionService(self.ctx).check_in_programme(row)
        with self.ctx.change(Said.of(N_("New session ‘%(title)s’ from ‘%(name)s’"), title=str(row["title"]),
                                     name=template.name)) as unit:
            session_id = int(unit.insert("session", {**row, "created_at": self.ctx.now()}))
            unit.new_id = session_id
            self._fill(unit, session_id, template, language, checkout)
        return self.done(unit)

    def _fill(self, unit: UnitOfWork, session_id: int, template: Template,
              language: str | None = None, checkout: bool = True) -> None:
        for step in template.steps:
            if step.method == CHECKOUT_METHOD and not checkout:
                continue
            method = self._method(step.method, language)
            self._insert(unit, session_id, {
                "title": step.title or method.name,
                "duration_s": (step.minutes or method.minutes) * 60,
                "instructions": method.instructions, "phase": method.phase.value,
                "tool": method.tool.value, "method": method.id}, None)

    # Helpers ----------------------------------------------------------------------------------

    def _method_of(self, activity_id: int) -> str:
        found = self.ctx.db.execute("SELECT method FROM activity WHERE id = ?",
                                    [activity_id]).fetchone()
        return str(found[0] or "") if found else ""

    def _ids(self, session_id: int) -> list[int]:
        return [r["id"] for r in self.ctx.db.query(
            "SELECT id FROM activity WHERE session_id = ? ORDER BY position, id", [session_id])]

    @staticmethod
    def _renumber(unit: UnitOfWork, ids: list[int]) -> None:
        for position, activity_id in enumerate(ids):
            unit.update("activity", activity_id, position=position)

    @staticmethod
    def _method(method_id: str, language: str | None = None) -> Method:
        method = shipped_methods(language).get(method_id)
        if method is None:
            raise NotFoundError(Said.of(N_("There is no method ‘%(method_id)s’ in the library."),
                                        method_id=method_id))
        return method

    @staticmethod
    def _template(template_id: str) -> Template:
        template = shipped_templates().get(template_id)
        if template is None:
            raise NotFoundError(Said.of(N_("There is no session template ‘%(template_id)s’."),
                                        template_id=template_id))
        return template


def _phase(value: Phase | str) -> Phase:
    try:
        return Phase(value)
    except ValueError:
        raise ValidationError(Said.of(N_("‘%(value)s’ is not a phase of the design process."), value=value),
                              field="phase") from None


def _tool(value: Tool | str) -> Tool:
    try:
        return Tool(value)
    except ValueError:
        raise ValidationError(Said.of(N_("‘%(value)s’ is not a tool the app has."),
                                      value=value), field="tool") from None
