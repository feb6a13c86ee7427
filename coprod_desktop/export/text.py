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

from coprod_desktop.domain.groups import COUNTED, Group
from coprod_desktop.domain.phases import Phase
from coprod_desktop.export import fonts, script_runs
from coprod_desktop.export.bidi_lines import OrderedParagraph
from coprod_desktop.export.redact import redact
from coprod_desktop.i18n import N_, _, count

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
    clean = script_runs.printable(clean)  # '[Tibetan text]' where we have no font
    if clean.isascii():
        return _plain(clean)
    return "".join(_plain(piece) if face is None else f'<font face="{face}">{_plain(piece)}</font>'
                   for face, piece in script_runs.runs(clean))


def isolate(text: object) -> str:
    """`text` (a person's words, or a title someone typed) set apart for the bidi ordering when it
    has right-to-left letters: wrapped in FSI … PDI, so its direction is its own and it cannot
    pull our words beside it (a date, a colon, a number) into its run. Use it wherever a person's
    words and ours are joined on one line. Text without right-to-left letters is left as it is."""
    shown = str(text)
    if not script_runs.has_rtl(shown):
        return shown
    return f"{script_runs.FSI}{shown}{script_runs.PDI}"


_TAG = re.compile(r"<[^>]*>")


def markup(template: str, *texts: object) -> str:
    """Fill `template` (our own markup with `{}` slots) with escaped attendee text; where the
    template has words of its own (or several slots), each right-to-left text is isolated."""
    words = [str(t) for t in texts]
    alone = len(words) == 1 and _TAG.sub("", template).strip() == "{}"
    if alone or not any(script_runs.has_rtl(w) for w in words):
        return template.format(*(escape(w) for w in words))
    return template.format(*(escape(isolate(w)) for w in words))


_styles: dict[tuple[str, str, bool], ParagraphStyle] = {}


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


_FACE_TAGS = re.compile(r'<(/?)(b|strong|font)\b([^>]*)>')
_FACE = re.compile(r'face="([^"]+)"')


def bold_script_faces(markup: str, bold: bool) -> str:
    """`markup` with each script font run that is bold (in a bold style, or inside <b>) set in
    that script's bold face. reportlab's <font face="…"> resets bold to the face's own, so a run
    of Arabic in a heading would otherwise print regular."""
    if 'face="' not in markup:
        return markup
    depth = 1 if bold else 0
    out: list[str] = []
    at = 0
    for tag in _FACE_TAGS.finditer(markup):
        closing, name, attributes = tag.groups()
        if name in ("b", "strong"):
            depth = max(0, depth - 1) if closing else depth + 1
            continue
        face = _FACE.search(attributes)
        if closing or depth == 0 or face is None or face.group(1) not in fonts.SCRIPT_BOLD:
            continue
        out.append(markup[at:tag.start()])
        out.append(tag.group(0).replace(face.group(0), f'face="{face.group(1)}-Bold"'))
        at = tag.end()
    out.append(markup[at:])
    return "".join(out)


def in_style(markup: str, style: ParagraphStyle) -> str:
    """`markup` with its script runs in the style's weight (bold_script_faces)."""
    return bold_script_faces(markup, _variant(style.fontName) in (1, 3))


def _paragraph(markup: str, style: ParagraphStyle, *texts: str) -> Paragraph:
    """A Paragraph, or one laid out in display order when any text reads right to left."""
    markup = in_style(markup, style)
    if any(script_runs.has_rtl(t) for t in texts):
        return OrderedParagraph(markup, style)
    return Paragraph(markup, style)


def para_markup(template: str, style: ParagraphStyle, *texts: object) -> Paragraph:
    """A paragraph of our markup with attendee text in its `{}` slots, escaped."""
    words = [str(t) for t in texts]
    return _paragraph(markup(template, *words), styled(style, template, *words), *words)


def join_names(names: Iterable[str]) -> str:
    """'A, B and C' (plain text; escape it when it goes into a paragraph), in the PDF's language."""
    items = list(names)
    if len(items) <= 1:
        return "".join(items)
    return _("{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def plural(count: int, one: str, many: str | None = None) -> str:
    """English only ('1 note', '2 notes'): PDFs not yet translated. New text uses i18n.count."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


_GROUP_MANY = {
    Group.PARENT_CARER: N_("parents or carers"),
    Group.YOUNG_PERSON: N_("young people"),
    Group.STAFF: N_("staff"),
    Group.VOLUNTARY: N_("people from the voluntary sector"),
    Group.OTHER: N_("other people"),
}
_GROUP_LABELS = {
    Group.PARENT_CARER: N_("Parent or carer"),
    Group.YOUNG_PERSON: N_("Young person"),
    Group.STAFF: N_("Staff"),
    Group.VOLUNTARY: N_("Voluntary sector"),
    Group.OTHER: N_("Other"),
}
_PHASE_LABELS = {
    Phase.WELCOME: N_("Welcome"),
    Phase.EMPATHY: N_("Understand"),
    Phase.DEFINE: N_("Focus"),
    Phase.IDEATION: N_("Ideas"),
    Phase.TESTING: N_("Try it"),
    Phase.CELEBRATION: N_("Celebrate"),
    Phase.CLOSE: N_("Close"),
}


def group_label(group: Group) -> str:
    """'Parent or carer', in the PDF's language."""
    return _(_GROUP_LABELS[group])


def phase_label(phase: Phase) -> str:
    """'Welcome', 'Understand', …, in the PDF's language."""
    return _(_PHASE_LABELS[phase])


def group_words(group: Group) -> tuple[str, str]:
    """The English words for one and for many of a group: ('young person', 'young people')."""
    one, many = COUNTED[group]
    return one.removeprefix("{n} "), many.removeprefix("{n} ")


def group_many(group: Group) -> str:
    """'young people', in the PDF's language (after 'fewer than 3')."""
    return _(_GROUP_MANY[group])


def group_count(group: Group, value: int) -> str:
    """'1 parent or carer', '14 staff', '2 other people', in the PDF's language."""
    one, many = COUNTED[group]
    return count(one, many, value)
