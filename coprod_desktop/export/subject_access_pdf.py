"""A subject access request as a PDF: everything the file holds about one person, in the same
sections as the console's Person view, on the same page as every other PDF the app makes.

It is the person's own file, so their name is printed whatever they chose for handouts. It is
written in the programme's handout language (`PersonFile.language`, or `language` to choose),
like every other paper the programme hands out; dates are Babel's for that language."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from coprod_desktop import i18n
from coprod_desktop.domain.person_file import PersonFile, Section, sections, when
from coprod_desktop.domain.phases import Phase
from coprod_desktop.domain.records import Programme
from coprod_desktop.export.document import Document, heading, ruled_table
from coprod_desktop.export.styles import Layout, Paper, Styles, styles_for
from coprod_desktop.export.subject_access import ABOUT
from coprod_desktop.export.text import isolate, para
from coprod_desktop.i18n import _

_COLOURS = [p.colour for p in Phase]


def subject_access_pdf(pf: PersonFile, programme: Programme, made_at: datetime,
                       paper: Paper = Paper.A4, layout: Layout = Layout.STANDARD,
                       language: str | None = None) -> bytes:
    with i18n.language(language or pf.language):
        return _pdf(pf, programme, made_at, paper, layout)


def _pdf(pf: PersonFile, programme: Programme, made_at: datetime, paper: Paper,
         layout: Layout) -> bytes:
    st = styles_for(layout)
    buffer = io.BytesIO()
    who = pf.person.name
    doc = Document(buffer, styles=st, paper=paper,
                   title=_("Everything held about {who}").format(who=who),
                   author=programme.organisation or programme.title,
                   subject=_("Subject access: {programme}").format(programme=programme.title),
                   header=_("{programme} · Everything held about {who}").format(
                       programme=isolate(programme.title), who=isolate(who)))
    story: list[Flowable] = [
        para(programme.title, st.quiet), para(_("Everything we hold about you"), st.title),
        para(_("{who}, person {number} in this programme. Made {when}.").format(
            who=isolate(who), number=pf.person.id, when=when(made_at)), st.subtitle),
        Spacer(1, st.gap * 0.5), para(_(ABOUT), st.body),
    ]
    for n, section in enumerate(sections(pf)):
        story += _section(section, st, doc.width, _COLOURS[n % len(_COLOURS)])
    doc.render(story)
    return buffer.getvalue()


def _section(section: Section, st: Styles, width: float, colour: str) -> list[Flowable]:
    parts: list[Flowable] = [heading(section.title, st, colour)]
    if section.about:
        parts.append(para(section.about, st.quiet))
    if not section.rows:
        return [*parts, para(section.empty, st.body)]
    columns = section.columns if any(section.columns) else ("",) * len(section.rows[0])
    labelled = len(columns) > 2 or (len(columns) == 2 and columns[0] not in (_("What"),
                                                                             _("Choice")))
    rows: list[list[object]] = [[para(c, st.cell_bold) for c in columns]] if labelled else []
    rows += [[para(text, st.cell) for text in row] for row in section.rows]
    return [*parts, ruled_table(rows, _widths(columns, section.rows, width, st), st, right=(),
                                header=labelled)]


def _widths(columns: tuple[str, ...], rows: tuple[tuple[str, ...], ...], width: float,
            st: Styles) -> list[float]:
    """Short columns (dates, amounts, yes/no) as wide as their widest cell; what is left goes to
    the columns of longer text, which wrap."""
    pad = st.body_size * 1.2
    natural, least = [], []
    for i, title in enumerate(columns):
        cells = [title, *(r[i] for r in rows if i < len(r))]
        widest = max(max((stringWidth(line, st.cell_bold.fontName, st.cell.fontSize)
                          for line in c.split("\n")), default=0.0) for c in cells)
        longest_word = max(stringWidth(word, st.cell_bold.fontName, st.cell.fontSize)
                           for c in cells for word in (c.split() or [""]))
        natural.append(widest + pad)
        least.append(min(longest_word + pad, width / 3))
    if sum(natural) <= width:
        spare = width - sum(natural)
        return [n + spare * n / sum(natural) for n in natural]
    widths = [0.0] * len(natural)
    room, left = width, len(natural)
    for i in sorted(range(len(natural)), key=lambda i: natural[i]):
        if natural[i] > room / left:
            break
        widths[i] = natural[i]  # fits in its fair share of what is left: as wide as it needs
        room, left = room - natural[i], left - 1
    wide = [i for i, w in enumerate(widths) if not w]
    for i in wide:
        widths[i] = room * natural[i] / sum(natural[j] for j in wide)
    for i in wide:  # never so narrow that a word is cut in two: take it from the widest
        short = least[i] - widths[i]
        if short > 0:
            widest = max(wide, key=lambda j: widths[j])
            if widest != i and widths[widest] - short >= least[widest]:
                widths[i] += short
                widths[widest] -= short
    return widths
