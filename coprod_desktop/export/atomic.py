"""Write an export completely or not at all: a temporary file beside the target, then a rename."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Mapping
from pathlib import Path

from coprod_desktop.domain.errors import CoprodError


class ExportFailed(CoprodError):
    """The export could not be written; nothing was left where the user asked for it."""


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "you do not have permission to write there"
    if isinstance(exc, FileNotFoundError):
        return "that folder does not exist"
    if isinstance(exc, IsADirectoryError):
        return "there is a folder with that name"
    if exc.errno == 28:  # ENOSPC
        return "the disk is full"
    return exc.strerror or str(exc)


def _umask() -> int:
    """The process's umask, read without changing it where the system allows (Linux)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _normal_mode(target: Path) -> int:
    """The permissions a plain open() would give a new file (an old one keeps its own): mkstemp
    makes its files private to the user, which a handout someone saves to share should not be."""
    with contextlib.suppress(OSError):
        return stat.S_IMODE(target.stat().st_mode)
    return 0o666 & ~_umask()


def write_file(target: Path, data: bytes) -> Path:
    """Put `data` at `target`, replacing any old file only once the new one is complete."""
    target = Path(target)
    if target.is_dir():
        raise ExportFailed(f"Could not save '{target.name}': there is a folder with that name.")
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        if hasattr(os, "fchmod"):  # Windows has no such modes: its new files are already normal
            os.fchmod(fd, _normal_mode(target))
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        raise ExportFailed(f"Could not save '{target.name}': {_reason(exc)}. "
                           "Nothing has been written.") from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    return target


def write_folder(folder: Path, files: Mapping[str, bytes]) -> list[Path]:
    """Write every file first (in a hidden temporary folder beside `folder`), then move them in.

    If making any file fails, `folder` is left exactly as it was.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportFailed(f"Could not export to '{folder.name}': it is a file, not a folder.")
    parent = folder.parent
    staging: Path | None = None
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".part", dir=parent))
        for name, data in files.items():
            (staging / name).write_bytes(data)
        folder.mkdir(exist_ok=True)
        written = []
        for name in files:
            os.replace(staging / name, folder / name)
            written.append(folder / name)
        return written
    except OSError as exc:
        raise ExportFailed(f"Could not export to '{folder.name}': {_reason(exc)}. "
                           "Nothing has been written.") from exc
    finally:
        if staging is not None:
            for leftover in staging.glob("*"):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            with contextlib.suppress(OSError):
                staging.rmdir()
