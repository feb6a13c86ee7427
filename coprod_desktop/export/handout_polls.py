"""The handout's quick polls: each revealed poll's question, its bars or its word cloud.

Bars carry their counts; a cloud's words are sized by count, in rank order, each followed by its
count, and listed as text too (the screen-reader layout gives the text only). People's words are
printed verbatim (escaped, and through the redactor like all free text).
"""

from __future__ import annotations

from babel.numbers import format_decimal
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether

from coprod_desktop import i18n
from coprod_desktop.domain.phases import Phase
from coprod_desktop.domain.poll_results import WORDS_LISTED, PollResults
from coprod_desktop.domain.polls import PollKind
from coprod_desktop.domain.word_cloud import lay_out
from coprod_desktop.export import fonts
from coprod_desktop.export.charts import Bar, ranked_bars
from coprod_desktop.export.document import heading
from coprod_desktop.export.gather import SessionData
from coprod_desktop.export.qr_drawing import filled_rect
from coprod_desktop.export.redact import redact
from coprod_desktop.export.styles import INK, QUIET, Styles
from coprod_desktop.export.text import isolate, para
from coprod_desktop.i18n import _, count, number

BAR_COLOUR = "#0072B2"  # Okabe-Ito blue: dark enough for black text beside it


def cloud_drawing(found: PollResults, width: float, smallest: float) -> Drawing:
    """The cloud as a drawing: words in rank order, bigger for more, each with its count."""
    texts = {w.key: " ".join(redact(w.text).split()) for w in found.words}

    def measure(text: str, px: int) -> float:
        return stringWidth(text, fonts.family_for(text).bold, px)

    words = [type(w)(w.key, texts[w.key], w.count) for w in found.words]
    height = smallest * 14
    cloud = lay_out(words, measure, width, height, min_px=round(smallest),
                    max_px=min(36, round(smallest * 3.2)))  # print: 36 pt at most
    used = max((p.y + p.height for p in cloud.placed), default=0.0)
    top = min((p.y for p in cloud.placed), default=0.0)
    drawing = Drawing(width, used - top + smallest * 0.4)
    for placed in cloud.placed:
        base = drawing.height - (placed.y - top) - placed.px * 1.0
        family = fonts.family_for(placed.word.text)
        drawing.add(String(placed.x, base, placed.word.text, fontName=family.bold,
                           fontSize=placed.px, fillColor=INK))
        drawing.add(String(placed.count_x, base, number(placed.word.count),
                           fontName=fonts.READABLE.regular, fontSize=cloud.min_px,
                           fillColor=QUIET))
    return drawing


def poll_parts(found: PollResults, st: Styles, width: float) -> list[Flowable]:
    poll = found.poll
    parts: list[Flowable] = [para(poll.question, st.subheading)]
    if found.kind is PollKind.WORDS:
        source = (count("{n} note on the board", "{n} notes on the board", found.answers)
                  if poll.source == "board"
                  else count("{n} answer", "{n} answers", found.answers))
        parts.append(para(_("Word cloud · {source}. Bigger words came up more often; the number "
                            "after each word says how often.").format(source=source), st.quiet))
        if not found.words:
            parts.append(para(_("No words."), st.body))
            return parts
        if st.charts:
            parts.append(cloud_drawing(found, width, st.body_size))
        listed = found.words[:WORDS_LISTED]
        parts.append(para("; ".join(f"{w.text} ({number(w.count)})" for w in listed), st.body))
        if len(found.words) > len(listed):
            parts.append(para(count("And {n} more word.", "And {n} more words.",
                                    len(found.words) - len(listed)), st.quiet))
        return parts
    what = {PollKind.SCALE: _("Scale from {low} to {high}").format(low=number(poll.low),
                                                                    high=number(poll.high)),
            PollKind.SINGLE: _("One choice each"), PollKind.MULTIPLE: _("Any number of choices")}
    answers = count("{n} answer", "{n} answers", found.answers)
    line = f"{what[found.kind]} · {answers}"
    if found.average is not None:
        line += " · " + _("average {value}").format(
            value=format_decimal(found.average, "#,##0.0", locale=i18n.babel_locale(i18n.current())))
    parts.append(para(line, st.quiet))
    labels = [b.label for b in found.bars]
    if found.kind is PollKind.SCALE:
        ends = {str(poll.low): poll.low_label, str(poll.high): poll.high_label}
        labels = [f"{b.label} ({ends[b.label]})" if ends.get(b.label) else b.label
                  for b in found.bars]
    if st.charts:
        bars = [Bar(label, b.count, BAR_COLOUR) for label, b in zip(labels, found.bars,
                                                                    strict=True)]
        drawing = ranked_bars(bars, width, st.body_size) if found.kind.choice else \
            _in_order(bars, width, st.body_size)
        parts.append(drawing)
    else:
        for label, b in zip(labels, found.bars, strict=True):
            answered = count("{n} answer", "{n} answers", b.count)
            parts.append(para(f"{isolate(label)}: {answered}", st.body))
    return parts


def _in_order(bars: list[Bar], width: float, size: float) -> Drawing:
    """A scale keeps its order (lowest first), so it is not ranked: a row per point, its label,
    a bar and the count at the end."""
    row = size * 1.9
    drawing = Drawing(width, row * len(bars) + size * 0.3)
    top = max([b.value for b in bars] + [1])
    label_w = max(stringWidth(b.label, fonts.family_for(b.label).bold, size) for b in bars) \
        + size
    number_w = stringWidth(number(top), fonts.READABLE.bold, size) + size
    for index, bar in enumerate(bars):
        y = drawing.height - (index + 1) * row
        family = fonts.family_for(bar.label)
        drawing.add(String(0, y + size * 0.45, bar.label, fontName=family.bold, fontSize=size,
                           fillColor=INK))
        length = max(2.0, (width - label_w - number_w) * bar.value / top)
        drawing.add(filled_rect(label_w, y + size * 0.25, length, size * 1.05,
                                colors.HexColor(bar.colour)))
        drawing.add(String(label_w + length + size * 0.4, y + size * 0.45, number(bar.value),
                           fontName=fonts.READABLE.regular, fontSize=size, fillColor=INK))
    return drawing


def polls(data: SessionData, st: Styles, width: float) -> list[Flowable]:
    found = data.polls
    if not found:
        return []
    parts: list[Flowable] = [heading(_("Quick polls"), st, Phase.DEFINE.colour),
                             para(_("What the room said in quick polls, as shown on the screen."),
                                  st.body)]
    for results in found:
        parts.append(KeepTogether(poll_parts(results, st, width)))
    return parts
