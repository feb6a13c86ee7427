"""The sqlite-utils `Database` behind a programme connection, imported only when first needed.

`ProgrammeDatabase.utils` makes it (store/database.py). Its plain SELECTs cost one statement as
the connection's own do (sqlite-utils 4 would wrap each in a SAVEPOINT and RELEASE), so a table
object's reads (`db["note"].count`, `rows_where`) are as cheap; anything else takes sqlite-utils'
guarded path. No sqlite-utils plugins: nothing another installed package registers runs on a
programme's connections (and making one does not scan every installed package's entry points).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Generator
from typing import Any

from sqlite_utils import Database

from coprod_desktop.store.database import Params, is_plain_select, plain_select

__all__ = ["utils_database"]


class _OneStatementReads(Database):
    def query(self, sql: str, params: Params = None) -> Generator[dict[str, Any], None, None]:
        if not is_plain_select(sql):
            return super().query(sql, params)
        if self._tracer:
            self._tracer(sql, params)
        return plain_select(self.conn, sql, params)


def utils_database(conn: sqlite3.Connection) -> Database:
    return _OneStatementReads(conn, execute_plugins=False)
