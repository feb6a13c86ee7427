"""The page: running header, page numbers, bookmarks, and the PDF's title, author and language."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from coprod_desktop.export import fonts, script_line, script_runs, stand_ins
from coprod_desktop.export.redact import redact
from coprod_desktop.export.styles import PALE, QUIET, RULE, Paper, Styles
from coprod_desktop.export.text import escape, in_style, para, styled
from coprod_desktop.i18n import SOURCE, _, current, number

LANGUAGE = "en-GB"  # the source language's tag


def pdf_language() -> str:
    """The PDF's /Lang tag (screen readers pick their voice by it): 'en-GB', 'pl'."""
    return LANGUAGE if current() == SOURCE else current().replace("_", "-")
Progress = Callable[[float, str], None]


def ruled_table(rows: Sequence[list[Any]], widths: list[float], st: Styles,
                right: Sequence[int] = (-1,), *, header: bool = True) -> Table:
    """A table with a rule under every row and (unless `header` is False) a pale first row that
    repeats on each page; the columns in `right` (numbers, money) are right-aligned."""
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), st.body_size * 0.3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), st.body_size * 0.3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), PALE))
    commands += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in right]
    table.setStyle(TableStyle(commands))
    return table


class Heading(Paragraph):
    """A section heading on a band of colour; it is also a bookmark in the PDF's outline."""

    def __init__(self, text: str, style: ParagraphStyle, level: int = 0) -> None:
        chosen = styled(style, text)
        super().__init__(in_style(escape(text), chosen), chosen)
        self.outline_title = redact(text)
        self.outline_level = level


def heading(text: str, styles: Styles, colour: str, level: int = 0) -> Heading:
    """A level-0 heading on the section's phase colour; deeper levels are plain bold.

    A heading keeps with what follows it; see `block_heading` for one over a long block.
    """
    if level > 0:
        return Heading(text, styles.subheading, level)
    return Heading(text, _banded(styles.heading, colour), level)


def block_heading(text: str, styles: Styles, level: int = 1) -> list[Flowable]:
    """A subheading over a long block (notes in columns): a new page only when fewer than a
    few lines are left, instead of reportlab's keep-with-next, which would move the whole
    block to the next page whenever it does not fit in what is left of this one."""
    free = ParagraphStyle(f"{styles.subheading.name}.free", parent=styles.subheading,
                          keepWithNext=0)
    return [CondPageBreak(styles.body_size * 9), Heading(text, free, level)]


_bands: dict[tuple[str, str], ParagraphStyle] = {}


def _banded(style: ParagraphStyle, colour: str) -> ParagraphStyle:
    key = (style.name, colour)
    if key not in _bands:
        _bands[key] = ParagraphStyle(f"{style.name}.{colour}", parent=style,
                                     backColor=colors.HexColor(colour))
    return _bands[key]


def _numbered_canvas(header: str) -> type[Canvas]:
    """A canvas that waits for the last page, so each page can say 'Page 2 of 7'."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own; not in its stubs

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_furniture(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _draw_furniture(self, total: int) -> None:
            width, height = self._pagesize  # type: ignore[attr-defined]  # (as above)
            margin = self._margin  # type: ignore[attr-defined]
            size = self._furniture_size  # type: ignore[attr-defined]
            page = self._pageNumber  # type: ignore[attr-defined]  # (as above)
            self.saveState()
            self.setFillColor(QUIET)
            self.setStrokeColor(RULE)
            footer = _("Page {page} of {total}").format(page=number(page), total=number(total))
            self.setFont(fonts.READABLE.regular, size)
            self.drawRightString(width - margin, margin * 0.5, footer)
            if page > 1:
                family = fonts.family_for(header)
                script_line.draw(self, margin, height - margin * 0.6,
                                 _fit(header, family.regular, size, width - 2 * margin),
                                 family.regular, size)
                self.setLineWidth(0.5)
                self.line(margin, height - margin * 0.6 - size * 0.6, width - margin,
                          height - margin * 0.6 - size * 0.6)
            self.restoreState()

    NumberedCanvas.__name__ = "NumberedCanvas"
    return NumberedCanvas


def _fit(text: str, font: str, size: float, width: float) -> str:
    if script_line.width(text, font, size) <= width:
        return text
    while text and script_line.width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class Document(BaseDocTemplate):
    """A single-column A4 or Letter document with bookmarks for every Heading."""

    def __init__(self, target: BinaryIO, *, styles: Styles, paper: Paper, title: str,
                 author: str, subject: str, header: str,
                 progress: Progress | None = None, furniture: bool = True) -> None:
        width, height = paper.size
        margin = styles.margin
        title, subject, header = redact(title), redact(subject), redact(header)
        super().__init__(
            target, pagesize=paper.size, leftMargin=margin, rightMargin=margin,
            topMargin=margin, bottomMargin=margin, title=title, author=author, subject=subject,
            creator="Coprod Desktop", lang=pdf_language(), displayDocTitle=1,
            initialFontName=fonts.READABLE.regular, initialFontSize=styles.body_size,
            pageCompression=1,
        )
        frame = Frame(margin, margin, width - 2 * margin, height - 2 * margin, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._on_page)])
        stand_ins.watch()  # writing we have no font for: named, and said at the end
        self._header = script_runs.printable(header)
        self._styles = styles
        self._furniture = furniture
        self._furniture_size = styles.body_size if styles.body_size >= 16 else styles.body_size * 0.8
        self._progress = progress
        self._outline_count = 0
        self._outline_level = -1
        if progress:
            self.setProgressCallBack(self._report)

    def _on_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas._margin = self.leftMargin  # type: ignore[attr-defined]
        canvas._furniture_size = self._furniture_size  # type: ignore[attr-defined]
        if self.page == 1:
            canvas.showOutline()

    def _report(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self._total = max(1, value)
        elif kind == "PROGRESS" and self._progress:
            self._progress(0.2 + 0.75 * min(1.0, value / getattr(self, "_total", value or 1)),
                           "Laying out pages")

    def _stand_in_note(self) -> list[Flowable]:
        """If some writing could not be printed (no font for its script), say so at the end."""
        shown = sorted(stand_ins.used())
        if not shown:
            return []
        return [Spacer(1, self._styles.gap * 0.5), para(_(
            "Some writing in this document is in a script we have no font for, so it is shown "
            "by the script's name in brackets, such as {example}. It is kept in the programme "
            "file exactly as it was typed.").format(example=shown[0]), self._styles.quiet)]

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self._outline_count += 1
            key = f"h{self._outline_count}"
            self.canv.bookmarkPage(key)
            # An outline may go one level deeper at a time, never skip a level.
            level = min(flowable.outline_level, self._outline_level + 1)
            self._outline_level = level
            self.canv.addOutlineEntry(flowable.outline_title, key, level=level, closed=False)

    def render(self, story: Sequence[Flowable]) -> None:
        maker = _numbered_canvas(self._header) if self._furniture else Canvas
        self.build([*story, *self._stand_in_note()], canvasmaker=maker)
        if self._progress:
            self._progress(1.0, "Done")
