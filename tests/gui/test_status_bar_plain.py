"""Opening sign-in is not announced as a save of the app's own bookkeeping (review rev1 item 17:
"Saved 08:39: Phone form key" appeared as soon as the facilitator opened sign-in)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from coprod_desktop.store.phone_reader import PhoneReader


def test_opening_sign_in_announces_nothing_the_facilitator_did_not_do(
        make_app, demo_path: Path, qtbot, clock) -> None:
    clock.set(datetime(2026, 11, 24, 17, 50, tzinfo=UTC))
    app = make_app()
    app.start(demo_path)
    qtbot.waitExposed(app.console)
    shown: list[str] = []
    original = app.console.show_status
    app.console.show_status = lambda text: (shown.append(text), original(text))  # type: ignore[method-assign]
    services = app.current.services
    phones = PhoneReader(services.file.db)
    assert phones.web_secret() is None  # the demo has never been served
    signin = app.console.view.panel("Sign-in")
    app.console.view.show_panel(signin)
    assert signin.open_sign_in()
    # Both notes the app keeps for itself are written once sign-in is open...
    qtbot.waitUntil(lambda: phones.web_secret() is not None and phones.web_port() is not None,
                    timeout=10_000)
    # ...and the status bar says nothing of them (opening sign-in itself is its own change).
    assert not [text for text in shown if "key" in text.lower() or "where phones" in text]
    services.notes.add_note(app.console.view.current_session(), "After sign-in opened")
    assert shown[-1].startswith("Saved ") and shown[-1].endswith(": Add note")
