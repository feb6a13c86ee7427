"""Equal-time rounds: plan one from the people present, run it turn by turn, save every move.

Every move from the console is one step on the undo stack, planning (make the round, drag the
order, change the time, add someone late, take someone out, delete it) and running (start, next,
pass, skip, back, pause, carry on, end) alike, as the agenda runner's are: Ctrl+Z straight after a
slip of "Next" undoes that Next, and the speaker's clock carries on as if the room had never left
them. "Back" is different: it returns to the previous speaker as a move of its own, later on.
Only the app's own tidying after a restart (`settle`) is not undoable. Every move is saved as it
happens; nothing is held only in memory.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import datetime

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.levelling import DEFAULT_TURN_S, RoundOrder, RoundStatus
from coprod_desktop.domain.said import Said
from coprod_desktop.facilitation import rounds
from coprod_desktop.facilitation.rounds import RoundState
from coprod_desktop.i18n import N_
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.services.unit_of_work import Context, UnitOfWork
from coprod_desktop.store.levelling_reader import LevellingReader
from coprod_desktop.store.levelling_rows import round_row, turn_row

Move = Callable[[RoundState], RoundState]
LiveMove = Callable[[RoundState, datetime, set[int]], RoundState]


class LevellingService(Service):
    def __init__(self, ctx: Context, rng: random.Random | None = None) -> None:
        super().__init__(ctx)
        self.rng = rng or random.Random()

    @property
    def data(self) -> LevellingReader:
        return LevellingReader(self.ctx.db)

    def state(self, round_id: int) -> RoundState:
        return RoundState(self.data.round(round_id), tuple(self.data.turns(round_id)))

    def active_round(self, session_id: int) -> RoundState | None:
        """The round the console and projector show: the newest one still running, else the newest."""
        found = self.data.rounds(session_id)
        if not found:
            return None
        live = [r for r in found if r.status is not RoundStatus.FINISHED]
        chosen = (live or found)[-1]
        assert chosen.id is not None
        return self.state(chosen.id)

    def present_ids(self, session_id: int) -> set[int]:
        return {a.id for a in self.read.present(session_id)}

    # Planning: undoable edits
    def create_round(self, session_id: int, title: str = "Check-in", *,
                     turn_s: int = DEFAULT_TURN_S, order: RoundOrder | str = RoundOrder.ROOM,
                     people: Sequence[int] | None = None) -> ChangeSet:
        """A round for `people` (by default everyone signed in, in the order they arrived)."""
        self.read.session(session_id)
        present = [a.id for a in self.read.present(session_id)]
        chosen = list(people) if people is not None else present
        missing = [p for p in chosen if p not in present]
        if missing:
            name = self.read.attendee(missing[0]).name
            raise ValidationError(Said.of(N_("%(name)s is not signed in to this session, so cannot be in "
                                             "the round. Sign them in first."), name=name))
        kind = RoundOrder(order)
        planned = rounds.plan(session_id, title, turn_s, kind, chosen, self.ctx.clock.now(),
                              self.rng)
        said = Said.of(N_("New round ‘%(title)s’"), title=planned.round.title)
        with self.ctx.change(said, session_id=session_id) as unit:
            round_id = int(unit.insert("talk_round", round_row(planned.round)))
            for turn in planned.turns:
                unit.insert("round_turn", {**turn_row(turn), "round_id": round_id})
            unit.new_id = round_id
        return self.done(unit)

    def reorder_round(self, round_id: int, turn_ids: Sequence[int]) -> ChangeSet:
        return self._apply(round_id, N_("Change the order of the round"),
                           lambda s: rounds.reorder(s, turn_ids))

    def add_late(self, round_id: int, attendee_id: int) -> ChangeSet:
        name = self.read.attendee(attendee_id).name
        present = self.present_ids(self.data.round(round_id).session_id)
        return self._apply(round_id, Said.of(N_("Add %(name)s to the round"), name=name),
                           lambda s: rounds.add_late(s, attendee_id, present))

    def remove_from_round(self, round_id: int, turn_id: int) -> ChangeSet:
        return self._apply(round_id, N_("Take someone out of the round"),
                           lambda s: rounds.remove(s, turn_id))

    def pass_ahead(self, round_id: int, turn_id: int) -> ChangeSet:
        return self._apply(round_id, N_("Pass before their turn"),
                           lambda s: rounds.pass_ahead(s, turn_id))

    # Running the round
    def start_round(self, round_id: int) -> ChangeSet:
        return self._live(round_id, N_("Start the round"),
                          lambda s, now, here: rounds.start(s, now, here))

    def next_turn(self, round_id: int) -> ChangeSet:
        return self._live(round_id, N_("Next turn"), lambda s, now, here: rounds.advance(s, now, here))

    def pass_turn(self, round_id: int) -> ChangeSet:
        return self._live(round_id, N_("Pass"),
                          lambda s, now, here: rounds.advance(s, now, here, passed=True))

    def skip_turn(self, round_id: int) -> ChangeSet:
        return self._live(round_id, N_("Skip for now"), lambda s, now, here: rounds.skip(s, now, here))

    def back(self, round_id: int) -> ChangeSet:
        return self._live(round_id, N_("Back to the previous turn"),
                          lambda s, now, _here: rounds.back(s, now))

    def pause(self, round_id: int) -> ChangeSet:
        return self._live(round_id, N_("Pause"), lambda s, now, _here: rounds.pause(s, now))

    def resume(self, round_id: int) -> ChangeSet:
        return self._live(round_id, N_("Carry on"), lambda s, now, _here: rounds.resume(s, now))

    def toggle_pause(self, round_id: int) -> ChangeSet:
        current = self.state(round_id).current
        if current is not None and current.paused_at is not None:
            return self.resume(round_id)
        return self.pause(round_id)

    def end_round(self, round_id: int) -> ChangeSet:
        return self._live(round_id, N_("End the round"), lambda s, now, _here: rounds.finish(s, now))

    def settle(self, session_id: int) -> list[ChangeSet]:
        """After reopening the file: stop any turn left running for hours at its time limit."""
        out = []
        for rnd in self.data.rounds(session_id):
            if rnd.status is RoundStatus.RUNNING and rnd.id is not None:
                change = self._live(rnd.id, N_("Stop a turn left running"),
                                    lambda s, now, _here: rounds.settle(s, now), undoable=False)
                if not change.empty:
                    out.append(change)
        return out

    # Plumbing
    def _apply(self, round_id: int, label: str, move: Move) -> ChangeSet:
        before = self.state(round_id)
        after = move(before)
        with self.ctx.change(label, session_id=before.round.session_id) as unit:
            self._save(unit, before, after)
        return self.done(unit)

    def _live(self, round_id: int, label: str, move: LiveMove, *,
              undoable: bool = True) -> ChangeSet:
        before = self.state(round_id)
        here = self.present_ids(before.round.session_id)
        after = move(before, self.ctx.clock.now(), here)
        with self.ctx.change(label, session_id=before.round.session_id,
                             undoable=undoable) as unit:
            self._save(unit, before, after)
        return self.done(unit)

    @staticmethod
    def _save(unit: UnitOfWork, before: RoundState, after: RoundState) -> None:
        """Write only what the move changed."""
        round_id = before.round.id
        assert round_id is not None
        old_round, new_round = round_row(before.round), round_row(after.round)
        changed = {k: v for k, v in new_round.items() if old_round[k] != v}
        if changed:
            unit.update("talk_round", round_id, **changed)
        old = {t.id: t for t in before.turns if t.id is not None}  # read from the file
        kept = {t.id for t in after.turns}
        for turn in after.turns:
            row = {**turn_row(turn), "round_id": round_id}
            if turn.id is None:
                unit.insert("round_turn", row)
            elif turn != old[turn.id]:
                was = turn_row(old[turn.id])
                unit.update("round_turn", turn.id, **{k: v for k, v in row.items()
                                                      if was.get(k) != v})
        for turn_id in old:
            if turn_id not in kept:
                unit.delete("round_turn", turn_id)
