"""A pseudo-locale made from the desktop catalogue's template, and what the interface shows.

`en_XA` turns every message of resources/i18n/desktop/coprod.pot into ⟦Ŝĥöŵ öñ þŕöĵéçţöŕ~~~~~⟧:
accented, 40% longer and in brackets, with placeholders ({n}, %s) and mnemonics (&) kept. It is
made in memory when a test asks, never committed. Text on screen outside the brackets did not go
through the catalogue, unless it is the programme's own data (names, titles, notes).
"""

from __future__ import annotations

import gettext
import io
import re
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from coprod_desktop import i18n
from coprod_desktop.paths import resource

CODE = "en_XA"
OPEN, CLOSE = "⟦", "⟧"
_KEEP = re.compile(r"(\{[^{}]*\}|%\(\w+\)[sd]|%[sdn]|&&|&\w|\n|\(\*[^)]*\)|;;)")
_ACCENTS = str.maketrans("AaCcEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
                         "ÀàÇçÉéĜĝĤĥÎîĴĵĶķĻļÑñÖöŔŕŜŝŢţÛûŴŵÝýŽž")
INNERMOST = re.compile(re.escape(OPEN) + f"[^{OPEN}{CLOSE}]*" + re.escape(CLOSE))
WORDS = re.compile(r"[^\W\d_]{3,}")
_CHANGED = set("ÀàÇçÉéĜĝĤĥÎîĴĵĶķĻļÑñÖöŔŕŜŝŢţÛûŴŵÝýŽž")
# Words Qt and Babel write themselves: key names (Qt's own catalogue translates them) and, in
# the made-up language, English dates (Babel has no data for it, so it falls back to English).
KEYS = {"ctrl", "shift", "alt", "meta", "del", "backspace", "return", "enter", "space", "pgup",
        "pgdown", "esc", "tab", "home", "end", "ins",
        # and the names of things that have no translation: network interfaces, Wi-Fi security
        "eth", "wlan", "wep", "wpa"}


def pseudo(text: str) -> str:
    """'Show on &projector' -> '⟦Ŝĥöŵ öñ &þŕöĵéçţöŕ~~~~~~~~⟧' (letters changed, {n} and &p kept)."""
    parts = _KEEP.split(text)
    body = "".join(part if n % 2 else part.translate(_ACCENTS) for n, part in enumerate(parts))
    return f"{OPEN}{body}{'~' * max(1, round(len(text) * 0.4))}{CLOSE}"


def install() -> None:
    """Make `en_XA` from the template and let coprod_desktop.i18n speak it."""
    with open(resource("i18n", "desktop", "coprod.pot"), "rb") as pot:
        catalogue = read_po(pot, locale="en_GB")
    for message in catalogue:
        if not message.id:
            continue
        if isinstance(message.id, str):
            message.string = pseudo(message.id)
        else:
            message.string = tuple(pseudo(form) for form in message.id)
    buffer = io.BytesIO()
    write_mo(buffer, catalogue)
    buffer.seek(0)
    i18n.add_catalogue(CODE, gettext.GNUTranslations(buffer))


def data_words(programme: Path) -> set[str]:
    """Every word the programme's file holds (titles, names, notes, method cards copied into it),
    and every word of the method cards and glossary the app ships: content, not interface."""
    words: set[str] = set()
    with sqlite3.connect(programme) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):  # table names from sqlite itself
                for value in row:
                    if isinstance(value, str):
                        words.update(w.casefold() for w in WORDS.findall(value))
    for folder in ("methods", "glossary", "templates"):
        for path in Path(resource(folder)).rglob("*"):
            if path.is_file() and path.suffix in {".toml", ".json", ".csv", ".txt", ".md", ".yaml"}:
                words.update(w.casefold() for w in WORDS.findall(path.read_text("utf-8")))
    return words


def english_dates() -> set[str]:
    from babel import Locale

    english = Locale.parse("en")
    names: set[str] = set()
    for width in ("abbreviated", "wide"):
        names |= {n.casefold() for n in english.days["format"][width].values()}
        names |= {n.casefold() for n in english.months["format"][width].values()}
    return names


def unmarked_words(text: str, data: set[str]) -> list[str]:
    """Words shown outside ⟦…⟧ that are not the programme's data. A word with the pseudo-locale's
    letters in it went through the catalogue too (a bracket may be cut off by wrapping or '…')."""
    rest, previous = text, None
    while rest != previous:  # a message inside a message: ⟦Àŝķ: “⟦…⟧”⟧
        previous, rest = rest, INNERMOST.sub(" ", rest)
    return [w for w, cut in _words(rest)
            if w.casefold() not in data and w.casefold() not in KEYS
            and not _CHANGED.intersection(w)
            and not (cut and any(d.startswith(w.casefold()) for d in data))]


def _words(text: str) -> Iterator[tuple[str, bool]]:
    """Each word, and whether '…' cuts it short (a data word shortened to fit: "the ass…")."""
    for found in WORDS.finditer(text):
        yield found.group(), text.startswith("…", found.end())


def _texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QLabel):
        yield re.sub(r"<[^>]+>", " ", widget.text())
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QListWidget):
        yield from (widget.item(i).text() for i in range(min(widget.count(), 40)))
    header = (widget.horizontalHeader() if isinstance(widget, QTableView) else
              widget.header() if isinstance(widget, QTreeView) else None)
    if header is not None and header.isVisible() and header.model() is not None:
        model = header.model()
        for section in range(header.count()):
            yield str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    yield widget.toolTip()
    yield widget.accessibleName()


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every visible widget under `root`, `root` included."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.objectName().startswith(("qt_", "Scroll")):
            continue  # Qt's own parts (tab scroll arrows, spin box editors): Qt's catalogue
        where = f"{type(widget).__name__}#{widget.objectName()}"
        for text in _texts(widget):
            if text:
                yield where, text


def menu_texts(menus: Iterable[QMenu]) -> Iterator[tuple[str, str]]:
    for menu in menus:
        yield f"QMenu#{menu.objectName()}", menu.title()
        for action in menu.actions():
            if action.menu() is not None:
                yield from menu_texts([action.menu()])
            elif not action.isSeparator() and action.objectName() != "recentFile":
                yield f"QAction#{action.objectName()}", action.text()


class PaintedText(QObject):
    """Records what QPainter.drawText draws from Python (the projector paints most of its text)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []
        self._original = QPainter.drawText

    def __enter__(self) -> PaintedText:
        original, seen = self._original, self.seen

        def draw_text(painter: QPainter, *args: object) -> object:
            seen.extend(a for a in args if isinstance(a, str))
            return original(painter, *args)  # type: ignore[arg-type]

        QPainter.drawText = draw_text  # type: ignore[method-assign]
        return self

    def __exit__(self, *_exc: object) -> None:
        QPainter.drawText = self._original  # type: ignore[method-assign]
