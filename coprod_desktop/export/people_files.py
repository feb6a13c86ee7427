"""Saving the people feature's exports: the whole file or nothing, then a line in the record of
exports. Runs on the GUI thread (these files are small: a claims sheet, one person's file)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.export_record import ExportFormat
from coprod_desktop.services import Services


class SaveFailed(CoprodError):
    """Nothing was written where the facilitator asked."""


def write_whole(target: Path, data: bytes) -> Path:
    """Write beside the target, then rename over it, so a failure leaves no half file."""
    target = Path(target)
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        raise SaveFailed(f"Could not save '{target.name}': {exc.strerror or exc}. "
                         "Nothing has been written.") from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    return target


def save_and_record(services: Services, target: Path, data: bytes, *, what: str,
                    fmt: ExportFormat, held_names: bool, detail: str = "") -> Path:
    path = write_whole(target, data)
    services.exports.record(what, fmt, path, held_names=held_names, detail=detail)
    return path
