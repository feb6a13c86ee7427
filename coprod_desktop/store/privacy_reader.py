"""Read the privacy notice and retention date (works on the phone server's read connection)."""

from __future__ import annotations

from datetime import date

from coprod_desktop.domain.privacy import NoticeLines, PrivacyNotice, lines
from coprod_desktop.store.database import Queries


class PrivacyReader:
    def __init__(self, db: Queries) -> None:
        self.db = db

    def _row(self) -> dict:
        found = list(self.db.query("SELECT * FROM programme ORDER BY id LIMIT 1"))
        return dict(found[0]) if found else {}

    def notice(self) -> PrivacyNotice:
        row = self._row()
        return PrivacyNotice(holder=row.get("privacy_holder") or "",
                             why=row.get("privacy_why") or "",
                             how_long=row.get("privacy_how_long") or "",
                             contact=row.get("privacy_contact") or "")

    def retention(self) -> date | None:
        value = self._row().get("retention_until")
        return date.fromisoformat(value) if value else None

    def notice_lines(self) -> NoticeLines:
        row = self._row()
        return lines(self.notice(), row.get("organisation") or "", self.retention())
