"""A programme with a bit of everything, for the export tests: mixed consents, tricky text."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.rapid_tests import TestPlan
from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.export.gather import LINK_LABEL, LINK_URL
from coprod_desktop.services import Services

# Markup reportlab would act on if it were not escaped, and text that must survive unchanged.
TRICKY_NOTES = [
    "Use <b>bold</b> here",
    "Fish &amp; chips & peas",
    "<font size=99>HUGE</font>",
    "Unbalanced < bracket and a > too",
    "Line one\nLine two",
    "<para>raw</para> <br/> &nbsp; &#169;",
]

# Consenting people, named in handouts; one per script the fonts must cover.
NAMED = {
    "Zofia Wiśniewska": "parent_carer",
    "Nguyễn Thị Lan": "parent_carer",
    "Ελένη Παπαδοπούλου": "staff",
    "Олена Коваленко": "voluntary",
    "Kai Brightwater": "young_person",
}
# People who did not agree to their name being printed (names that appear nowhere else).
UNNAMED = {
    "Quentin Zabrowski": "parent_carer",
    "Philippa Oxenthorpe": "staff",
    "Ярослав Щербак": "young_person",
}

# Free text naming people: those who did not agree to be named are replaced by their stand-in.
NAMES_NOTE = "Philippa Oxenthorpe's idea, backed by Kai Brightwater"
LINK = "https://chat.example.org/join/ashbrook-forum?ref=handout&x=1"
START = datetime(2026, 10, 6, 18, 4, tzinfo=UTC)  # the sample session's start, 4 minutes late


@dataclass
class Sample:
    services: Services
    clock: FakeClock
    session_id: int
    next_session_id: int
    empty_session_id: int
    people: dict[str, int]


@pytest.fixture
def sample(services: Services, clock: FakeClock) -> Sample:
    return make_sample(services, clock)


def make_sample(services: Services, clock: FakeClock) -> Sample:
    """Fill a fresh programme (see the `services` fixture) with the export tests' data."""
    clock.set(START - timedelta(minutes=10))  # people arrive before the start
    sid = int(services.sessions.create_session(
        "Fortnightly meeting <3 & more", "2026-10-06", venue="St Anne's Hall & Garden",
        starts_at="18:00", ends_at="19:30").new_id or 0)
    nxt = int(services.sessions.create_session(
        "Celebration evening", "2026-10-20", venue="Ashbrook Library", starts_at="18:00",
        ends_at="20:00", kind="celebration").new_id or 0)
    empty = int(services.sessions.create_session("Planned, nothing yet", "2026-11-03",
                                                 starts_at="18:00", ends_at="19:30").new_id or 0)
    people: dict[str, int] = {}
    for name, group in {**NAMED, **UNNAMED}.items():
        clock.advance(30)
        pid = int(services.people.sign_in_attendee(sid, name=name, group=group).new_id or 0)
        people[name] = pid
        named = name in NAMED
        words = WordsUse.NAMED if named else WordsUse.ROOM_ONLY
        contact = name.startswith(("Zofia", "Quentin"))
        services.people.set_consent(
            pid, Consent(name_in_handouts=named, contact=contact, words=words),
            contact_details="07700 900456 zofia@example.org" if contact else "",
            access_needs="Needs a hearing loop")
    _stories_and_talk(services, clock, people, sid)
    agenda, runner = services.agenda, services.runner
    agenda.add_activity(sid, "Welcome & <i>check-in</i>", 10, phase="welcome")
    agenda.add_activity(sid, "Stories from the fortnight", 30, phase="empathy")
    agenda.add_activity(sid, "Choose what to work on", 25, phase="define", method="dot-vote")
    agenda.add_activity(sid, "Tea", 5, phase="close")
    agenda.add_activity(sid, "Close", 5, phase="close")
    clock.set(START)
    runner.start(sid)
    for minutes in (12, 28, 31):  # tea starts (and never ends); the close is never reached
        clock.advance(minutes * 60)
        if minutes == 31:
            services.people.sign_out_attendee(sid, people["Philippa Oxenthorpe"])
        runner.next(sid)
    notes = []
    for n, text in enumerate(TRICKY_NOTES):
        notes.append(int(services.notes.add_note(sid, text, colour=["yellow", "pink", "blue"][n % 3],
                                                 author_id=people["Quentin Zabrowski"]).new_id or 0))
    services.notes.add_note(sid, NAMES_NOTE)
    services.notes.add_note(sid, "A hidden note about a private matter", hidden=True)
    held = int(services.notes.add_note(sid, "Held back: rude words about Mr Quillfeather").new_id or 0)
    services.board.moderation.hold_back([held])
    board = services.board
    letters = int(board.clusters.create_cluster(sid, "Letters & <waiting> lists",
                                                note_ids=notes[:3]).new_id or 0)
    board.clusters.create_cluster(sid, "Empty group", x=2000, y=2000)
    vote = int(board.votes.open_vote(sid, target_kind="cluster", dots_per_person=3).new_id or 0)
    for name in ("Zofia Wiśniewska", "Quentin Zabrowski", "Kai Brightwater"):
        board.votes.cast_vote(vote, letters, voter_id=people[name], dots=2)
    board.votes.close_vote(vote)
    board.votes.choose_focus(sid, "Clear letters <b>& waiting</b> lists", round_id=vote)
    cloud = int(services.polls.cloud_from_board(sid).new_id or 0)  # a revealed word cloud
    services.polls.reveal(cloud)
    for group in ("parent_carer", "parent_carer", "parent_carer", "staff"):  # check-out slips
        services.checkout.enter_slip(sid, group, {"listened": 2, "come_again": 1})
    _actions_and_tests(services, people, sid, held)
    services.programme.set_setting(LINK_URL, LINK)
    services.programme.set_setting(LINK_LABEL, "Our group chat")
    return Sample(services, clock, sid, nxt, empty, people)


# Stories: what each may show. Room-only ones (and their "what I heard" notes) appear nowhere.
STORY_NAMED = "The letter <that> never came & more"
STORY_ANON = "Finding out at the school gate"
ROOM_ONLY_WORDS = ["Ravensworth", "Xylophone"]


def _stories_and_talk(services: Services, clock: FakeClock, people: dict[str, int],
                      sid: int) -> None:
    tell = services.stories
    told = [
        ("Zofia Wiśniewska", STORY_NAMED, WordsUse.NAMED, "Waiting is hard & <lonely>"),
        ("Kai Brightwater", STORY_ANON, WordsUse.ANONYMOUS, "Other parents knew first"),
        ("Quentin Zabrowski", "Ravensworth Clinic", None, "Ravensworth turned us away"),
        ("Zofia Wiśniewska", "Xylophone night", WordsUse.ROOM_ONLY, "Xylophone at 3am"),
    ]
    for teller, title, consent, heard in told:
        story = int(tell.add_story(sid, people[teller], title=title,
                                   prompt="A time when <it> mattered", consent=consent).new_id or 0)
        tell.start_story(story)
        clock.advance(90)
        tell.add_heard_note(story, heard)
        tell.end_story(story)
    for name, seconds in (("Philippa Oxenthorpe", 180), ("Zofia Wiśniewska", 60),
                          ("Kai Brightwater", 30)):
        services.speaking.mark_speaker(sid, people[name])
        clock.advance(seconds)
    services.speaking.mark_speaker(sid, None)


def _actions_and_tests(services: Services, people: dict[str, int], sid: int, held: int) -> None:
    acts = services.actions
    acts.add_action("Ring the <b>GP</b> practice & ask", owner_attendee_id=people["Zofia Wiśniewska"],
                    due="2026-10-20", raised_session_id=sid)
    acts.add_action("Draft a plain letter", owner_attendee_id=people["Quentin Zabrowski"],
                    raised_session_id=sid)
    acts.add_action("Book the hall", owner_org="Ashbrook Council & <NHS>", raised_session_id=sid)
    # From the held-back note: the action's words are the facilitator's, the note's never go out.
    acts.add_action_from_note(held, what="Agree ground rules again")
    room_story = next(s.id for s in services.stories.data.stories(sid) if s.title.startswith("Rav"))
    acts.add_action_from_story(room_story, "Ask the clinic about quiet waiting areas")
    services.glossary.add_term("Drop-in", "A time & place you can turn up to without booking, "
                               "to ask <anything>.")
    acts.add_action("Run a drop-in", owner_org="Carers Hub", raised_session_id=sid)
    acts.add_action("Call Quentin Zabrowski about <letters>", raised_session_id=sid)
    services.rapid_tests.add_test("Monthly phone call <trial>", session_id=sid, plan=TestPlan(
        what="Ring each family monthly",
        who="Family support & <team>, with Ярослав Щербак and Zofia Wiśniewska", where="By phone",
        when="November", measure="Fewer calls chasing the list"))


def pdf_text(path: Path, *extra: str) -> str:
    """The text of a PDF as poppler's pdftotext reads it."""
    assert shutil.which("pdftotext"), "poppler-utils is needed: bash scripts/system-deps.sh test"
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", *extra, str(path), "-"],
                          capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def flat(text: str) -> str:
    """Collapse line breaks and runs of spaces, so wrapped text can be searched."""
    return " ".join(text.split())


def stream_text(path: Path) -> str:
    """The text in the order it is drawn (a screen reader's order), read with pypdf."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)
