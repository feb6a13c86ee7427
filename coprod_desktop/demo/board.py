"""The discovery workshop's board: notes grouped into the room's six categories, a closed dot vote
that matches the tallies in `content.VOTES`, the chosen focus, and a little moderation to show.

Everything goes through the services, as the facilitator's clicks and the phones would.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

from coprod_desktop.clock import FakeClock
from coprod_desktop.demo import content
from coprod_desktop.domain.board import GAP, NOTE_W
from coprod_desktop.services import Services
from coprod_desktop.services.changes import Initiator

COLOURS = ("yellow", "pink", "blue", "green", "orange", "purple")
COLUMNS = 7  # notes per row inside a cluster
PER_ROW = 3  # clusters per row on the board
SPACING = 90.0
DOTS = 3

HELD_BACK = "The receptionist at the clinic is rude, everyone should complain about her by name"
LATE_NOTES = (
    "Could the next meeting be in the evening so working parents can come?",
    "Bus fares to appointments add up, nobody talks about that",
)


def enrich(services: Services, clock: FakeClock, rng: random.Random) -> None:
    workshop = next(s for s in services.read.sessions() if s.kind == "discovery")
    later = clock.now()
    # Back to the workshop's morning: the sorting and voting happened there, after the writing.
    clock.set(datetime.combine(workshop.date, time(11, 0), tzinfo=UTC))
    clusters = _cluster(services, clock, workshop.id)
    _hold_back(services, clock, rng, workshop.id, clusters["School and learning"])
    _vote(services, clock, rng, workshop.id, clusters)
    _late_notes(services, clock, rng, workshop.id)
    clock.set(later)


def _cluster(services: Services, clock: FakeClock, session: int) -> dict[str, int]:
    """One cluster per category, from the columns the notes were written up in."""
    column_width = 4 * (NOTE_W + GAP)
    columns: dict[int, list[int]] = {}
    for note in services.read.notes(session):
        columns.setdefault(int(note.x // column_width), []).append(note.id)
    made: dict[str, int] = {}
    for index, category in enumerate(content.CONCERNS):
        clock.advance(40)
        change = services.board.clusters.create_cluster(
            session, category, colour=COLOURS[index], note_ids=columns[index])
        made[category] = int(change.new_id or 0)
    # Lay the clusters out three to a row, most votes first, so the board suits a wide screen.
    ranked = sorted(content.CONCERNS, key=lambda c: -content.VOTES[c])
    services.board.clusters.tidy_clusters(made.values(), columns=COLUMNS)
    frames = {c.id: c for c in services.board.read.clusters(session)}
    y = 0.0
    for start in range(0, len(ranked), PER_ROW):
        row = [frames[made[c]] for c in ranked[start:start + PER_ROW]]
        x = 0.0
        for frame in row:
            services.board.clusters.move(clusters={frame.id: (x, y)})
            x += frame.w + SPACING
        y += max(f.h for f in row) + SPACING
    return made


def _hold_back(services: Services, clock: FakeClock, rng: random.Random, session: int,
               cluster: int) -> None:
    """A note that names someone: kept off the projector, without finding out who wrote it."""
    clock.advance(60)
    frame = services.board.read.cluster(cluster)
    author = rng.choice(services.read.present(session)).id
    note = services.notes.add_note(session, HELD_BACK, colour=frame.colour, x=frame.x,
                                   y=frame.y + frame.h, cluster_id=cluster, author_id=author,
                                   initiator=Initiator.PHONE)
    services.board.moderation.hold_back([int(note.new_id or 0)])
    services.board.clusters.tidy_clusters([cluster], columns=COLUMNS)


def _vote(services: Services, clock: FakeClock, rng: random.Random, session: int,
          clusters: dict[str, int]) -> None:
    """52 people, 3 dots each, at most 2 on one cluster: the tallies in content.VOTES."""
    clock.advance(300)
    people = [p.id for p in services.read.present(session)]
    dots = [category for category in sorted(content.VOTES, key=lambda c: -content.VOTES[c])
            for _ in range(content.VOTES[category])]
    assert len(dots) == len(people) * DOTS, "the demo's tallies are 3 dots for each person"
    round_id = int(services.board.votes.open_vote(
        session, target_kind="cluster", dots_per_person=DOTS, cap_per_item=2,
        title="Which of these should we work on first?").new_id or 0)
    # Dealing the dots out in turn gives nobody two on one category (no tally exceeds 52).
    ballots = [(people[k % len(people)], dots[k]) for k in range(len(dots))]
    rng.shuffle(ballots)
    paper = set(rng.sample(people, 4))  # no phone: the facilitator places their dots
    for voter, category in ballots:
        clock.advance(rng.uniform(0.5, 4))
        if voter in paper:
            services.board.votes.cast_vote(round_id, clusters[category], voter_id=voter)
        else:
            services.board.votes.cast_vote(round_id, clusters[category], voter_id=voter,
                                           via="phone", initiator=Initiator.PHONE)
    clock.advance(60)
    services.board.votes.close_vote(round_id)
    services.board.votes.choose_focus(session, content.FOCUS, round_id=round_id)


def _late_notes(services: Services, clock: FakeClock, rng: random.Random, session: int) -> None:
    """Silent writing after the vote: two notes from phones wait to be revealed."""
    clock.advance(timedelta(minutes=10).total_seconds())
    services.board.moderation.set_silent_writing(session, True)
    right = max(c.x + c.w for c in services.board.read.clusters(session)) + SPACING
    people = [p.id for p in services.read.present(session)]
    for index, text in enumerate(LATE_NOTES):
        clock.advance(rng.uniform(20, 90))
        services.notes.add_note(session, text, colour="white", x=right,
                                y=index * 190.0, author_id=rng.choice(people), initiator=Initiator.PHONE)
