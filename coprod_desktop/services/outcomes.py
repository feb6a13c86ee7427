"""Outcomes: mark something to come back to, keep what became of it up to date, link it to the
actions and rapid tests that carry it, and carry it on from meeting to meeting."""

from __future__ import annotations

from collections.abc import Iterable

from coprod_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from coprod_desktop.domain.outcomes import (
    LinkKind,
    OutcomeStatus,
    SourceKind,
    check_outcome,
    clean_said,
)
from coprod_desktop.domain.said import Said, ours
from coprod_desktop.i18n import N_, Nn_
from coprod_desktop.i18n import _ as gettext
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.services.unit_of_work import UnitOfWork
from coprod_desktop.store.board_reader import BoardReader, VoteStillOpen
from coprod_desktop.store.outcomes_reader import OutcomesReader


class OutcomeService(Service):
    @property
    def outcomes(self) -> OutcomesReader:
        return OutcomesReader(self.ctx.db)

    def come_back_to(self, kind: SourceKind | str, source_id: int, *, said: str | None = None,
                     meeting_id: int | None = None) -> ChangeSet:
        """Mark a note, cluster, story, phone question or poll result: "we'll come back to this".

        `said` is what was raised, as it may be shown to everyone; it starts as the note's,
        cluster's or question's own words. A story or a poll needs it written: a story's words
        may have to stay in the room.
        """
        source = SourceKind(kind)
        words, session_id = self.outcomes.source_text(source, int(source_id))
        if source is SourceKind.POLL and said is None:
            said = self._poll_words(int(source_id))
        if self.outcomes.for_source(source, int(source_id)) is not None:
            raise ConflictError(N_("The group has already said it will come back to this."))
        if source is SourceKind.STORY and not (said or "").strip():
            raise ValidationError(N_("Write in a few words what the story raised. The story's own words may "
                                     "have to stay in the room."), field="said")
        text = clean_said(said if said is not None else words)
        now = self.ctx.now()
        meeting = meeting_id if meeting_id is not None else session_id
        with self.ctx.change(N_("We'll come back to this"), session_id=meeting) as unit:
            unit.new_id = unit.insert("outcome", {
                "source_kind": source.value, "source_id": int(source_id), "said": text,
                "status": OutcomeStatus.COME_BACK.value, "raised_session_id": session_id,
                "created_at": now, "updated_at": now})
            self._event(unit, int(unit.new_id), meeting, "marked", OutcomeStatus.COME_BACK, "")
        return self.done(unit)

    def set_outcome(self, outcome_id: int, status: OutcomeStatus | str, *, passed_to: str = "",
                    reason: str = "", what_happened: str = "",
                    meeting_id: int | None = None) -> ChangeSet:
        """Where it has got to. "Can't do this" needs a plain reason; "passed on" needs who."""
        current = self.outcomes.outcome(outcome_id)
        new = OutcomeStatus(status)
        fields = check_outcome(new, passed_to=passed_to, reason=reason,
                               what_happened=what_happened)
        if meeting_id is not None:
            self.read.session(meeting_id)
        if new is current.status and fields["passed_to"] == current.passed_to and \
                fields["reason"] == current.reason and \
                fields["what_happened"] == current.what_happened:
            raise ValidationError(Said.of(N_("This is already “%(label)s”."), label=ours(new.label)))
        said = Said.of(N_("Outcome: %(state)s"), state=Said(new.label, new.label))  # ours
        with self.ctx.change(said, session_id=meeting_id) as unit:
            unit.update("outcome", outcome_id, status=new.value, updated_at=self.ctx.now(),
                        **fields)
            detail = fields["reason"] or fields["passed_to"] or fields["what_happened"]
            self._event(unit, outcome_id, meeting_id, "status", new, detail)
        return self.done(unit)

    def link(self, outcome_id: int, kind: LinkKind | str, target_id: int) -> ChangeSet:
        """Say which action or rapid test carries this outcome."""
        current = self.outcomes.outcome(outcome_id)
        link = LinkKind(kind)
        table = "action" if link is LinkKind.ACTION else "rapid_test"
        if not list(self.ctx.db.query(f"SELECT 1 FROM {table} WHERE id = ?", [target_id])):
            raise NotFoundError(N_("That action is no longer in this programme.")
                                if link is LinkKind.ACTION else
                                N_("That rapid test is no longer in this programme."))
        if any(x.kind is link and x.target_id == target_id for x in current.links):
            raise ConflictError(N_("This action is already linked.") if link is LinkKind.ACTION
                                else N_("This rapid test is already linked."))
        label = N_("Link action") if link is LinkKind.ACTION else N_("Link rapid test")
        with self.ctx.change(label,
                             session_id=current.raised_session_id) as unit:
            unit.insert("outcome_link", {"outcome_id": outcome_id, "kind": link.value,
                                         "target_id": int(target_id),
                                         "created_at": self.ctx.now()})
        return self.done(unit)

    def unlink(self, outcome_id: int, kind: LinkKind | str, target_id: int) -> ChangeSet:
        found = list(self.ctx.db.query(
            "SELECT id FROM outcome_link WHERE outcome_id = ? AND kind = ? AND target_id = ?",
            [outcome_id, LinkKind(kind).value, target_id]))
        if not found:
            raise NotFoundError(N_("That link is no longer there."))
        with self.ctx.change(N_("Remove link")) as unit:
            unit.delete("outcome_link", found[0]["id"])
        return self.done(unit)

    def carry_forward(self, outcome_ids: Iterable[int], meeting_id: int) -> ChangeSet:
        """The meeting looked at these open outcomes and carries them on to the next."""
        self.read.session(meeting_id)
        chosen = [self.outcomes.outcome(int(i)) for i in dict.fromkeys(outcome_ids)]
        if not chosen:
            raise ValidationError(N_("No outcomes are selected."))
        settled = [o for o in chosen if not o.open]
        if settled:
            raise ValidationError(Said.of(
                N_("‘%(said)s’ is marked “%(state)s”; only open outcomes are carried forward."),
                said=settled[0].said[:60], state=ours(settled[0].status.label)))
        label = Said.counted(Nn_("Carry %(n)s outcome forward", "Carry %(n)s outcomes forward"),
                             len(chosen))
        with self.ctx.change(label, session_id=meeting_id) as unit:
            for outcome in chosen:
                self._event(unit, outcome.id, meeting_id, "carried", outcome.status, "")
        return self.done(unit)

    def delete(self, outcome_id: int) -> ChangeSet:
        current = self.outcomes.outcome(outcome_id)
        with self.ctx.change(N_("Delete outcome"), session_id=current.raised_session_id) as unit:
            for row in self.ctx.db.query(
                    "SELECT id FROM outcome_link WHERE outcome_id = ?", [outcome_id]):
                unit.delete("outcome_link", row["id"])
            for row in self.ctx.db.query(
                    "SELECT id FROM outcome_event WHERE outcome_id = ?", [outcome_id]):
                unit.delete("outcome_event", row["id"])
            unit.delete("outcome", outcome_id)
        return self.done(unit)

    def link_options(self, kind: LinkKind | str) -> list[tuple[int, str]]:
        """The actions or rapid tests an outcome could be linked to: (id, words)."""
        if LinkKind(kind) is LinkKind.ACTION:
            sql = "SELECT id, what AS words FROM action ORDER BY id"
        else:
            sql = "SELECT id, title AS words FROM rapid_test ORDER BY id"
        return [(int(r["id"]), r["words"]) for r in self.ctx.db.query(sql)]

    # -- helpers ------------------------------------------------------------------------------
    def _event(self, unit: UnitOfWork, outcome_id: int, meeting_id: int | None, kind: str,
               status: OutcomeStatus, detail: str) -> None:
        unit.insert("outcome_event", {"outcome_id": outcome_id, "meeting_id": meeting_id,
                                      "kind": kind, "status": status.value, "detail": detail,
                                      "created_at": self.ctx.now()})

    def _poll_words(self, round_id: int) -> str:
        try:
            ranked = BoardReader(self.ctx.db).results(round_id)
        except VoteStillOpen as exc:
            raise ValidationError(N_("Close the vote first: its result is not known yet.")) from exc
        if not ranked:
            raise ValidationError(N_("Nobody voted in this round, so there is no result to keep."))
        # The outcome's words, kept in the file and shown on phones and in the bulletin as
        # written: in the language the facilitator is working in (they can edit them).
        return gettext(N_("The vote chose: %(choice)s")) % {"choice": ranked[0].label}
