"""Dot voting: open a round, cast and withdraw dots, close it, and record the focus the room chose.

The facilitator may cast dots for someone (a person without a phone, dots on a paper sheet); those
are marked `on_behalf`, with or without a named voter. Counts per item are not readable until the
round closes (see `store.board_reader`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from coprod_desktop.domain import validate
from coprod_desktop.domain.board import TargetKind, VoteRound
from coprod_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from coprod_desktop.domain.limits import TITLE_MAX
from coprod_desktop.domain.said import Said, ours
from coprod_desktop.i18n import N_, Nn_
from coprod_desktop.services.board_base import BoardService, title_quote
from coprod_desktop.services.changes import ChangeSet, Initiator

MAX_DOTS = 20
VIA = ("console", "phone")


def _dots(n: int) -> str:
    return "1 dot" if n == 1 else f"{n} dots"


class VoteService(BoardService):
    def open_vote(self, session_id: int, *, target_kind: TargetKind | str = TargetKind.CLUSTER,
                  dots_per_person: int = 3, cap_per_item: int | None = None,
                  target_ids: Iterable[int] = (), activity_id: int | None = None,
                  title: str = "") -> ChangeSet:
        """Start a round. Only one round can be open on a board at a time."""
        self.read.session(session_id)
        try:
            kind = TargetKind(target_kind)
        except ValueError:
            raise ValidationError(N_("People vote on notes or on clusters.")) from None
        dots = int(dots_per_person)
        if not 1 <= dots <= MAX_DOTS:
            raise ValidationError(Said.of(N_("Each person can have between 1 and %(max_dots)s dots."),
                                          max_dots=MAX_DOTS),
                                  field="dots_per_person")
        if cap_per_item is not None and not 1 <= int(cap_per_item) <= dots:
            raise ValidationError(
                Said.of(N_("The most dots on one item must be between 1 and %(dots)s (the dots each person "
                           "has)."), dots=dots),
                field="cap_per_item")
        if self.board.open_round(session_id) is not None:
            raise ConflictError(N_("A vote is already open on this board. Close it first."))
        clean_title = validate.text(title, N_("The vote's title"), TITLE_MAX, field="title",
                                    required=False)
        ids = sorted({int(i) for i in target_ids})
        forms = Nn_("Open a vote on notes (%(n)s dot each)", "Open a vote on notes (%(n)s dots each)") \
            if kind is TargetKind.NOTE else \
            Nn_("Open a vote on clusters (%(n)s dot each)", "Open a vote on clusters (%(n)s dots each)")
        with self.ctx.change(Said.counted(forms, dots),
                             session_id=session_id) as unit:
            unit.new_id = unit.insert("vote_round", {
                "session_id": session_id, "activity_id": activity_id, "title": clean_title,
                "target_kind": kind.value, "target_ids": json.dumps(ids),
                "dots_per_person": dots,
                "cap_per_item": int(cap_per_item) if cap_per_item is not None else None,
                "status": "open", "opened_at": self.ctx.now(), "closed_at": None})
            if not ids:  # "everything on the board": fixed now, so later items never join
                everything = sorted(self.board.eligible(self.board.round(int(unit.new_id))))
                if not everything:
                    raise ValidationError(Said.of(N_("There are no %(plural)s to vote on yet."),
                                                  plural=ours(kind.plural)))
                unit.update("vote_round", unit.new_id, target_ids=json.dumps(everything))
        return self.done(unit)

    def cast_vote(self, round_id: int, target_id: int, *, voter_id: int | None = None,
                  on_behalf: bool | None = None, dots: int = 1, via: str = "console",
                  initiator: Initiator = Initiator.CONSOLE) -> ChangeSet:
        """Place dots on one item. Without a voter the dots are the facilitator's, on someone's
        behalf; a named voter's dots count against their allowance and the cap per item."""
        vote_round = self._open(round_id)
        if via not in VIA:
            raise ValidationError(Said.of(N_("Unknown way of voting: %(via)s."), via=via))
        count = int(dots)
        if count < 1:
            raise ValidationError(N_("Place at least one dot."))
        labels = self.board.eligible(vote_round)
        if target_id not in labels:
            raise ValidationError(Said(f"That is not one of the {vote_round.target_kind.plural} "
                                       "in this vote.",
                                       "That is not one of the items in this vote."))
        self._check_revealed(vote_round, target_id)
        behalf = (via == "console") if on_behalf is None else bool(on_behalf)
        if voter_id is None:
            behalf = True  # dots from nobody in particular can only be the facilitator's
        else:
            self.read.attendee(voter_id)
            self._check_allowance(vote_round, voter_id, target_id, count)
        label = Said.counted(Nn_("%(n)s dot on %(title)s", "%(n)s dots on %(title)s"), count,
                             title=title_quote(labels[target_id]))
        with self.ctx.change(label, initiator=initiator, undoable=initiator == Initiator.CONSOLE,
                             session_id=vote_round.session_id) as unit:
            for _ in range(count):
                unit.new_id = unit.insert("vote", {
                    "session_id": vote_round.session_id, "round_id": round_id,
                    "voter_id": voter_id, "on_behalf": int(behalf), "target_id": target_id,
                    "cast_at": self.ctx.now(), "via": via})
        return self.done(unit)

    def withdraw_vote(self, round_id: int, target_id: int, *, voter_id: int | None = None,
                      initiator: Initiator = Initiator.CONSOLE) -> ChangeSet:
        """Take back one dot: the voter's latest on that item (or the facilitator's unnamed one)."""
        vote_round = self._open(round_id)
        who = "voter_id IS NULL" if voter_id is None else "voter_id = ?"
        found = list(self.ctx.db.query(
            f"SELECT id FROM vote WHERE round_id = ? AND target_id = ? AND {who} "
            "ORDER BY id DESC LIMIT 1",
            [round_id, target_id] + ([] if voter_id is None else [voter_id])))
        if not found:
            raise NotFoundError(N_("There is no dot there to take back."))
        label = self.board.eligible(vote_round).get(target_id, "")
        said = Said.of(N_("Take a dot off %(title)s"), title=title_quote(label))
        with self.ctx.change(said, initiator=initiator,
                             undoable=initiator == Initiator.CONSOLE,
                             session_id=vote_round.session_id) as unit:
            unit.delete("vote", found[0]["id"])
        return self.done(unit)

    def close_vote(self, round_id: int) -> ChangeSet:
        """End the round; from now on its results can be read, ranked."""
        vote_round = self._open(round_id)
        with self.ctx.change(N_("Close the vote"), session_id=vote_round.session_id) as unit:
            unit.update("vote_round", round_id, status="closed", closed_at=self.ctx.now())
        return self.done(unit)

    def choose_focus(self, session_id: int, focus: str, *, round_id: int | None = None) -> ChangeSet:
        """Record what the room chose to work on (often the winner, but the room decides)."""
        clean = validate.text(focus, N_("The focus"), TITLE_MAX, field="focus")
        self.read.session(session_id)
        if round_id is not None and self.board.round(round_id).session_id != session_id:
            raise ValidationError(N_("That vote belongs to another session."))
        with self.ctx.change(Said.of(N_("Choose the focus %(title)s"), title=title_quote(clean)),
                             session_id=session_id) as unit:
            unit.update("session", session_id, focus=clean, focus_round_id=round_id)
        return self.done(unit)

    # Rules ----------------------------------------------------------------------------------
    def _open(self, round_id: int) -> VoteRound:
        vote_round = self.board.round(round_id)
        if not vote_round.is_open:
            raise ConflictError(N_("This vote has closed, so its dots can no longer change."))
        return vote_round

    def _check_revealed(self, vote_round: VoteRound, target_id: int) -> None:
        if vote_round.target_kind is TargetKind.NOTE:
            note = self.read.note(target_id)
            if note.hidden:
                raise ValidationError(N_("That note has not been shown to the room yet."))

    def _check_allowance(self, vote_round: VoteRound, voter_id: int, target_id: int,
                         count: int) -> None:
        used = self.board.dots_used(vote_round.id, voter_id)
        allowed = vote_round.dots_per_person
        if used + count > allowed:
            left = allowed - used
            raise ValidationError(
                Said(f"Each person has {_dots(allowed)} and all of them are used. Take one back "
                     "to move it.", "Each person has %(n)s dots and all of them are used. Take "
                     "one back to move it.", n=allowed) if left == 0 else
                Said(f"Only {_dots(left)} left (each person has {allowed}).",
                     "Only %(left)s dots left (each person has %(n)s).", left=left, n=allowed))
        cap = vote_round.cap_per_item
        if cap is not None and self.board.dots_on(vote_round.id, voter_id, target_id) + count > cap:
            raise ValidationError(Said(f"One person can put at most {_dots(cap)} on the same item.",
                                       "One person can put at most %(cap)s dots on the same item.",
                                       cap=cap))
