"""Who we are hearing, and where: the programme report's pages and the CSV.

Every count about people passes through the small-numbers rule (`domain.reach.figures` for the
equalities answers; `shown_count` for visits by place), and nothing here names or counts a person
on their own: the answers are tallies with no link to anyone.
"""

from __future__ import annotations

import csv
import io

from reportlab.platypus import Flowable

from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.phases import Phase
from coprod_desktop.domain.reach import TOPIC, QuestionFigures
from coprod_desktop.domain.small_numbers import held_back, is_small, shown_count
from coprod_desktop.export.document import heading, ruled_table
from coprod_desktop.export.small_counts import fewer
from coprod_desktop.export.styles import Styles
from coprod_desktop.export.text import isolate, para
from coprod_desktop.i18n import N_, _, number
from coprod_desktop.store.reach_reader import PlaceReach, ReachReader
from coprod_desktop.store.reader import Reader

# The equalities questions and answers (domain/equalities.py), word for word, for the catalogue;
# tests/i18n checks they still match the domain.
EQUALITIES = (
    N_("How old are you?"), N_("Under 16"), N_("16 to 24"), N_("25 to 34"), N_("35 to 49"),
    N_("50 to 64"), N_("65 or older"), N_("I would rather not say"),
    N_("How do you describe yourself?"), N_("A woman"), N_("A man"), N_("Non-binary"),
    N_("In another way"),
    N_("Which of these best describes your ethnic group?"), N_("Asian or Asian British"),
    N_("Black, Black British, Caribbean or African"), N_("Mixed or more than one ethnic group"),
    N_("White"), N_("Another ethnic group"),
    N_("Are you disabled, or do you have a long-term health condition?"), N_("Yes"), N_("No"),
    N_("Do you look after someone who needs extra support?"),
)
TOPICS = {"age": N_("Age"), "gender": N_("Gender"), "ethnicity": N_("Ethnic group"),
          "disabled": N_("Disabled or long-term condition"), "carer": N_("Looks after someone")}


def _count(n: int | None) -> str:
    shown = None if n is None else shown_count(n)
    return fewer() if shown is None else number(shown)


def _topic(key: str) -> str:
    return _(TOPICS[key]) if key in TOPICS else TOPIC[key]


def gap_text(gap: float | None) -> str:
    if gap is None:
        return ""
    return _("{gap} points").format(gap=f"{gap:+.0f}") if round(gap) else _("about the same")


def question_table(q: QuestionFigures, st: Styles, width: float, where: str) -> list[Flowable]:
    rows: list[list[object]] = [[para(h, st.cell_bold) for h in (
        _("Answer"), _("People"), _("Share"), where[:1].upper() + where[1:], _("Gap"))]]
    for f in q.figures:
        people = f.hidden_text() if f.count is None else number(f.count)
        rows.append([para(c, st.cell) for c in (
            _(f.label), people, f.share_text, f.reference_text, gap_text(f.gap))])
    return [para(_("{question} ({answered} answered)").format(
                question=_(q.question.text), answered=_count(q.answered)), st.subheading),
            ruled_table(rows, [width * w for w in (0.38, 0.16, 0.14, 0.16, 0.16)], st)]


def report_section(reader: Reader, st: Styles, width: float) -> list[Flowable]:
    """"Who we are hearing" across the programme, then "Where we met" by venue and area."""
    read = ReachReader(reader.db)
    if not read.available():
        return []
    parts: list[Flowable] = [heading(_("Who we are hearing"), st, Phase.EMPATHY.colour)]
    source = read.reference_source() or _("the reference")
    if not read.answered_sessions():
        parts.append(para(_("Nobody has answered the optional questions about themselves yet."),
                          st.body))
    else:
        parts.append(para(_(
            "From the optional questions people answered when they signed in, on a phone or on "
            "paper. Counts under 3 are shown as ‘{fewer}’, and where one is hidden another is "
            "too, so no one can be picked out. Nothing here is linked to a person. The gap is "
            "our share minus the share in {source}.").format(fewer=fewer(), source=source),
            st.body))
        for q in read.figures():
            parts += question_table(q, st, width, _("reference"))
        parts += venue_gaps(read, st, width)
    parts += places_section(read, st, width)
    return parts


def venue_gaps(read: ReachReader, st: Styles, width: float, most: int = 4) -> list[Flowable]:
    """Per venue: the answers furthest below the reference, where counts may be shown."""
    parts: list[Flowable] = []
    for venue in read.venues():
        figures = read.figures(read.sessions_at(venue.id))
        answered = max((q.answered or 0 for q in figures), default=0)
        gaps = sorted((f for q in figures for f in q.figures if f.gap is not None),
                      key=lambda f: f.gap or 0.0)[:most]
        if not answered or not gaps:
            continue
        if not parts:
            parts.append(para(_("By venue: where each place falls furthest short of the "
                                "reference."), st.subheading))
        rows: list[list[object]] = [[para(h, st.cell_bold) for h in (
            f"{isolate(venue.name)} ({isolate(venue.area)})" if venue.area else venue.name, _("Share"),
            _("Reference"), _("Gap"))]]
        rows += [[para(c, st.cell) for c in (f"{_topic(f.question)}: {_(f.label)}", f.share_text,
                                              f.reference_text,
                                              gap_text(f.gap))] for f in gaps]
        parts.append(ruled_table(rows, [width * w for w in (0.52, 0.16, 0.16, 0.16)], st))
    return parts


def places_section(read: ReachReader, st: Styles, width: float) -> list[Flowable]:
    parts: list[Flowable] = [heading(_("Where we met"), st, Phase.DEFINE.colour)]
    venues = read.by_venue()
    if not venues:
        return [*parts, para(_("No sessions have been added yet."), st.body)]
    parts.append(para(_("Different people who came, by venue and by area. Go where the gaps "
                        "are."), st.body))
    parts.append(_place_table(venues, st, width, by_area=False))
    areas = read.by_area()
    if len(areas) > 1:
        parts.append(_place_table(areas, st, width, by_area=True))
    return parts


def _place_table(places: list[PlaceReach], st: Styles, width: float, *,
                 by_area: bool) -> Flowable:
    rows: list[list[object]] = [[para(h, st.cell_bold) for h in (
        _("Area") if by_area else _("Venue"), _("Sessions"), _("People"),
        _("Of whom parents, carers and young people"))]]
    for p in places:
        families = p.groups.get(Group.PARENT_CARER, 0) + p.groups.get(Group.YOUNG_PERSON, 0)
        name = p.place if by_area or not p.area else f"{p.place} ({p.area})"
        # "12 people, of whom families 11" would tell a held-back 1: then not shown either.
        of_whom = held_back() if is_small(p.people - families) else _count(families)
        rows.append([para(c, st.cell) for c in (
            name, number(p.sessions), _count(p.people), of_whom)])
    return ruled_table(rows, [width * w for w in (0.42, 0.14, 0.14, 0.30)], st)


CSV_COLUMNS = ("scope", "place", "question", "answer", "people", "share_percent",
               "reference_percent", "gap_points")


def figures_csv(reader: Reader) -> str:
    """Equalities figures per session, per venue and for the programme, suppressed, as CSV."""
    read = ReachReader(reader.db)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    scopes: list[tuple[str, str, list[int] | None]] = [("programme", reader.programme().title,
                                                        None)]
    for venue in read.venues():
        scopes.append(("venue", venue.name, read.sessions_at(venue.id)))
    for session in reader.sessions():
        scopes.append(("session", f"{session.date.isoformat()} {session.title}", [session.id]))
    for scope, place, ids in scopes:
        for q in read.figures(ids):
            for f in q.figures:
                writer.writerow([scope, place, q.question.key, f.answer, f.count_text,
                                 "" if f.share is None else f"{f.share:.1f}",
                                 "" if f.reference is None else f"{f.reference:g}",
                                 "" if f.gap is None else f"{f.gap:.1f}"])
    return out.getvalue()
