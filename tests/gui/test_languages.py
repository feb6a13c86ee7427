"""The interface in English (UK) and Polish: complete catalogues, and switching while running."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from coprod_desktop.gui.plain import i18n
from coprod_desktop.gui.plain.jargon_panel import JargonPanel
from coprod_desktop.gui.plain.projector_view import JargonProjectorView
from coprod_desktop.gui.plain.speech import Speaker
from coprod_desktop.gui.plain.term_dialog import TermDialog
from coprod_desktop.paths import resource

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = resource("i18n")
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{\w+\}|%n|&(?=\w)")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or ""): m
            for c in root.iter("context") for m in c.iter("message")}


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.fixture
def language(qapp):
    yield i18n.install_language
    i18n.install_language("en_GB")


def test_polish_catalogue_is_complete_and_keeps_placeholders() -> None:
    found = messages(CATALOGUES / "coprod_pl.ts")
    assert len(found) >= 40
    for (context, source), message in found.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        forms = texts(message)
        assert all(f.strip() for f in forms), (context, source)
        if message.get("numerus") == "yes":
            assert len(forms) == 3, source  # Polish: 1 notatka, 2 notatki, 5 notatek
        wanted = sorted(p for p in PLACEHOLDER.findall(source) if p != "&")
        for form in forms:
            assert sorted(p for p in PLACEHOLDER.findall(form) if p != "&") == wanted, form
            assert form.count("&") - form.count("&&") == source.count("&") - source.count("&&")


def test_english_catalogue_holds_the_plural_forms() -> None:
    found = messages(CATALOGUES / "coprod_en_GB.ts")
    assert found and all(m.get("numerus") == "yes" for m in found.values())
    assert all(len(texts(m)) == 2 and all(texts(m)) for m in found.values())


@pytest.mark.skipif(not (TOOLS / "pyside6-lupdate").exists(), reason="needs PySide6's lupdate")
def test_catalogues_cover_every_string_in_the_code(tmp_path: Path) -> None:
    """Running lupdate on the plain-language GUI finds nothing the committed catalogue lacks.

    (Other features' GUI code joins this check once it marks its text with tr().)
    """
    sources = sorted(str(p) for p in (ROOT / "coprod_desktop" / "gui" / "plain").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(TOOLS / "pyside6-lupdate"), "-locations", "none", *sources, "-ts",
                    str(fresh)], check=True, capture_output=True)
    assert set(messages(fresh)) <= set(messages(CATALOGUES / "coprod_pl.ts")), \
        "New strings: run scripts/i18n.sh and translate them in resources/i18n/coprod_pl.ts"


@pytest.mark.skipif(not (TOOLS / "pyside6-lrelease").exists(), reason="needs PySide6's lrelease")
@pytest.mark.parametrize("name", ["coprod_pl", "coprod_en_GB"])
def test_compiled_catalogues_match_their_sources(tmp_path: Path, name: str) -> None:
    shutil.copy(CATALOGUES / f"{name}.ts", tmp_path / f"{name}.ts")
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(tmp_path / f"{name}.ts"),
                    "-qm", str(tmp_path / f"{name}.qm")], check=True)
    assert (tmp_path / f"{name}.qm").read_bytes() == (CATALOGUES / f"{name}.qm").read_bytes(), \
        "Stale .qm: run scripts/i18n.sh"


def test_switching_language_retranslates_open_widgets(qtbot, language, services, session_id,
                                                      env) -> None:
    language("en_GB")
    panel = JargonPanel(env, speaker=Speaker(engine="no-such-engine"))
    qtbot.addWidget(panel)
    panel.set_session(session_id)
    for text in ("CAMHS referral", "CAMHS again", "Still CAMHS", "CAMHS!", "CAMHS?"):
        services.notes.add_note(session_id, text)
    panel.refresh()
    view = JargonProjectorView()
    qtbot.addWidget(view)
    assert panel.show_button.text() == "&Show on projector"
    assert panel.session_list.item(0).text() == "CAMHS  ·  5 notes"

    assert language("pl")
    assert i18n.current_language() == "pl"
    qtbot.waitUntil(lambda: panel.show_button.text() == "&Pokaż na projektorze")
    assert panel.title == "Żargon"
    assert panel.tabs.tabText(1) == "Cały słowniczek"
    assert panel.session_list.item(0).text() == "CAMHS  ·  5 notatek"
    assert view.caption.text() == "Słowniczek trudnych słów"
    dialog = TermDialog()
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Zachowaj"  # Qt's catalogue

    assert language("en_GB")
    qtbot.waitUntil(lambda: panel.show_button.text() == "&Show on projector")
    assert panel.session_list.item(0).text() == "CAMHS  ·  5 notes"
    assert view.caption.text() == "Jargon buster"


def test_an_unknown_language_falls_back_to_english(language) -> None:
    assert language("xx") is True
    assert i18n.current_language() == "en_GB"


def test_polish_panel_screenshot(qtbot, language, services, session_id, env, artifacts) -> None:
    language("pl")
    panel = JargonPanel(env, speaker=Speaker(engine="mock"))
    qtbot.addWidget(panel)
    panel.set_session(session_id)
    services.notes.add_note(session_id, "Czekamy na EHCP od roku, SENCo nie odpisuje")
    panel.refresh()
    panel.session_list.setCurrentRow(0)
    panel.resize(900, 640)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.session_list.item(0).text().endswith("1 notatka")
    panel.grab().save(str(artifacts / "jargon-panel-polish.png"))
