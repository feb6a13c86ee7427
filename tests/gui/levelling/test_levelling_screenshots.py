"""Projector views at 1920×1080 (and the console panels) saved to artifacts/ for people to look at."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage

from coprod_desktop.domain.records import WordsUse
from coprod_desktop.gui.levelling.balance_panel import BalancePanel
from coprod_desktop.gui.levelling.balance_view import BalanceProjectorView
from coprod_desktop.gui.levelling.hands_panel import HandsPanel
from coprod_desktop.gui.levelling.round_panel import RoundPanel
from coprod_desktop.gui.levelling.speakers_panel import SpeakersPanel
from coprod_desktop.gui.levelling.story_panel import StoryPanel
from coprod_desktop.gui.levelling.story_view import StoryProjectorView

PEOPLE = [("Zofia Wiśniewska", "parent_carer"), ("Sam Okafor", "parent_carer"),
          ("Nguyễn Thị Lan", "parent_carer"), ("Paul & Tracy", "parent_carer"),
          ("Ellie (16)", "young_person"), ("Kai", "young_person"),
          ("Dr Helen Achebe", "staff"), ("Mark Sutton", "staff"),
          ("Lorraine (Ashbrook Mencap)", "voluntary"), ("Aisha Rahman", "parent_carer")]


def grab(widget, path: Path, size: tuple[int, int]) -> QImage:
    widget.resize(*size)
    widget.show()
    image = widget.grab().toImage()
    image.save(str(path))
    return image


def bright_pixels(image: QImage) -> int:
    """How many sampled pixels are near white: text was drawn."""
    count = 0
    for x in range(0, image.width(), 8):
        for y in range(0, image.height(), 8):
            if QColor(image.pixel(x, y)).lightness() > 200:
                count += 1
    return count


def test_projector_and_console_screenshots(qtbot, env, services, session_id, clock,
                                           artifacts: Path) -> None:
    ids = []
    for name, group in PEOPLE:
        clock.advance(15)
        ids.append(int(services.people.sign_in_attendee(session_id, name=name,
                                                        group=group).new_id or 0))
    talk = [(6, 420), (7, 300), (0, 95), (4, 40), (8, 110), (1, 60), (6, 200), (2, 75)]
    for index, seconds in talk:
        services.speaking.mark_speaker(session_id, ids[index])
        clock.advance(seconds)
    services.speaking.mark_speaker(session_id, None)
    services.speaking.raise_hand(session_id, ids[5])
    clock.advance(2)
    services.speaking.raise_hand(session_id, ids[6])

    rounds, speakers, hands, balance, story = (RoundPanel(env), SpeakersPanel(env),
                                               HandsPanel(env), BalancePanel(env),
                                               StoryPanel(env))
    for panel in (rounds, speakers, hands, balance, story):
        qtbot.addWidget(panel)
        panel.set_session(session_id)

    round_id = int(services.levelling.create_round(session_id, "Check-in", turn_s=90).new_id or 0)
    rounds.reload()
    services.levelling.start_round(round_id)
    clock.advance(90)
    services.levelling.next_turn(round_id)
    clock.advance(20)
    rounds.project()
    view = env.projector.view("levelling.round")
    image = grab(env.projector, artifacts / "levelling-projector-round.png", (1920, 1080))
    assert bright_pixels(image) > 500
    assert view.current_picture().name == "Sam Okafor"
    clock.advance(52)
    grab(env.projector, artifacts / "levelling-projector-round-amber.png", (1920, 1080))
    clock.advance(30)
    grab(env.projector, artifacts / "levelling-projector-round-over.png", (1920, 1080))
    env.ticker.tick.emit()
    grab(rounds, artifacts / "levelling-console-rounds.png", (760, 620))

    story_id = int(services.stories.add_story(
        session_id, ids[2], title="The day the letter came",
        prompt="Tell us about a time when you felt nobody was listening.",
        consent=WordsUse.ANONYMOUS).new_id or 0)
    services.stories.add_story(session_id, ids[4], consent=WordsUse.ROOM_ONLY)
    services.stories.start_story(story_id)
    clock.advance(108)
    services.stories.add_heard_note(story_id, "Waiting for a letter that never came")
    story.project()
    story_view = env.projector.view(StoryProjectorView.KEY)
    image = grab(env.projector, artifacts / "levelling-projector-story.png", (1920, 1080))
    assert bright_pixels(image) > 500
    assert story_view.current_picture().countdown == "1:12"
    clock.advance(90)
    grab(env.projector, artifacts / "levelling-projector-story-overtime.png", (1920, 1080))
    env.ticker.tick.emit()
    grab(story, artifacts / "levelling-console-stories.png", (760, 820))

    balance.project()
    assert env.projector.current_view() == BalanceProjectorView.KEY
    image = grab(env.projector, artifacts / "levelling-projector-balance.png", (1920, 1080))
    assert bright_pixels(image) > 300
    grab(balance, artifacts / "levelling-console-balance.png", (640, 480))
    services.speaking.mark_speaker(session_id, ids[9])
    clock.advance(12)
    env.ticker.tick.emit()
    grab(speakers, artifacts / "levelling-console-speakers.png", (760, 320))
    grab(hands, artifacts / "levelling-console-hands.png", (520, 300))
    assert env.errors == []
