"""Paragraphs whose attendee text prints exactly as typed, in a font that has all its letters.

reportlab's Paragraph reads its text as markup: `<b>` would turn bold, `&amp;` would become `&`,
and an unbalanced `<` stops the build. Every piece of text a person typed goes through `escape`
(directly, or as an argument to `markup`), so it is printed character for character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from coprod_desktop.domain.groups import Group
from coprod_desktop.export import fonts, script_runs
from coprod_desktop.export.bidi_lines import OrderedParagraph
from coprod_desktop.export.redact import redact

_NEWLINES = re.compile(r"\r\n|\r|\n")
# Control characters validation refuses; if an old file has one, show a visible stand-in.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _plain(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _NEWLINES.sub("<br/>", text)


def escape(text: str) -> str:
    """`text` as Paragraph markup that prints exactly these characters (line breaks kept),
    except the names of people who asked not to be named (see redact.py). Letters the reading
    fonts lack are wrapped in a script font's <font> tag (script_runs.py)."""
    clean = _CONTROL.sub("\ufffd", redact(str(text))).replace("\t", " ")
    if clean.isascii():
        return _plain(clean)
    return "".join(_plain(piece) if face is None else f'<font face="{face}">{_plain(piece)}</font>'
                   for face, piece in script_runs.runs(clean))


def markup(template: str, *texts: object) -> str:
    """Fill `template` (our own markup with `{}` slots) with escaped attendee text."""
    return template.format(*(escape(str(t)) for t in texts))


_styles: dict[tuple[str, str], ParagraphStyle] = {}


def styled(style: ParagraphStyle, *texts: str) -> ParagraphStyle:
    """`style`, in the first font family that has every letter of `texts` (bold stays bold).

    Style names are unique per layout (see styles.py), so the derived style is made once.
    """
    family = fonts.family_for(*texts)
    face = family.all[_variant(style.fontName)]
    shaping = any(script_runs.needs_shaping(t) for t in texts)
    if face == style.fontName and not shaping:
        return style
    key = (style.name, face, shaping)
    found = _styles.get(key)
    if found is None:
        # Shaping (HarfBuzz, through reportlab and uharfbuzz) joins Arabic letters and puts the
        # vowel signs of Indic scripts in place; Latin-only text is left unshaped (quicker).
        found = ParagraphStyle(f"{style.name}-{face}{'-shaped' if shaping else ''}",
                               parent=style, fontName=face, bulletFontName=face,
                               shaping=int(shaping))
        _styles[key] = found
    return found


def _variant(font_name: str) -> int:
    """0 regular, 1 bold, 2 italic, 3 bold italic."""
    for family in fonts.FAMILIES:
        if font_name in family.all:
            return family.all.index(font_name)
    return 0


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (typed by anyone): printed verbatim."""
    return _paragraph(escape(text), styled(style, text), text)


def _paragraph(markup: str, style: ParagraphStyle, *texts: str) -> Paragraph:
    """A Paragraph, or one laid out in display order when any text reads right to left."""
    if any(script_runs.has_rtl(t) for t in texts):
        return OrderedParagraph(markup, style)
    return Paragraph(markup, style)


def para_markup(template: str, style: ParagraphStyle, *texts: object) -> Paragraph:
    """A paragraph of our markup with attendee text in its `{}` slots, escaped."""
    words = [str(t) for t in texts]
    return _paragraph(markup(template, *words), styled(style, template, *words), *words)


def join_names(names: Iterable[str]) -> str:
    """'A, B and C' (plain text; escape it when it goes into a paragraph)."""
    items = list(names)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


_GROUP_WORDS = {
    Group.PARENT_CARER: ("parent or carer", "parents or carers"),
    Group.YOUNG_PERSON: ("young person", "young people"),
    Group.STAFF: ("member of staff", "staff"),
    Group.VOLUNTARY: ("person from the voluntary sector", "people from the voluntary sector"),
    Group.OTHER: ("other person", "other people"),
}


def group_words(group: Group) -> tuple[str, str]:
    """The words for one and for many of a group: ('young person', 'young people')."""
    return _GROUP_WORDS[group]


def group_count(group: Group, count: int) -> str:
    """'1 parent or carer', '14 staff', '2 other people'."""
    one, many = _GROUP_WORDS[group]
    return plural(count, one, many)
