"""Every word the interface shows goes through the desktop catalogue.

Reads every module under coprod_desktop/gui as a syntax tree (tests/i18n/gui_literals.py) and
fails on a string literal with words in it that is not marked with coprod_desktop.i18n's `_`,
`N_` or `count`, whether it is passed straight to setText()/QLabel()/addAction() or kept in a
variable first. What is never shown (object names, style sheets, settings keys, log lines, file
names) is told apart by where it is used; the few exceptions are listed in gui_literals.ALLOWED.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import coprod_desktop.domain
import coprod_desktop.facilitation
from coprod_desktop.gui.kit.domain_words import WORDS
from tests.i18n.gui_literals import unmarked, unmarked_in

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "coprod_desktop" / "gui"
APP = ROOT / "coprod_desktop" / "app.py"  # builds the windows, shows what opening a file said


def test_every_visible_string_in_the_gui_is_marked() -> None:
    found = [literal.where() for literal in [*unmarked_in(GUI), *unmarked(APP)]]
    assert found == [], "Mark these with _() (or N_() for module constants, count() for " \
                        "numbers), then run scripts/i18n.sh and translate them"


PLANTED = '''
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from coprod_desktop.i18n import _, count

TITLE = "Not marked at import time"


class Panel:
    def build(self, n):
        self.label.setText("Hello there")
        QPushButton(_("Marked, so fine"), self)
        self.label.setObjectName("helloLabel")
        self.label.setStyleSheet("color: red;")
        QMessageBox.warning(self, "Careful", f"{n} things went wrong")
        self.tabs.addTab(self.page, count("{n} note", "{n} notes", n))
        words = {"key": "A value shown later"}
'''


def test_a_planted_unmarked_string_is_found(tmp_path: Path) -> None:
    module = tmp_path / "planted.py"
    module.write_text(PLANTED, encoding="utf-8")
    found = {(literal.text, literal.import_time) for literal in unmarked(module)}
    assert found == {("Not marked at import time", True), ("Hello there", False),
                     ("Careful", False), ("{} things went wrong", False),
                     ("A value shown later", False)}


def _domain_words() -> set[str]:
    words: set[str] = set()
    for package in (coprod_desktop.domain, coprod_desktop.facilitation):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for kind in vars(module).values():
                if not (inspect.isclass(kind) and issubclass(kind, enum.Enum)
                        and kind.__module__ == module.__name__):
                    continue
                for attribute in ("label", "plural", "question"):
                    if isinstance(getattr(kind, attribute, None), property):
                        words |= {getattr(member, attribute) for member in kind}
    return {w for w in words if isinstance(w, str) and w}


def test_every_domain_label_is_in_the_catalogue() -> None:
    """The GUI shows a domain enum's label with _(thing.label): the words must be marked."""
    marked = {word for words in WORDS.values() for word in words}
    missing = sorted(_domain_words() - marked)
    assert missing == [], "add them to coprod_desktop/gui/kit/domain_words.py"


@pytest.mark.parametrize("text", ["Save", "Delete ‘{title}’?", "{n} people in this round",
                                  "Keys: Space start"])
def test_words_count_as_words(text: str) -> None:
    from tests.i18n.gui_literals import looks_like_words

    assert looks_like_words(text)


@pytest.mark.parametrize("text", ["sessionHeading", "FOLLOW_UP", "view/theme", "#FFAA00",
                                  "story-{id}-{started_at}", "color: {};", "Ctrl+Shift+E",
                                  "HH:mm", "·", "{}  ·  {}"])
def test_names_and_styles_are_not_words(text: str) -> None:
    from tests.i18n.gui_literals import looks_like_words

    assert not looks_like_words(text)
