"""Erasing a person (right to erasure), in two steps: an undoable erase, then a final one.

`erase` replaces their name with "Erased person", removes their contact details, access needs,
choices and history of choices, forgets their phones, clears their claim notes, and removes their
notes and votes only if the facilitator chose so. The row itself stays, anonymous, so counts of
who came and anonymous contributions stay true. `confirm` then deletes every undo step that held
their details, deletes the copies made before updates, and rewrites the file (see store.scrub).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coprod_desktop.domain.erasure import (
    ERASED_NAME,
    EraseChoices,
    ErasePlan,
    Erasure,
)
from coprod_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from coprod_desktop.domain.money import OWED
from coprod_desktop.domain.name_forms import NameForm, NameMatcher
from coprod_desktop.domain.records import WordsUse
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_, Nn_
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.services.erase_links import LinkedRecords, LiveTurns
from coprod_desktop.services.erase_text import FreeTextScrub
from coprod_desktop.services.history import HistoryService
from coprod_desktop.services.levelling import LevellingService
from coprod_desktop.services.speaking import SpeakingService
from coprod_desktop.services.stories import StoryService
from coprod_desktop.store import jobs
from coprod_desktop.store.crash_points import crash_point
from coprod_desktop.store.export_reader import ExportReader
from coprod_desktop.store.payments_reader import PaymentsReader
from coprod_desktop.store.people_reader import PeopleReader, erasure_row
from coprod_desktop.store.scrub import ScrubIncomplete, backups_before_updates, scrub

Row = dict[str, Any]
DEFAULT_CHOICES = EraseChoices()
SCRUB_LATER = jobs.SCRUB_LATER  # files from before the job journal
FINAL_JOB = "erase_final"
EVERYONE_JOB = "erase_everyone"
WIPED = {"name": ERASED_NAME, "contact_details": "", "access_needs": "", "name_in_handouts": 0,
         "photos": 0, "contact": 0, "words": WordsUse.ROOM_ONLY.value, "paid": 0}


@dataclass(frozen=True)
class FinalReport:
    history_steps_removed: int
    backups_removed: list[Path]
    exports_redacted: int


class EraseService(Service):
    def _links(self) -> LinkedRecords:
        return LinkedRecords(self.ctx.db)

    # --- looking before erasing ---------------------------------------------------------------

    def plan(self, attendee_id: int, *, mentions: bool = True) -> ErasePlan:
        """What erasing the person would touch (`mentions`: also search everyone's words)."""
        person = self.read.attendee(attendee_id)
        links = self._links()
        owed = sum(c.amount_pence for c in PaymentsReader(self.ctx.db).claims(
            statuses=OWED, attendee_id=attendee_id))
        return ErasePlan(
            person=person, notes=links.count("note", "author_id", attendee_id),
            notes_with_votes=len(links.notes_others_voted_on(attendee_id)),
            votes=links.count("vote", "voter_id", attendee_id),
            phones=links.count("phone_device", "attendee_id", attendee_id),
            choices=links.count("consent_event", "attendee_id", attendee_id),
            claims_owed_pence=owed,
            sessions=links.count("attendance", "attendee_id", attendee_id),
            mentions=({} if person.erased or not mentions else
                      self._free_text().mentions(attendee_id, _row_of(person))),
            backups=backups_before_updates(self.ctx_path()),
            exports_with_names=ExportReader(self.ctx.db).records(names_only=True),
            **links.plan_extras(attendee_id))

    def _free_text(self) -> FreeTextScrub:
        return FreeTextScrub(self.ctx.db, self.read.attendees())

    def ctx_path(self) -> Path:
        found = list(self.ctx.db.query("PRAGMA database_list"))
        return Path(found[0]["file"])

    def erasures(self) -> list[Erasure]:
        return PeopleReader(self.ctx.db).erasures()

    def pending(self) -> list[Erasure]:
        return [e for e in self.erasures() if not e.final]

    def erasure_for(self, attendee_id: int) -> Erasure | None:
        found = [e for e in self.erasures() if e.attendee_id == attendee_id]
        return found[-1] if found else None

    # --- step one: the undoable erase ---------------------------------------------------------

    def erase(self, attendee_id: int, choices: EraseChoices = DEFAULT_CHOICES, *,
              text_done: bool = False) -> ChangeSet:
        """Erase one person (undoable until made final). `text_done`: their names are already
        out of everyone's words (erasing everyone does that for all of them in one pass)."""
        person = self.read.attendee(attendee_id)
        if person.erased:
            raise ValidationError(N_("This person has already been erased."))
        links = self._links()
        live = links.live_turns(attendee_id)
        if live.any and not choices.end_turn:
            raise ValidationError(Said.of(N_("%(name)s has the floor right now. End their turn first, or "
                                             "choose to end it as part of the erase."), name=person.name),
                                  field="end_turn")
        self._end_turns(live)
        plan = self.plan(attendee_id, mentions=False)  # the erase itself finds the mentions
        org = choices.actions_to_org.strip()
        with self.ctx.change(Said.of(N_("Erase person %(id)s"), id=str(attendee_id))) as unit:
            links.before_erase(unit, attendee_id, choices, self.ctx.now())
            for table in ("consent_event", "phone_device"):
                for key in links.ids(table, "attendee_id", attendee_id):
                    unit.delete(table, key)
            for key in links.ids("claim", "attendee_id", attendee_id):
                unit.update("claim", key, note="")
            if not choices.keep_contributions:
                links.remove_contributions(unit, attendee_id)
            # Before the name goes: others' notes, actions and plans that name them.
            if not text_done:
                self._free_text().scrub(unit, attendee_id, _row_of(person))
            unit.update("attendee", attendee_id, **WIPED, erased_at=self.ctx.now())
            unit.new_id = unit.insert("erasure", {
                "attendee_id": attendee_id, "requested_at": self.ctx.now(), "confirmed_at": None,
                "keep_contributions": int(choices.keep_contributions),
                "summary": _summary(plan, choices, org)})
        return self.done(unit)

    def _end_turns(self, live: LiveTurns) -> None:
        """End their turn where they have the floor: each is its own step, as if clicked."""
        for round_id in live.rounds:
            LevellingService(self.ctx).next_turn(round_id)
        for session_id in live.sessions:
            SpeakingService(self.ctx).mark_speaker(session_id, None)
        for story_id in live.stories:
            StoryService(self.ctx).end_story(story_id)

    def _pending_revision(self, erasure_id: int) -> Row | None:
        for row in self.ctx.db.query("SELECT * FROM history WHERE undone = 0 ORDER BY id DESC"):
            for table, key, before, _after in json.loads(row["payload"]):
                if table == "erasure" and key == erasure_id and before is None:
                    return dict(row)
        return None

    def undo_erase(self, erasure_id: int) -> ChangeSet:
        """Take back an erase that is not yet final (the same as Edit › Undo on that step)."""
        erasure = self._erasure(erasure_id)
        if erasure.final:
            raise ConflictError(N_("This erase was made final, so it cannot be undone."))
        revision = self._pending_revision(erasure_id)
        if revision is None:
            raise ConflictError(N_("This erase is too old to undo. It can only be made final."))
        return self.ctx_history().undo(int(revision["id"]))

    def ctx_history(self) -> HistoryService:
        return HistoryService(self.ctx)

    def _erasure(self, erasure_id: int) -> Erasure:
        found = list(self.ctx.db.query("SELECT * FROM erasure WHERE id = ?", [erasure_id]))
        if not found:
            raise NotFoundError(N_("That erase is no longer pending (was it undone?)."))
        return erasure_row(found[0])

    # --- step two: final ----------------------------------------------------------------------

    def confirm(self, erasure_ids: list[int] | int) -> FinalReport:
        """Make erases final: their undo steps go, copies made before updates go, and the file is
        rewritten so the old bytes are gone. Cannot be undone.

        The steps are journalled (see store.jobs): the erasures marked final, the record of
        exports cleaned and the undo steps deleted happen in one transaction with the journal
        row; deleting the copies and rewriting the file follow, and opening the file after a
        crash finishes them (`finish_unfinished`).
        """
        ids = [erasure_ids] if isinstance(erasure_ids, int) else list(erasure_ids)
        erasures = [self._erasure(i) for i in ids]
        if any(e.final for e in erasures):
            raise ConflictError(N_("That erase is already final."))
        forms: list[NameForm] = []
        people = {e.attendee_id for e in erasures}
        scrubber = self._free_text()
        deleted: set[tuple[str, Any]] = set()
        for erasure in erasures:
            revision = self._pending_revision(erasure.id)
            for table, key, before, after in json.loads(revision["payload"]) if revision else []:
                if table == "attendee" and key == erasure.attendee_id and before:
                    forms += scrubber.forms(key, before)
                if after is None and before is not None:
                    deleted.add((table, key))
        matcher = NameMatcher(forms)
        redacted = 0
        with self.ctx.change(N_("Make an erase final"), undoable=False) as unit:
            crash_point("final.begin")
            for erasure in erasures:
                unit.update("erasure", erasure.id, confirmed_at=self.ctx.now())
            for record in ExportReader(self.ctx.db).records():
                if any(map(matcher.mentions, (record.target, record.what, record.detail))):
                    unit.update("export_log", record.id, target=matcher(record.target),
                                what=matcher(record.what), detail=matcher(record.detail))
                    redacted += 1
            removed = self._purge_history(people, matcher, deleted)
            job = jobs.start(self.ctx.db, FINAL_JOB, "copies", {"erasures": ids}, self.ctx.now())
            crash_point("final.before_commit")
        crash_point("final.committed")
        backups = self._finish_final(job)
        return FinalReport(removed, backups, redacted)

    def _finish_final(self, job_id: int) -> list[Path]:
        """The steps after the final erase's transaction: delete the copies, rewrite the file."""
        backups = backups_before_updates(self.ctx_path())
        for backup in backups:
            backup.unlink(missing_ok=True)
            crash_point("final.copy_deleted")
        with self.ctx.db.atomic():
            jobs.move_to(self.ctx.db, job_id, "rewrite")
        crash_point("final.copies_gone")
        self._scrub()
        crash_point("final.rewritten")
        with self.ctx.db.atomic():
            jobs.finish(self.ctx.db, job_id)
        return backups

    def _scrub(self) -> None:
        try:
            scrub(self.ctx.db)
        except ScrubIncomplete:
            raise ScrubIncomplete(N_(
                "The erase is final and their details are out of the programme, but the file "
                "could not be rewritten just now because something is reading it. It will be "
                "rewritten the next time the programme is opened.")) from None

    def finish_unfinished(self) -> list[Said]:
        """Finish erases a crash (or a busy reader) interrupted; called when a file is opened.

        Returns one plain sentence per job finished (a message as data), for the facilitator to
        be told in the interface's language."""
        done: list[Said] = []
        for job in jobs.unfinished(self.ctx.db, EVERYONE_JOB):
            erased = self._continue_everyone(job)
            done.append(Said.counted(Nn_(
                "Erasing everyone was interrupted; it has now been finished (%(n)s more person "
                "erased).",
                "Erasing everyone was interrupted; it has now been finished (%(n)s more people "
                "erased)."), erased))
        for job in jobs.unfinished(self.ctx.db, FINAL_JOB):
            self._finish_final(job.id)
            done.append(Said.of(N_("Making an erase final was interrupted; it has now been "
                                   "finished and the file rewritten.")))
        if self.read.setting(SCRUB_LATER) == "1":
            with self.ctx.change(N_("Rewrite the file"), undoable=False) as unit:
                unit.delete("setting", SCRUB_LATER)
            scrub(self.ctx.db)
            done.append(Said.of(N_("The file has been rewritten after an earlier final erase.")))
        return done

    def finish_scrub(self) -> bool:
        """Finish what a crash or a busy reader left of a final erase (kept for callers)."""
        return bool(self.finish_unfinished())

    def _purge_history(self, people: set[int], matcher: NameMatcher,
                       deleted: set[tuple[str, Any]]) -> int:
        """Delete the undo steps up to the last one that held the person.

        Older steps go too: undoing one of them could otherwise need a row that only a deleted
        step knew about. Later steps stay, so recent work can still be undone.
        """
        last = 0
        for row in self.ctx.db.query(
                "SELECT id, label, label_params, payload FROM history ORDER BY id"):
            # The label's values (label_params) can hold the name as well as its English.
            if matcher.mentions(row["label"]) or matcher.mentions(row["label_params"] or "") \
                    or _holds_person(
                    json.loads(row["payload"]), people, matcher, deleted):
                last = row["id"]
        return self.ctx.db.execute("DELETE FROM history WHERE id <= ?", [last]).rowcount

    # --- everyone at once (after the retention date) ------------------------------------------

    def erase_everyone(self, choices: EraseChoices = DEFAULT_CHOICES, *,
                       final: bool = False) -> list[int]:
        """Erase every person not yet erased; returns the erasure ids.

        With `final`, the erases are then made final. The job is journalled: a crash part-way
        is finished (the same people erased, then made final) when the file is next opened.
        """
        ids = [p.id for p in self.read.attendees() if not p.erased]
        with self.ctx.db.atomic():
            job = jobs.start(self.ctx.db, EVERYONE_JOB, "erasing",
                             {"people": ids, "final": final,
                              "keep_contributions": choices.keep_contributions,
                              "keep_anonymous_stories": choices.keep_anonymous_stories,
                              "actions_to_org": choices.actions_to_org}, self.ctx.now())
        crash_point("everyone.started")
        return self._run_everyone(job, ids, choices, final)

    def _run_everyone(self, job: int, ids: list[int], choices: EraseChoices,
                      final: bool) -> list[int]:
        made = []
        going = [p for p in self.read.attendees() if p.id in set(ids) and not p.erased]
        if going:  # everyone's names out of everyone's words in one pass, not one per person
            scrubber = self._free_text()
            with self.ctx.change(N_("Remove names from what people wrote")) as unit:
                scrubber.scrub_with(unit, scrubber.many_matcher(going))
            crash_point("everyone.text_done")
        self._forget_invitations(undoable=not final)
        for attendee_id in ids:
            try:
                person = self.read.attendee(attendee_id)
            except NotFoundError:
                continue  # merged into another record since the job began
            if person.erased:
                continue
            made.append(int(self.erase(attendee_id, choices, text_done=True).new_id or 0))
            crash_point("everyone.one_erased")
        if final:
            pending = [e.id for e in self.pending() if e.attendee_id in set(ids)]
            with self.ctx.db.atomic():
                jobs.move_to(self.ctx.db, job, "final")
            if pending:
                self.confirm(pending)
        with self.ctx.db.atomic():
            jobs.finish(self.ctx.db, job)
        return made

    def _forget_invitations(self, *, undoable: bool) -> None:
        """Erasing everyone takes the invitation list too: it names people who never came.
        (Not undoable when the erase is to be final: no undo step may keep the names.)"""
        if "invitation" not in self.ctx.db.table_names():
            return
        with self.ctx.change(N_("Remove the invitation list"), undoable=undoable) as unit:
            for row in list(self.ctx.db.query("SELECT id FROM invitation ORDER BY id")):
                unit.delete("invitation", row["id"])

    def _continue_everyone(self, job: jobs.Job) -> int:
        state = job.state
        choices = EraseChoices(keep_contributions=bool(state.get("keep_contributions", True)),
                               keep_anonymous_stories=bool(
                                   state.get("keep_anonymous_stories", True)),
                               actions_to_org=str(state.get("actions_to_org", "")))
        return len(self._run_everyone(job.id, [int(i) for i in state.get("people", [])],
                                      choices, bool(state.get("final"))))


def _holds_person(changes: list[list[Any]], people: set[int], matcher: NameMatcher,
                  deleted: set[tuple[str, Any]]) -> bool:
    for table, key, before, after in changes:
        if table == "attendee" and key in people:
            return True
        if (table, key) in deleted:
            return True
        for row in (before, after):
            if not row:
                continue
            if table in ("consent_event", "phone_device") and row.get("attendee_id") in people:
                return True
            if any(matcher.mentions(v) for v in row.values() if isinstance(v, str)):
                return True
    return False


def _row_of(person: Any) -> Row:
    return {"name": person.name, "contact_details": person.contact_details,
            "access_needs": person.access_needs}


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _summary(plan: ErasePlan, choices: EraseChoices, org: str) -> str:
    """What the erase did, in words and numbers only (never the person's details)."""
    kept = "kept without a name" if choices.keep_contributions else "removed"
    parts = [f"{_n(plan.notes, 'note')} and {_n(plan.votes, 'vote')} {kept}",
             f"{_n(plan.choices, 'recorded choice')} removed",
             f"{_n(plan.phones, 'phone')} forgotten",
             f"{_n(plan.sessions, 'attendance')} kept without a name"]
    if plan.stories_named:
        parts.append(f"{_n(plan.stories_named, 'story', 'stories')} told with their name removed")
    if plan.actions:
        parts.append(f"{_n(plan.actions, 'action')} handed to {org}" if org
                     else f"{_n(plan.actions, 'action')} left without an owner")
    return "; ".join(parts) + "."
