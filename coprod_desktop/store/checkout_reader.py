"""Read-only queries for the check-out: the anonymous answers, by session or for the programme."""

from __future__ import annotations

from coprod_desktop.domain.checkout import KEYS, CheckoutAnswer
from coprod_desktop.store.database import Queries


class CheckoutReader:
    def __init__(self, db: Queries) -> None:
        self.db = db

    def available(self) -> bool:
        return "checkout_answer" in self.db.table_names()

    def started(self, session_id: int) -> bool:
        """Whether the session's check-out has begun: its agenda's check-out activity has been
        run (it is on now, or was). Phones may answer from then on, not before."""
        return bool(list(self.db.query(
            "SELECT 1 FROM activity WHERE session_id = ? AND tool = 'checkout' "
            "AND started_at IS NOT NULL LIMIT 1", [session_id])))

    def answers(self, session_id: int | None = None) -> list[CheckoutAnswer]:
        """A session's check-outs, or the whole programme's."""
        if not self.available():
            return []
        sql = "SELECT * FROM checkout_answer"
        args: list[object] = []
        if session_id is not None:
            sql += " WHERE session_id = ?"
            args.append(session_id)
        return [CheckoutAnswer(r["group_name"] or "", {k: r[k] for k in KEYS}, r["via"])
                for r in self.db.query(sql + " ORDER BY id", args)]

    def sessions(self) -> list[int]:
        """Sessions with any check-out, in the order of their ids."""
        if not self.available():
            return []
        return [r["session_id"] for r in self.db.query(
            "SELECT DISTINCT session_id FROM checkout_answer ORDER BY session_id")]
