"""The programme's sqlite-utils Database, with reads that cost one statement.

sqlite-utils 4 runs every `query()` inside a SAVEPOINT and RELEASE, so that a statement which turns
out to write can be rolled back before it refuses it: three statements for every read. A statement
that begins with SELECT cannot change the file, so here it runs on its own; anything else (a PRAGMA,
WITH ..., a write by mistake) goes through sqlite-utils' guarded path as before. The rows are the
same dictionaries either way.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Sequence
from typing import Any

from sqlite_utils import Database
from sqlite_utils.utils import dedupe_keys

__all__ = ["ProgrammeDatabase"]

_PLAIN_SELECT = re.compile(r"\s*SELECT\b", re.IGNORECASE)


class ProgrammeDatabase(Database):
    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None
              ) -> Generator[dict[str, Any], None, None]:
        if not _PLAIN_SELECT.match(sql):
            return super().query(sql, params)
        if self._tracer:
            self._tracer(sql, params)
        cursor = self.conn.execute(sql) if params is None else self.conn.execute(sql, params)
        keys = dedupe_keys(d[0] for d in cursor.description)
        return (dict(zip(keys, row, strict=True)) for row in cursor)
