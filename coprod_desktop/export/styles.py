"""Type sizes, spacing and colours for each way a document can be laid out.

Three layouts: the standard handout, large print (body 16 pt or more, one column) and a
screen-reader layout (one column, text before pictures, charts also given as text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from coprod_desktop.export import fonts

INK = colors.HexColor("#1A1A1A")
QUIET = colors.HexColor("#555555")
RULE = colors.HexColor("#BBBBBB")
PALE = colors.HexColor("#F2F2F2")

# Pale versions of the note colours: dark text on them stays at 12:1 or better.
NOTE_FILL = {
    "yellow": "#FFF4B3", "pink": "#FFD9E6", "blue": "#D6EBFF", "green": "#D9F2D9",
    "orange": "#FFE0C2", "purple": "#E8DDF7", "white": "#FFFFFF",
}


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def size(self) -> tuple[float, float]:
        return A4 if self is Paper.A4 else LETTER


class Layout(StrEnum):
    STANDARD = "standard"
    LARGE = "large"
    SCREEN_READER = "screen-reader"


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one layout, and the measures that go with them."""

    layout: Layout
    body_size: float
    margin: float
    note_columns: int
    charts: bool  # False: charts are given as text only
    title: ParagraphStyle = field(repr=False)
    subtitle: ParagraphStyle = field(repr=False)
    heading: ParagraphStyle = field(repr=False)
    subheading: ParagraphStyle = field(repr=False)
    body: ParagraphStyle = field(repr=False)
    quiet: ParagraphStyle = field(repr=False)
    note: ParagraphStyle = field(repr=False)
    cell: ParagraphStyle = field(repr=False)
    cell_bold: ParagraphStyle = field(repr=False)
    centre: ParagraphStyle = field(repr=False)
    big: ParagraphStyle = field(repr=False)

    @property
    def gap(self) -> float:
        """The space between blocks: generous, and growing with the type."""
        return self.body_size * 1.1


_SIZES = {
    # body, title, heading, subheading, margin, note columns, charts
    Layout.STANDARD: (11.5, 26, 16, 13, 20 * mm, 2, True),
    Layout.LARGE: (17, 34, 24, 20, 18 * mm, 1, True),
    Layout.SCREEN_READER: (13, 26, 18, 15, 20 * mm, 1, False),
}


@cache
def styles_for(layout: Layout) -> Styles:
    fonts.register()
    body, title, heading, sub, margin, columns, charts = _SIZES[layout]
    regular, bold = fonts.READABLE.regular, fonts.READABLE.bold
    name = layout.value

    def style(key: str, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {"fontName": regular, "fontSize": body, "leading": body * 1.4,
                                   "textColor": INK, "spaceAfter": body * 0.6}
        base.update(kw)
        return ParagraphStyle(f"{name}.{key}", **base)  # type: ignore[arg-type]

    return Styles(
        layout=layout, body_size=body, margin=margin, note_columns=columns, charts=charts,
        title=style("title", fontName=bold, fontSize=title, leading=title * 1.15,
                    spaceAfter=body * 0.5),
        subtitle=style("subtitle", fontSize=body * 1.25, leading=body * 1.7, textColor=QUIET),
        heading=style("heading", fontName=bold, fontSize=heading, leading=heading * 1.3,
                      textColor=colors.white, borderPadding=(heading * 0.35, heading * 0.5),
                      spaceBefore=body * 2.2, spaceAfter=body * 1.3, leftIndent=heading * 0.5,
                      rightIndent=heading * 0.5, keepWithNext=1),
        subheading=style("subheading", fontName=bold, fontSize=sub, leading=sub * 1.3,
                         spaceBefore=body * 0.9, spaceAfter=body * 0.4, keepWithNext=1),
        body=style("body"),
        quiet=style("quiet", textColor=QUIET),
        note=style("note", leading=body * 1.3, borderPadding=body * 0.45, spaceAfter=body * 1.05,
                   leftIndent=body * 0.45, rightIndent=body * 0.45, spaceBefore=body * 0.45),
        cell=style("cell", spaceAfter=0, leading=body * 1.3),
        cell_bold=style("cell_bold", fontName=bold, spaceAfter=0, leading=body * 1.3),
        centre=style("centre", alignment=TA_CENTER),
        big=style("big", fontName=bold, fontSize=body * 2, leading=body * 2.5,
                  alignment=TA_CENTER),
    )
