"""The keyboard shortcut sheet as a PDF: one table per part of the app, in large clear type.

The rows come from the console (gui/plain/shortcuts.py reads them off the real menus and buttons),
so the sheet always matches the keys that work. The sheet's own words (its title and column
headings) are in `language` (the desktop catalogue; English if None or unknown), unless the
caller gives its own; the rows are printed as the console wrote them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from coprod_desktop import i18n
from coprod_desktop.export.document import pdf_language
from coprod_desktop.i18n import _
from coprod_desktop.paths import resource

REGULAR, BOLD = "Lexend", "Lexend-Bold"


@dataclass(frozen=True, slots=True)
class ShortcutRow:
    section: str  # e.g. "File", "View", "Jargon"
    keys: str  # as Qt writes them for this computer, e.g. "Ctrl+Shift+J"
    description: str


@cache
def _fonts() -> tuple[str, str]:
    folder = resource("fonts", "lexend")
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "Lexend-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "Lexend-Bold.ttf")))
    return REGULAR, BOLD


def sections(rows: Iterable[ShortcutRow]) -> dict[str, list[ShortcutRow]]:
    out: dict[str, list[ShortcutRow]] = {}
    for row in rows:
        out.setdefault(row.section, []).append(row)
    return out


def write_shortcuts_pdf(path: Path, rows: Iterable[ShortcutRow], *,
                        title: str | None = None, headings: tuple[str, str] | None = None,
                        language: str | None = None) -> Path:
    """Write the sheet to `path` (A4) and return it. Text is escaped, never read as markup."""
    with i18n.language(language):
        return _write(Path(path), rows, title or _("Coprod Desktop: keyboard shortcuts"),
                      headings or (_("Keys"), _("What they do")))


def _write(path: Path, rows: Iterable[ShortcutRow], title: str,
           headings: tuple[str, str]) -> Path:
    regular, bold = _fonts()
    heading = ParagraphStyle("heading", fontName=bold, fontSize=20, leading=26, spaceAfter=4 * mm)
    section = ParagraphStyle("section", fontName=bold, fontSize=14, leading=18,
                             spaceBefore=5 * mm, spaceAfter=2 * mm)
    cell = ParagraphStyle("cell", fontName=regular, fontSize=12, leading=15)
    key = ParagraphStyle("key", parent=cell, fontName=bold)
    story: list = [Paragraph(escape(title), heading)]
    for name, items in sections(rows).items():
        data = [[Paragraph(escape(headings[0]), key), Paragraph(escape(headings[1]), key)]]
        data += [[Paragraph(escape(r.keys), key), Paragraph(escape(r.description), cell)]
                 for r in items]
        table = Table(data, colWidths=[55 * mm, 115 * mm], repeatRows=1)
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        story.append(KeepTogether([Paragraph(escape(name), section), table]))
    story.append(Spacer(1, 4 * mm))
    document = SimpleDocTemplate(str(path), pagesize=A4, title=title, lang=pdf_language(),
                                 leftMargin=20 * mm,
                                 rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm)
    document.build(story)
    return path
