"""The sticky-note board's services in one place: `services.board.clusters`, `.votes`,
`.moderation`, and `.read` for the board's queries."""

from __future__ import annotations

from coprod_desktop.services.clusters import ClusterService
from coprod_desktop.services.moderation import ModerationService
from coprod_desktop.services.unit_of_work import Context
from coprod_desktop.services.votes import VoteService
from coprod_desktop.store.board_reader import BoardReader


class BoardServices:
    def __init__(self, ctx: Context) -> None:
        self.clusters = ClusterService(ctx)
        self.votes = VoteService(ctx)
        self.moderation = ModerationService(ctx)
        self.read = BoardReader(ctx.db)
