"""A file from before the programme tables opens, gains them with safe defaults, and works."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.services import Services
from coprod_desktop.store import schema
from coprod_desktop.store.programme_file import ProgrammeFile
from coprod_desktop.store.programme_reader import ProgrammeReader


def test_older_file_gains_the_programme_tables(programme_path: Path, clock: FakeClock,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    everything = list(schema.migrations._migrations)
    older = [m for m in everything if m.name != "programme_v1"]
    monkeypatch.setattr(schema.migrations, "_migrations", older)
    file = ProgrammeFile.create(programme_path)
    file.db["programme"].insert({"title": "Before", "start_date": "2026-09-15",
                                 "length_days": 100, "created_at": "2026-09-01T00:00:00.000+00:00"})
    file.db["attendee"].insert({"name": "Priya", "group_name": "parent_carer",
                                "created_at": "2026-09-01T00:00:00.000+00:00"})
    assert "action" not in file.db.table_names()
    file.close()

    monkeypatch.setattr(schema.migrations, "_migrations", everything)
    file = ProgrammeFile.open(programme_path)
    try:
        settings = ProgrammeReader(file.db).calendar_settings()
        assert (settings.start_date, settings.length_days, settings.time_zone) == (
            date(2026, 9, 15), 100, "Europe/London")
        assert (settings.pattern.first_date, settings.pattern.every_days,
                settings.pattern.starts_at) == (None, 14, time(18, 0))
        services = Services(file, clock)
        priya = services.read.attendees()[0].id
        assert ProgrammeReader(file.db).left_group() == {}
        action = services.actions.add_action("Ring the clinic", owner_attendee_id=priya)
        assert ProgrammeReader(file.db).action(int(action.new_id or 0)).owner.label == "Priya"
        assert file.db.execute("PRAGMA user_version").fetchone()[0] == len(everything)
    finally:
        file.close()
