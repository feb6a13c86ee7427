"""The red "could not save" banner: shown when the file refuses a write, kept until a save works.

The file is made to refuse for real: SQLite's own page limit (PRAGMA max_page_count) stops it
growing, which fails a write with the same "database or disk is full" a full disk gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coprod_desktop.gui.save_banner import SaveBanner
from coprod_desktop.services import Services


def _fill_up(services: Services) -> None:
    db = services.file.db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


def test_the_banner_stays_until_a_save_works(qtbot, services: Services, session_id: int,
                                             artifacts: Path) -> None:
    banner = SaveBanner()
    qtbot.addWidget(banner)
    banner.watch(services)
    heard: list[str] = []
    services.subscribe(lambda change: heard.append(change.label))
    _fill_up(services)
    with pytest.raises(Exception, match="full"):
        for n in range(200):  # a page or two of notes is enough to need a new page
            services.notes.add_note(session_id, f"Note {n} " + "x" * 1500)
    assert banner.isVisibleTo(None) or not banner.isHidden()
    assert "Could not save" in banner.text() and "Add note" in banner.text()
    saved_before = len(heard)
    banner.resize(900, 60)
    banner.grab().save(str(artifacts / "console-save-failure-banner.png"))
    # Still there after more failures; gone after the next change that is saved.
    with pytest.raises(Exception, match="full"):
        services.notes.add_note(session_id, "y" * 1500)
    assert not banner.isHidden() and len(heard) == saved_before
    services.file.db.execute("PRAGMA max_page_count = 1073741823")
    services.notes.add_note(session_id, "After space was freed")
    assert banner.isHidden() and heard[-1] == "Add note"
