"""The bulletin: one or two pages, in plain words, for everyone involved.

What people said, what happened, and why where it could not. Standard or large print. It honours
consent like every export: only outcomes whose source may leave the room, names only of people
who agreed (every word passes through `para`, which applies `redact`), no room-only stories.
"""

from __future__ import annotations

from datetime import date
from typing import BinaryIO

from reportlab.platypus import Flowable, Spacer

from coprod_desktop.domain.outcomes import Outcome, OutcomeStatus
from coprod_desktop.domain.records import Programme
from coprod_desktop.export import dates
from coprod_desktop.export.document import Document, Progress
from coprod_desktop.export.said_did import ORDER, grouped
from coprod_desktop.export.styles import Layout, Paper, Styles, styles_for
from coprod_desktop.export.text import isolate, para, para_markup
from coprod_desktop.i18n import N_, _, count, number
from coprod_desktop.store.outcomes_reader import OutcomesReader
from coprod_desktop.store.reader import Reader

MOST_PER_GROUP = {Layout.STANDARD: 6, Layout.LARGE: 4, Layout.SCREEN_READER: 6}


def build_bulletin(reader: Reader, layout: Layout, paper: Paper, target: BinaryIO,
                   progress: Progress | None = None, *, today: date | None = None) -> None:
    programme = reader.programme()
    outcomes = OutcomesReader(reader.db).outcomes(shareable_only=True)
    if progress:
        progress(0.2, "Arranging the bulletin")
    st = styles_for(layout)
    on = today or date.today()
    doc = Document(target, styles=st, paper=paper,
                   title=_("You said, we did: {programme}").format(programme=programme.title),
                   author=programme.organisation or programme.title, subject=_("Bulletin"),
                   header=_("{programme} · Bulletin, {month}").format(
                       programme=isolate(programme.title), month=dates.month_year(on)),
                   progress=progress)
    story: list[Flowable] = [*_title(programme, st, on)]
    if not outcomes:
        story.append(para(_("Nothing has been marked to come back to yet. The next bulletin will "
                            "say what has happened to the ideas people raise."), st.body))
        doc.render(story)
        return
    counts = {s: sum(1 for o in outcomes if o.status is s) for s in ORDER}
    story.append(para(count(
        "You raised {n} thing that we said we would come back to. {so_far} Here is what has "
        "happened.",
        "You raised {n} things that we said we would come back to. {so_far} Here is what has "
        "happened.", len(outcomes), so_far=_count_words(counts)), st.body))
    most = MOST_PER_GROUP[layout]
    # Newest news first within each group, and at most a few per group to keep to two pages.
    ordered = sorted(outcomes, key=lambda o: o.updated_at, reverse=True)
    shown: dict[OutcomeStatus, int] = {}

    waiting_in_full = layout is not Layout.LARGE  # large print: a count, to keep to two pages

    def keep(outcome: Outcome) -> bool:
        if outcome.status is OutcomeStatus.COME_BACK and not waiting_in_full:
            return False
        shown[outcome.status] = shown.get(outcome.status, 0) + 1
        return shown[outcome.status] <= most

    story += grouped(ordered, st, keep=keep)
    waiting = counts[OutcomeStatus.COME_BACK]
    if waiting and not waiting_in_full:
        story.append(para(count("We are still to come back to {n} more thing.",
                                "We are still to come back to {n} more things.", waiting),
                          st.body))
    left = sum(max(0, n - most) for s, n in counts.items()
               if waiting_in_full or s is not OutcomeStatus.COME_BACK)
    if left:
        story.append(para(count("And {n} more thing: ask us, or see the programme report.",
                                "And {n} more things: ask us, or see the programme report.",
                                left), st.quiet))
    story.append(para_markup(_(
        "<b>Tell us what you think</b> at the next meeting, or ask the facilitator. Names are "
        "printed only for people who said yes; stories only in the way their tellers chose."),
        st.body))
    doc.render(story)


def _count_words(counts: dict[OutcomeStatus, int]) -> str:
    parts = []
    for status, words in ((OutcomeStatus.DONE, N_("done")),
                          (OutcomeStatus.DOING, N_("happening now")),
                          (OutcomeStatus.PLANNED, N_("planned")),
                          (OutcomeStatus.PASSED, N_("passed to someone who can act on it")),
                          (OutcomeStatus.CANT, N_("we can't do, and we say why"))):
        if counts.get(status):
            parts.append(f"{number(counts[status])} {_(words)}")
    if not parts:
        return _("We have not decided on any of them yet.")
    return _("So far: {counts}.").format(counts="; ".join(parts))


def _title(programme: Programme, st: Styles, on: date) -> list[Flowable]:
    parts: list[Flowable] = [para(_("You said, we did"), st.title),
                             para(programme.title, st.subtitle)]
    if programme.organisation:
        parts.append(para(f"{isolate(programme.organisation)}, {dates.month_year(on)}", st.subtitle))
    parts.append(Spacer(1, st.gap * 0.2))
    return parts
