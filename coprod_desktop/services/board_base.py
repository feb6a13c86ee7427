"""What the board's services share: their reader, and the rules that cut across notes and votes."""

from __future__ import annotations

from collections.abc import Iterable

from coprod_desktop.domain.board import TargetKind
from coprod_desktop.domain.errors import ConflictError
from coprod_desktop.domain.said import Said, ours
from coprod_desktop.i18n import N_
from coprod_desktop.services.base import Service
from coprod_desktop.services.unit_of_work import UnitOfWork
from coprod_desktop.store.board_reader import BoardReader


class BoardService(Service):
    _board: BoardReader | None = None

    @property
    def board(self) -> BoardReader:
        if self._board is None:
            self._board = BoardReader(self.ctx.db)
        return self._board

    def _refuse_during_open_vote(self, session_id: int, activity_id: int | None,
                                 kind: TargetKind, doing: str) -> None:
        for vote_round in self.board.rounds(session_id):
            same_board = None in (vote_round.activity_id, activity_id) or (
                vote_round.activity_id == activity_id)
            if vote_round.is_open and vote_round.target_kind is kind and same_board:
                raise ConflictError(Said.of(N_("A vote on %(plural)s is open. Close it before %(doing)s."),
                                            plural=ours(kind.plural), doing=ours(doing)))


def delete_votes_on(unit: UnitOfWork, kind: TargetKind, target_ids: Iterable[int]) -> int:
    """Remove the dots on things being deleted (inside the same step, so undo brings them back).

    While a vote is open this hands the dots back to the people who placed them.
    """
    ids = sorted({int(i) for i in target_ids})
    if not ids:
        return 0
    found = list(unit.db.query(
        "SELECT vote.id FROM vote JOIN vote_round ON vote_round.id = vote.round_id "
        f"WHERE vote_round.target_kind = ? AND vote.target_id IN ({','.join('?' * len(ids))})",
        [kind.value, *ids]))
    for row in found:
        unit.delete("vote", row["id"])
    return len(found)


def title_quote(title: str, limit: int = 40) -> str:
    """A cluster title for an undo label: ‘Short titles’ whole, long ones shortened with an ellipsis."""
    return f"‘{title if len(title) <= limit else title[:limit - 1].rstrip() + '…'}’"
