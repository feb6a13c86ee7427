"""Phones join the story queue through the real server and Qt bridge; the Stories panel follows."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from coprod_desktop.domain.records import WordsUse
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.levelling.story_panel import StoryPanel
from coprod_desktop.gui.signin.panel import SignInPanel
from coprod_desktop.services import Services
from tests.gui.gui_helpers import in_thread
from tests.web.phone_helpers import csrf_of


@pytest.fixture
def console(qtbot, env: GuiEnv, signin_panel: SignInPanel, undo_errors: list[str], session_id: int):
    stories = StoryPanel(env)
    qtbot.addWidget(stories)
    stories.show()  # a console panel draws changes while it is shown
    stories.set_session(session_id)
    return signin_panel, stories, undo_errors


def test_a_phone_joins_and_leaves_the_queue_and_the_panel_follows(
        qtbot, console, services: Services, session_id: int, artifacts: Path) -> None:
    signin, stories, errors = console
    switch = stories.phones_switch
    assert not switch.isEnabled() and "Open sign-in" in switch.toolTip()
    switch.setChecked(True)  # disabled in use; the service refuses too
    assert signin.open_sign_in()
    assert switch.isEnabled() and not switch.isChecked()
    switch.setChecked(True)
    assert services.phone_stories.queue.open_to_phones(session_id)
    url = signin.join_url()
    base = url.split("/j/")[0]

    def join() -> httpx.Client:
        phone = httpx.Client(follow_redirects=False, timeout=5)
        page = phone.get(url)
        phone.post(url, data={"csrf": csrf_of(page.text), "name": "Bea <i>", "group": "staff"})
        home = phone.get(f"{base}/home")
        told = phone.post(f"{base}/story", data={
            "csrf": csrf_of(home.text), "title": "Our first EHCP meeting", "consent": "room"})
        assert told.status_code == 303, told.text
        return phone

    phone = in_thread(qtbot, join)
    assert stories.wall.count() == 1
    line = stories.wall.item(0).text()
    assert line.startswith("1. Our first EHCP meeting — Bea <i> — waiting")
    assert line.endswith("keep in the room only — from their phone")
    [story] = services.stories.data.stories(session_id)
    assert story.consent is WordsUse.ROOM_ONLY
    assert stories.teller.findText("Bea <i>") >= 0
    stories.resize(900, 900)
    stories.grab().save(str(artifacts / "console-stories-from-phone.png"))
    assert not signin.env.undo.stack.canUndo()  # the phone's choice, not the console's edit

    def leave() -> int:
        home = phone.get(f"{base}/home")
        return phone.post(f"{base}/story/leave", data={"csrf": csrf_of(home.text)}).status_code

    assert in_thread(qtbot, leave) == 303
    assert stories.wall.count() == 0
    switch.setChecked(False)
    assert not services.phone_stories.queue.open_to_phones(session_id)
    assert errors == ["Open sign-in for this session first, so phones can join."]
    phone.close()
