"""Errors a facilitator can read: each carries a message written for them, not for a developer."""

from __future__ import annotations


class CoprodError(Exception):
    """Base of every error the app explains to the person using it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(CoprodError):
    """The input cannot be saved as it is; the message says what to change."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(CoprodError):
    """The thing asked for is not in this programme (it may have been deleted)."""


class ConflictError(CoprodError):
    """The change cannot be made because something else changed first."""
