"""The facilitator's voting commands: open a round, place or take back dots for someone, close it,
and record the room's focus. Part of `BoardCommands`; each is one service call through undo."""

from __future__ import annotations

from collections.abc import Callable

from coprod_desktop.domain.board import TargetKind, winners
from coprod_desktop.gui.board.scene import BoardScene
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.services import ChangeSet, Services


class VoteCommands:
    env: GuiEnv
    scene: BoardScene
    services: Services
    voter_id: int | None  # whose dots the facilitator is placing (None: nobody in particular)
    run: Callable[[Callable[[], ChangeSet]], ChangeSet | None]

    def open_vote(self, kind: TargetKind, dots: int, cap: int | None) -> ChangeSet | None:
        session = self.scene.session_id
        return None if session is None else self.run(
            lambda: self.services.board.votes.open_vote(
                session, target_kind=kind, dots_per_person=dots, cap_per_item=cap,
                activity_id=self.scene.activity_id))

    def _vote_targets(self) -> list[int]:
        vote_round = self.scene.vote_round
        if vote_round is None or not vote_round.is_open:
            self.env.undo.error.emit("Open a vote first.")
            return []
        chosen = (self.scene.selected_clusters() if vote_round.target_kind is TargetKind.CLUSTER
                  else self.scene.selected_notes())
        if not chosen:
            self.env.undo.error.emit(f"Select the {vote_round.target_kind.plural} to put a dot on.")
        return chosen

    def add_dot(self) -> list[ChangeSet]:
        """One dot on each selected item, for the chosen person (or for nobody in particular)."""
        vote_round = self.scene.vote_round
        done: list[ChangeSet] = []
        for target in self._vote_targets():
            assert vote_round is not None
            change = self.run(lambda t=target: self.services.board.votes.cast_vote(
                vote_round.id, t, voter_id=self.voter_id, on_behalf=True))
            if change is None:
                break
            done.append(change)
        return done

    def remove_dot(self) -> list[ChangeSet]:
        vote_round = self.scene.vote_round
        done: list[ChangeSet] = []
        for target in self._vote_targets():
            assert vote_round is not None
            change = self.run(lambda t=target: self.services.board.votes.withdraw_vote(
                vote_round.id, t, voter_id=self.voter_id))
            if change is not None:
                done.append(change)
        return done

    def close_vote(self) -> ChangeSet | None:
        vote_round = self.scene.vote_round
        if vote_round is None or not vote_round.is_open:
            return None
        return self.run(lambda: self.services.board.votes.close_vote(vote_round.id))

    def focus_choice(self) -> str | None:
        """What "record as our focus" would record: the vote's winner. On a tie, the tied item
        the facilitator selected (the room chose); None on a tie with none of them selected.
        (A selected item that did not win is never offered: the room voted.)"""
        vote_round = self.scene.vote_round
        if vote_round is None or vote_round.is_open or not self.scene.results:
            return None
        by_id = {r.target_id: r for r in self.scene.results}
        chosen = (self.scene.selected_clusters() if vote_round.target_kind is TargetKind.CLUSTER
                  else self.scene.selected_notes())
        top = winners(self.scene.results)
        tied = {w.target_id for w in top}
        selected = [t for t in chosen if t in tied]
        if len(top) == 1:
            label = top[0].label
        elif len(selected) == 1:
            label = by_id[selected[0]].label
        else:
            return None
        return label.splitlines()[0][:120]

    def choose_focus(self) -> ChangeSet | None:
        session, vote_round = self.scene.session_id, self.scene.vote_round
        if session is None or vote_round is None:
            return None
        label = self.focus_choice()
        if label is None:
            self.env.undo.error.emit("It is a tie: select the one the room chose, then try again.")
            return None
        return self.run(lambda: self.services.board.votes.choose_focus(
            session, label, round_id=vote_round.id))
