"""What opening a programme finishes before anything is shown.

A crash (or a killed process, or a power cut) can stop a job of several steps part-way, or leave
the file saying that phone sign-in is open when no server is listening. Whoever opens the file
with the write lock calls `finish_on_open` first: it finishes each journalled job (store.jobs)
and closes sign-in left open, and returns a plain sentence for each thing it did (a message as
data), for the app to show in its language and the command line to print.
"""

from __future__ import annotations

from coprod_desktop.clock import Clock
from coprod_desktop.domain.said import Said
from coprod_desktop.i18n import N_
from coprod_desktop.services import Services
from coprod_desktop.store import jobs


def close_stale_sign_in(services: Services) -> list[Said]:
    """Only the process holding the file's lock can serve phones; we hold it, so none is."""
    done: list[Said] = []
    for row in list(services.file.db.query(
            "SELECT session_id FROM phone_room WHERE signin_open = 1 ORDER BY id")):
        services.phones.close_sign_in(int(row["session_id"]))
        done.append(Said.of(N_("Phone sign-in was still marked open from last time (the app did "
                               "not close cleanly); it is closed now. Open it again when the room "
                               "is ready.")))
    return done


def finish_on_open(services: Services, clock: Clock | None = None) -> list[Said]:
    """Finish whatever a crash left part-done; returns what was done, in plain words (messages
    as data: the console says them in its language, the command line in English)."""
    done: list[Said] = []
    # Nearly always nothing is: then the erase and archive machinery is not even loaded.
    if jobs.unfinished(services.file.db) or services.read.setting(jobs.SCRUB_LATER) == "1":
        from coprod_desktop.services.archive import finish_unfinished_archives

        done += services.erase.finish_unfinished()
        done += finish_unfinished_archives(services, clock or services.clock)
    done += close_stale_sign_in(services)
    return done
