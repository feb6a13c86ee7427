"""Phone pages in the phone's language: the catalogue, the choice from Accept-Language, a page."""

from __future__ import annotations

import gettext
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from coprod_desktop.paths import resource
from coprod_desktop.web import phone_i18n
from coprod_desktop.web.context import templates
from tests.web.phone_helpers import PhoneEnv

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = resource("i18n", "web", "pl", "LC_MESSAGES")


@pytest.mark.parametrize(("header", "code"), [
    ("pl-PL,pl;q=0.9,en;q=0.8", "pl"),
    ("en-GB,en;q=0.9,pl;q=0.8", "en_GB"),
    ("de-DE,pl;q=0.5", "pl"),
    ("pl;q=0,en", "en_GB"),
    ("", "en_GB"),
    ("fr", "en_GB"),
    ("garbage;q=x, PL", "pl"),
])
def test_language_from_the_phones_settings(header: str, code: str) -> None:
    assert phone_i18n.pick_language(header) == code


def test_polish_catalogue_covers_every_marked_string(tmp_path: Path) -> None:
    pot = tmp_path / "phone.pot"
    subprocess.run([str(Path(sys.executable).parent / "pybabel"), "-q", "extract", "-F",
                    str(resource("i18n", "web", "babel.cfg")), "--no-location", "-o", str(pot),
                    "."], cwd=ROOT, check=True)
    with pot.open("rb") as handle:
        wanted = {m.id for m in read_po(handle) if m.id}
    with (CATALOGUE / "phone.po").open("rb") as handle:
        catalogue = read_po(handle, locale="pl")
    done = {m.id for m in catalogue if m.id and m.string and not m.fuzzy}
    assert len(wanted) >= 20
    assert wanted <= done, "run scripts/i18n.sh and translate the new phone strings"
    for message in catalogue:
        for source, translated in zip(_forms(message.id), _forms(message.string), strict=False):
            assert sorted(PLACEHOLDER.findall(translated)) == sorted(PLACEHOLDER.findall(source)), \
                (source, translated)


PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def _forms(text: str | tuple[str, ...]) -> tuple[str, ...]:
    """A message's forms: one for most, several for plurals (the last source form for the rest)."""
    return (text,) if isinstance(text, str) else tuple(text)


def test_compiled_catalogue_matches_its_source() -> None:
    with (CATALOGUE / "phone.po").open("rb") as handle:
        catalogue = read_po(handle, locale="pl")
    with (CATALOGUE / "phone.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = [m.id for m in catalogue if m.id and _compiled(compiled, m) != m.string]
    assert stale == [], "stale phone.mo: run scripts/i18n.sh"


def _compiled(compiled: gettext.GNUTranslations, message) -> str | tuple[str, ...]:
    """What the .mo file gives for a catalogue entry: plain, with a context, or each plural."""
    if isinstance(message.id, tuple):
        singular, plural = message.id[0], message.id[1]
        return tuple(compiled.ngettext(singular, plural, n) for n in (1, 2, 5))
    if message.context:
        return compiled.pgettext(message.context, message.id)
    return compiled.gettext(message.id)


def test_templates_render_in_polish_and_keep_names_escaped() -> None:
    english = templates()
    polish = phone_i18n.environment_for("pl", english, templates)
    values = {"person": "<b>Zofia</b> & co", "csrf": "x", "notes_open": True, "colours": [],
              "note_max": 10, "question_max": 10, "session_title": "Spotkanie"}
    page = polish.get_template("home.html").render(**values)
    assert '<html lang="pl">' in page
    assert 'Dzień dobry, <span dir="auto" class="user-text">&lt;b&gt;Zofia&lt;/b&gt; &amp; co</span>' in page
    assert "Co to znaczy?" in page and "Wypisz mnie" in page
    assert "Nic nie trafia do internetu." in page
    page_en = english.get_template("home.html").render(**values)
    assert '<html lang="en-GB">' in page_en and "What does that mean?" in page_en
    assert 'Hello, <span dir="auto" class="user-text">&lt;b&gt;Zofia&lt;/b&gt; &amp; co</span>' in page_en


def test_a_polish_phone_gets_polish_pages(phone_env: PhoneEnv) -> None:
    client = phone_env.signed_in(name="Zofia Wiśniewska")
    client.headers["Accept-Language"] = "pl-PL,pl;q=0.9,en;q=0.5"
    home = client.get("/home")
    assert home.status_code == 200
    assert '<html lang="pl">' in home.text and "Wypisz mnie" in home.text
    assert "Zofia Wiśniewska" in home.text
    client.headers["Accept-Language"] = "en-GB"
    assert "Sign me out" in client.get("/home").text
