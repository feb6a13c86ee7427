"""Exports run on a worker thread, on their own read-only snapshot of the programme file.

The GUI thread only starts the job and hears back through queued signals: progress as whole
percentages (at most 101 updates per export), then the path written or a plain reason it failed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.export.documents import PdfRequest, export_pdf
from coprod_desktop.export.tables import export_tables
from coprod_desktop.services.readers import Readers

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportTask:
    """A PDF (with its request) or every table as "csv" or "json" into a folder."""

    destination: Path
    pdf: PdfRequest | None = None
    tables: str | None = None


class ExportSignals(QObject):
    progress = Signal(int, str)  # percent, what it is doing
    finished = Signal(str)  # the path written
    failed = Signal(object)  # why, in plain words (a Said arrives whole, to be said in the GUI)


class ExportJob(QRunnable):
    def __init__(self, open_readers: Callable[[], Readers], task: ExportTask,
                 signals: ExportSignals) -> None:
        super().__init__()
        self.open_readers = open_readers
        self.task = task
        self.signals = signals
        self._last = -1

    def _progress(self, fraction: float, stage: str) -> None:
        percent = max(0, min(100, int(fraction * 100)))
        if percent != self._last:
            self._last = percent
            self.signals.progress.emit(percent, stage)

    def run(self) -> None:
        try:
            readers = self.open_readers()
        except Exception as exc:
            self.signals.failed.emit(f"Could not read the programme file: {exc}")
            return
        try:
            # One state of the programme, whatever phones post meanwhile.
            with readers.snapshot() as reader:
                task = self.task
                if task.pdf is not None:
                    path = export_pdf(reader, task.pdf, task.destination, self._progress)
                else:
                    export_tables(reader, task.destination, task.tables or "csv",
                                  self._progress)
                    path = task.destination
            self.signals.finished.emit(str(path))
        except CoprodError as exc:
            self.signals.failed.emit(exc.message)
        except Exception as exc:  # a bug: say so plainly, keep the details in the log
            log.exception("Export failed")
            self.signals.failed.emit(f"The export failed because of a fault in Coprod Desktop "
                                     f"({type(exc).__name__}). Nothing has been written.")
        finally:
            readers.close()


def start(open_readers: Callable[[], Readers], task: ExportTask, signals: ExportSignals,
          pool: QThreadPool | None = None) -> ExportJob:
    job = ExportJob(open_readers, task, signals)
    (pool or QThreadPool.globalInstance()).start(job)
    return job
