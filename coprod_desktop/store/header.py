"""Read a file's SQLite header without opening it, so a file we refuse is never touched."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x43505244  # "CPRD"


@dataclass(frozen=True)
class Header:
    application_id: int
    user_version: int
    page_size: int


def read_header(path: Path) -> Header | None:
    """The header's fields, or None when the file is not a SQLite database at all."""
    with path.open("rb") as handle:
        raw = handle.read(100)
    if len(raw) < 100 or not raw.startswith(SQLITE_MAGIC):
        return None
    page_size = struct.unpack(">H", raw[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    user_version = struct.unpack(">i", raw[60:64])[0]
    application_id = struct.unpack(">i", raw[68:72])[0]
    return Header(application_id, user_version, page_size)
