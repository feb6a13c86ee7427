"""The handout's board sections: the notes in their clusters, the votes and the chosen focus."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether

from coprod_desktop.domain.board import RankedItem
from coprod_desktop.domain.phases import Phase
from coprod_desktop.domain.records import Note
from coprod_desktop.export.board_data import VoteResult
from coprod_desktop.export.charts import Bar, ranked_bars
from coprod_desktop.export.columns import FlowColumns
from coprod_desktop.export.document import block_heading, heading
from coprod_desktop.export.gather import SessionData
from coprod_desktop.export.styles import NOTE_FILL, RULE, Styles
from coprod_desktop.export.text import isolate, para
from coprod_desktop.i18n import N_, _, count

MOST_BARS = 12  # a chart longer than this is hard to read; the rest are listed in words


def board(data: SessionData, st: Styles, _width: float) -> list[Flowable]:
    found = data.board
    parts: list[Flowable] = [heading(_("What people wrote on the board"), st, Phase.DEFINE.colour)]
    if not found.note_count:
        parts.append(para(_("Nothing was written on the board in this session."), st.body))
    else:
        notes = count("{n} note", "{n} notes", found.note_count)
        intro = _("{notes}. Notes do not carry their writers' names.").format(notes=notes)
        if found.clusters:
            intro = _("{notes}, sorted into {groups}. Notes do not carry their writers' "
                      "names.").format(notes=notes, groups=count("{n} group", "{n} groups",
                                                                 len(found.clusters)))
        parts.append(para(intro, st.body))
        for group in found.clusters:
            parts += block_heading(group.cluster.title, st)
            if group.notes:
                parts += _notes(group.notes, st)
            else:
                parts.append(para(_("No notes in this group."), st.quiet))
        if found.loose:
            if found.clusters:
                parts += block_heading(_("Notes not in a group"), st)
            parts += _notes(found.loose, st)
    if found.not_revealed:
        parts.append(para(count("{n} note was not revealed on the board and is not printed.",
                                "{n} notes were not revealed on the board and are not printed.",
                                found.not_revealed), st.quiet))
    return parts


def _notes(notes: list[Note], st: Styles) -> list[Flowable]:
    return note_cards([n.text for n in notes], [n.colour for n in notes], st)


def note_cards(texts: list[str], colours: list[str], st: Styles) -> list[Flowable]:
    """Notes as coloured cards: in columns in the standard layout, one under another otherwise."""
    cards = [para(text, _note_style(st, colour)) for text, colour in zip(texts, colours,
                                                                         strict=True)]
    if st.note_columns > 1 and len(cards) > 1:
        return [FlowColumns(cards, st.note_columns, gap=st.body_size * 1.5)]
    return list(cards)


_note_styles: dict[tuple[str, str], ParagraphStyle] = {}


def _note_style(st: Styles, colour: str) -> ParagraphStyle:
    key = (st.note.name, colour)
    if key not in _note_styles:
        fill = NOTE_FILL.get(colour, "#FFFFFF")
        _note_styles[key] = ParagraphStyle(f"{st.note.name}.{colour}", parent=st.note,
                                           backColor=colors.HexColor(fill), borderColor=RULE,
                                           borderWidth=0.4)
    return _note_styles[key]


def votes_and_focus(data: SessionData, st: Styles, width: float) -> list[Flowable]:
    found = data.board
    if not (found.votes or found.open_votes or found.focus):
        return []
    parts: list[Flowable] = [heading(_("What we chose"), st, Phase.DEFINE.colour)]
    if found.focus:
        parts.append(para(_("We chose to work on:"), st.body))
        parts.append(para(found.focus, st.subheading))
    for vote in found.votes:
        parts += _vote(vote, st, width)
    if found.open_votes:
        parts.append(para(_("A vote was still open when this handout was made, so its dots are "
                            "not shown."), st.quiet))
    return parts


_VOTE_TITLES = {"note": N_("Dot vote on notes"), "cluster": N_("Dot vote on clusters")}


def _vote_title(vote: VoteResult) -> str:
    if vote.round.title:
        return vote.round.title
    kind = str(vote.round.target_kind)
    return _(_VOTE_TITLES[kind]) if kind in _VOTE_TITLES else vote.title


def _place(result: RankedItem) -> str:
    """'1st', '=2nd' in English; other languages write the place as their catalogue says."""
    return result.place_text


def _vote(vote: VoteResult, st: Styles, width: float) -> list[Flowable]:
    title = heading(_vote_title(vote), st, Phase.DEFINE.colour, level=1)
    if not vote.dots:
        return [title, para(_("Nobody placed a dot in this vote."), st.body)]
    parts: list[Flowable] = [title]
    dots = count("{n} dot", "{n} dots", vote.dots)
    parts.append(para(_("{dots} from {people} (and any the facilitator placed for "
                        "someone).").format(dots=dots, people=count("{n} person", "{n} people",
                                                                    vote.voters)), st.body)
                 if vote.voters else
                 para(_("{dots}, placed by the facilitator.").format(dots=dots), st.body))
    voted = [r for r in vote.results if r.dots > 0]
    shown = voted[:MOST_BARS]
    if st.charts:  # the title, the count and the chart stay on one page
        chart = ranked_bars([Bar(f"{_place(r)}  {isolate(r.label)}", r.dots, Phase.DEFINE.colour)
                             for r in shown], width, st.body_size,
                            unit=lambda n: count("{n} dot", "{n} dots", n))
        parts = [KeepTogether([*parts, chart])]
    else:
        parts += [para(f"{_place(r)}: {isolate(r.label)} ({count('{n} dot', '{n} dots', r.dots)})",
                       st.body)
                  for r in shown]
    rest = voted[MOST_BARS:]
    if rest:
        parts.append(para("Also with dots: " + "; ".join(
            f"{r.label} ({r.dots})" for r in rest) + ".", st.body))
    empty = len(vote.results) - len(voted)
    if empty:
        parts.append(para(count("{n} more had no dots.", "{n} more had no dots.", empty), st.quiet))
    return parts
