"""The journal of jobs with several steps, so a crash part-way is finished when the file opens.

Each step writes its new position here inside the same transaction as the step's own changes,
so the journal never says a step happened that did not, nor misses one that did. The state is a
small JSON object of ids, file paths and counts: never names or other personal data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from coprod_desktop.store.database import ProgrammeDatabase

TABLE = "job"
# The setting that files from before the job journal used to say an erase still had to rewrite
# the file (the erase service finishes it when the file opens).
SCRUB_LATER = "people.rewrite_after_erase"


@dataclass(frozen=True)
class Job:
    id: int
    kind: str
    step: str
    state: dict[str, Any]
    started_at: str


def has_journal(db: ProgrammeDatabase) -> bool:
    return TABLE in db.table_names()


def start(db: ProgrammeDatabase, kind: str, step: str, state: dict[str, Any], now: str) -> int:
    """Record a new job (call inside the transaction of its first step)."""
    cursor = db.execute(f"INSERT INTO [{TABLE}] (kind, step, state, started_at) VALUES (?, ?, ?, ?)",
                        [kind, step, json.dumps(state, sort_keys=True), now])
    return int(cursor.lastrowid or 0)


def move_to(db: ProgrammeDatabase, job_id: int, step: str, state: dict[str, Any] | None = None) -> None:
    """Record that the job has reached `step` (inside that step's transaction)."""
    if state is None:
        db.execute(f"UPDATE [{TABLE}] SET step = ? WHERE id = ?", [step, job_id])
    else:
        db.execute(f"UPDATE [{TABLE}] SET step = ?, state = ? WHERE id = ?",
                   [step, json.dumps(state, sort_keys=True), job_id])


def finish(db: ProgrammeDatabase, job_id: int) -> None:
    db.execute(f"DELETE FROM [{TABLE}] WHERE id = ?", [job_id])


def unfinished(db: ProgrammeDatabase, kind: str | None = None) -> list[Job]:
    if not has_journal(db):
        return []
    sql = f"SELECT * FROM [{TABLE}]" + (" WHERE kind = ?" if kind else "") + " ORDER BY id"
    return [Job(int(r["id"]), r["kind"], r["step"], json.loads(r["state"] or "{}"),
                r["started_at"]) for r in db.query(sql, [kind] if kind else [])]


def get(db: ProgrammeDatabase, job_id: int) -> Job | None:
    return next((j for j in unfinished(db) if j.id == job_id), None)
