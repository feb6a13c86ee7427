"""Reasons a programme file is refused. Each message is one line a facilitator can act on."""

from __future__ import annotations

from coprod_desktop.domain.errors import CoprodError


class FileRefused(CoprodError):
    """The file was not opened, and has not been changed."""


class NotAProgrammeFile(FileRefused):
    pass


class NewerVersionFile(FileRefused):
    pass


class DamagedFile(FileRefused):
    pass


class ReadOnlyFile(FileRefused):
    pass


class FileInUse(FileRefused):
    pass
