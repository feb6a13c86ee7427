"""The programme report's check-out: how the sessions felt, for parents and carers and for staff.

Across the programme, a chart of the share saying Yes to each question, parents and carers beside
staff; then each session in a table. A side with fewer than 3 check-outs is shown as "fewer than
3" (and, with one hidden, the next smallest too), so no one can be picked out; the answers never
held a name.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Table, TableStyle

from coprod_desktop.domain.checkout import KEYS, QUESTIONS, CheckoutSummary, Side, summarise
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.phases import Phase
from coprod_desktop.domain.small_numbers import SMALL_NUMBER_THRESHOLD, shown_count
from coprod_desktop.export.charts import Pair, paired_bars
from coprod_desktop.export.document import heading
from coprod_desktop.export.small_counts import FEWER, people_count
from coprod_desktop.export.styles import PALE, RULE, Styles
from coprod_desktop.export.text import para
from coprod_desktop.store.checkout_reader import CheckoutReader
from coprod_desktop.store.reader import Reader

STATEMENTS = dict(QUESTIONS)
SIDES = (Side.PARENTS, Side.STAFF)


HIDDEN = "not shown"


def share_text(summary: CheckoutSummary, side: Side, key: str) -> str:
    """'80% Yes (of 5)', or 'not shown' where the side (or another beside it) is too small."""
    if summary.shown_people()[side] is None:
        return HIDDEN
    tally = summary.tallies[side][key]
    if not tally.answered:
        return "no answers"
    if tally.answered < SMALL_NUMBER_THRESHOLD:
        return HIDDEN
    return f"{round(100 * tally.yes_share)}% Yes (of {tally.answered})"


def report_section(reader: Reader, st: Styles, width: float) -> list[Flowable]:
    read = CheckoutReader(reader.db)
    answers = read.answers()
    if not answers:
        return []
    overall = summarise(answers)
    parts: list[Flowable] = [
        heading("How the sessions felt", st, Phase.CLOSE.colour),
        para(f"At the end of a session people answered four questions, on a phone or a paper "
             f"slip, without their name: {people_count(overall.total, 'check-out', 'check-outs')}"
             f" in all. Below, the share saying Yes, for parents and carers and for staff. "
             f"Groups with {FEWER} check-outs are not shown on their own, and where one is "
             "hidden the next smallest is too, so no one can be picked out.", st.body)]
    shown = overall.shown_people()
    if st.charts and all(shown[side] is not None for side in SIDES):
        pairs = [Pair(STATEMENTS[key], overall.tallies[Side.STAFF][key].yes_share,
                      overall.tallies[Side.PARENTS][key].yes_share, Group.PARENT_CARER.colour)
                 for key in KEYS]
        parts.append(paired_bars(pairs, width, st.body_size, "Staff", "Parents and carers"))
    for key in KEYS:
        parts.append(para(f"{STATEMENTS[key]}: parents and carers "
                          f"{share_text(overall, Side.PARENTS, key)}; staff "
                          f"{share_text(overall, Side.STAFF, key)}.", st.body))
    sessions = {s.id: s for s in reader.sessions()}
    rows: list[list[object]] = [[para(h, st.cell_bold) for h in (
        "Session", "Check-outs", *(STATEMENTS[k] for k in KEYS))]]
    for session_id in read.sessions():
        session = sessions.get(session_id)
        if session is None:
            continue
        summary = summarise(read.answers(session_id))
        total = shown_count(summary.total)
        cells = [f"{session.date:%d %b %Y}", FEWER if total is None else f"{total:,}"]
        for key in KEYS:
            cells.append("Parents: " + share_text(summary, Side.PARENTS, key) + "\nStaff: "
                         + share_text(summary, Side.STAFF, key))
        rows.append([para(c, st.cell) for c in cells])
    table = Table(rows, colWidths=[width * w for w in (0.14, 0.14, 0.18, 0.18, 0.18, 0.18)],
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), PALE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
    parts.append(table)
    return parts
