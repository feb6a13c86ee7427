"""Handout PDFs for phones: built on a worker thread of their own, kept until the programme changes.

The GUI thread never builds a PDF: it only bumps a counter when a change is saved (and, when the
phone rooms change, asks the worker to get a newly published handout ready). The worker reads
through its own read-only connection inside one read transaction, so a PDF is a consistent picture
of the file, and it uses the same export code as File › Export, so consent is honoured the same way.
A PDF is kept with the change count it was built at; any later change makes the next download
build it again, so a withdrawn consent never waits for the facilitator to republish.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from concurrent.futures import Future, ThreadPoolExecutor
from enum import StrEnum

from coprod_desktop.export.documents import Kind, PdfRequest, build_pdf
from coprod_desktop.services import ChangeSet, Services
from coprod_desktop.store.database import ProgrammeDatabase
from coprod_desktop.store.readers import Readers
from coprod_desktop.store.snapshot import read_snapshot
from coprod_desktop.store.tables import Table

log = logging.getLogger(__name__)


class Size(StrEnum):
    STANDARD = "standard"
    LARGE = "large"

    @property
    def kind(self) -> Kind:
        return Kind.LARGE_PRINT if self is Size.LARGE else Kind.HANDOUT


# Latin letters that Unicode does not split into a plain letter and an accent.
_NO_DECOMPOSITION = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                                   "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                                   "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})


def safe_filename(title: str, day: str, size: Size = Size.STANDARD) -> str:
    """An ASCII file name that every phone can save: 'ashbrook-forum-2026-03-03.pdf'."""
    spelled = title.translate(_NO_DECOMPOSITION)
    plain = unicodedata.normalize("NFKD", spelled).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60].rstrip("-") or "notes"
    extra = "-large-print" if size is Size.LARGE else ""
    return f"{slug}-{day}{extra}.pdf"


class HandoutShelf:
    """Published handouts as PDF bytes, made on demand off every thread that matters."""

    def __init__(self, services: Services) -> None:
        self._file = services.file
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="coprod-handout")
        self._lock = threading.Lock()
        self._generation = 0
        self._kept: dict[tuple[int, Size], tuple[int, bytes]] = {}
        self._db: ProgrammeDatabase | None = None  # the worker's own connection
        self.builds = 0
        self._published: set[int] = set()  # as the worker last saw them
        self._unsubscribe = services.subscribe(self._changed)
        self._closed = False

    def _changed(self, change: ChangeSet) -> None:
        """On the writer's thread: note the change; never build here."""
        with self._lock:
            self._generation += 1
            if change.touches(Table.PHONE_ROOM) and not self._closed:
                self._pool.submit(self._prepare_published)  # only queues the job

    def pdf(self, session_id: int, size: Size = Size.STANDARD) -> Future[bytes]:
        """The handout's bytes, from the worker thread (built now, or as kept)."""
        return self._pool.submit(self._get, session_id, size)

    def _get(self, session_id: int, size: Size) -> bytes:
        with self._lock:
            generation = self._generation
            kept = self._kept.get((session_id, size))
        if kept is not None and kept[0] == generation:
            return kept[1]
        data = self._build(session_id, size)
        with self._lock:
            self._kept[(session_id, size)] = (generation, data)
            self.builds += 1
        return data

    def _build(self, session_id: int, size: Size) -> bytes:
        if self._db is None:
            self._db = self._file.read_connection()
        with read_snapshot(self._db):  # one state of the file for the whole document
            return build_pdf(Readers(self._db), PdfRequest(kind=size.kind, session_id=session_id))

    def _prepare_published(self) -> None:
        """Get newly published handouts ready, so the first phone does not wait."""
        try:
            if self._db is None:
                self._db = self._file.read_connection()
            published = {int(r["session_id"]) for r in self._db.query(
                "SELECT session_id FROM phone_room WHERE handout_at IS NOT NULL")}
            with self._lock:  # forget the PDFs of handouts taken back
                for key in [k for k in self._kept if k[0] not in published]:
                    del self._kept[key]
            fresh, self._published = published - self._published, published
            for session_id in sorted(fresh):
                self._get(session_id, Size.STANDARD)
        except Exception:  # a phone asking later sees the reason; this is only a head start
            log.exception("Getting a published handout ready failed")

    def close(self) -> None:
        with self._lock:
            self._closed = True
        self._unsubscribe()
        self._pool.shutdown(wait=True, cancel_futures=True)
        if self._db is not None:
            self._db.close()
            self._db = None
