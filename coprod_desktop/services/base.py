"""Shared plumbing for the service classes."""

from __future__ import annotations

from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.services.unit_of_work import Context, UnitOfWork
from coprod_desktop.store.readers import Readers


class Service:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    @property
    def read(self) -> Readers:
        return self.ctx.reader

    @staticmethod
    def done(unit: UnitOfWork) -> ChangeSet:
        assert unit.result is not None, "read the result after the `with` block"
        return unit.result
