"""A poll planned on the agenda: a `poll` activity carries its poll (kind, question, options or a
scale's ends and their words) as a poll row made for that activity and not yet opened.

Planning and re-planning edit that row while it has never been opened; starting the activity
opens exactly that poll (`open_planned`, which the Polls panel calls as the room reaches it).
Once it has run, its answers belong to it: planning again is refused (start a new one instead).
"""

from __future__ import annotations

from collections.abc import Sequence

from coprod_desktop.domain.errors import ConflictError, ValidationError
from coprod_desktop.domain.methods import Tool
from coprod_desktop.domain.polls import Poll, PollKind, check_poll, join_words
from coprod_desktop.domain.validate import text as valid_text
from coprod_desktop.i18n import N_
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.services.polls import LABEL_MAX, PollService

RAN = "This poll has been run already. Start a new one from the Polls panel."


class PlannedPollService(Service):
    def planned(self, activity_id: int) -> Poll | None:
        return self.read.polls.for_activity(activity_id)

    def _activity_session(self, activity_id: int) -> int:
        found = self.ctx.db.execute("SELECT session_id, tool FROM activity WHERE id = ?",
                                    [activity_id]).fetchone()
        if found is None:
            raise ValidationError(N_("That activity is no longer on the agenda."))
        if found[1] != Tool.POLL.value:
            raise ValidationError(N_("Only a poll activity can carry a poll."))
        return int(found[0])

    def plan(self, activity_id: int, kind: PollKind | str, question: str, *,
             options: Sequence[str] = (), low: int = 1, high: int = 5, low_label: str = "",
             high_label: str = "") -> ChangeSet:
        """Plan (or re-plan) the activity's poll; one undoable step."""
        session_id = self._activity_session(activity_id)
        kind = PollKind(kind)
        if kind is not PollKind.SCALE:
            low, high = 1, 5
        clean, kept = check_poll(kind, question, options, low, high)
        ends = [valid_text(v, "The words at the end of the scale", LABEL_MAX, field="scale",
                           required=False) if kind is PollKind.SCALE else ""
                for v in (low_label, high_label)]
        before = self.planned(activity_id)
        if before is not None and before.opened_at is not None:
            raise ConflictError(RAN)
        fields = {"kind": kind.value, "question": clean, "options": join_words(kept),
                  "low": low, "high": high, "low_label": ends[0], "high_label": ends[1]}
        with self.ctx.change(N_("Plan a poll"), session_id=session_id) as unit:
            if before is None:
                unit.new_id = unit.insert("poll", {"session_id": session_id,
                                                   "activity_id": activity_id,
                                                   "created_at": self.ctx.now(), **fields})
            else:
                unit.new_id = before.id
                unit.update("poll", before.id, **fields)
        return self.done(unit)

    def unplan(self, activity_id: int) -> ChangeSet | None:
        """No poll planned for the activity any more (one never opened); None: there was none."""
        before = self.planned(activity_id)
        if before is None:
            return None
        if before.opened_at is not None:
            raise ConflictError(RAN)
        return PollService(self.ctx).delete(before.id)

    def open_planned(self, activity_id: int) -> ChangeSet | None:
        """Open the activity's planned poll for phones, if it was never opened; else None."""
        before = self.planned(activity_id)
        if before is None or before.opened_at is not None:
            return None
        return PollService(self.ctx).open(before.id)
