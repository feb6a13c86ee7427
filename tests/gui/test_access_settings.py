"""Interface size, the easy-reading font, the accessibility dialog and read aloud."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtTextToSpeech import QTextToSpeech

from coprod_desktop.gui.kit.legibility import MIN_CAP_HEIGHT_1080, cap_height
from coprod_desktop.gui.plain import fonts, i18n, settings
from coprod_desktop.gui.plain.access_dialog import AccessibilityDialog
from coprod_desktop.gui.plain.projector_view import JargonProjectorView
from coprod_desktop.gui.plain.speech import Speaker
from coprod_desktop.paths import resource
from coprod_desktop.store.glossary_file import builtin_entries

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path):
    path = tmp_path / "settings.ini"
    settings.bind(QSettings(str(path), QSettings.Format.IniFormat))
    yield path
    settings.bind(None)


def test_ui_scale_is_saved_and_snapped_to_the_offered_sizes() -> None:
    assert settings.ui_scale() == 1.0
    assert settings.set_ui_scale(1.6) == 1.5
    assert settings.ui_scale() == 1.5
    env: dict[str, str] = {}
    assert settings.apply_ui_scale(env) == 1.5 and env["QT_SCALE_FACTOR"] == "1.5"
    mine = {"QT_SCALE_FACTOR": "1.25"}
    assert settings.apply_ui_scale(mine) == 1.25 and mine["QT_SCALE_FACTOR"] == "1.25"


SCRIPT = """
import json, os, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from coprod_desktop.gui.plain import settings
settings.bind(QSettings(sys.argv[1], QSettings.Format.IniFormat))
settings.apply_ui_scale()
from PySide6.QtWidgets import QApplication, QPushButton
app = QApplication([])
button = QPushButton("Show on projector")
button.resize(200, 40)
image = button.grab()
print(json.dumps({"env": os.environ.get("QT_SCALE_FACTOR"), "ratio": app.devicePixelRatio(),
                  "size": [image.width(), image.height()]}))
"""


def test_the_saved_scale_applies_when_the_app_starts(own_settings: Path, tmp_path: Path) -> None:
    settings.set_ui_scale(1.5)
    script = tmp_path / "start.py"
    script.write_text(SCRIPT)
    env = {k: v for k, v in os.environ.items() if k != "QT_SCALE_FACTOR"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, str(script), str(own_settings)], capture_output=True,
                         text=True, env=env, cwd=ROOT, timeout=60, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["env"] == "1.5" and result["ratio"] == 1.5
    assert result["size"] == [300, 60]  # 200×40 logical pixels drawn at 1.5×


def test_the_reading_font_is_bundled_with_its_licence() -> None:
    folder = resource("fonts", "lexend")
    assert sorted(p.name for p in folder.glob("*.ttf")) == ["Lexend-Bold.ttf", "Lexend-Regular.ttf"]
    assert "SIL Open Font License" in (folder / "OFL.txt").read_text()
    assert all(p.read_bytes()[:4] == b"\x00\x01\x00\x00" for p in folder.glob("*.ttf"))  # TrueType
    assert fonts.READING_FAMILY in fonts.register_bundled_fonts()


def test_the_projector_uses_the_reading_font_when_chosen(qtbot, artifacts) -> None:
    view = JargonProjectorView()
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show_entry(next(e for e in builtin_entries() if e.term == "EHCP"))
    assert QFontInfo(view.explanation.font()).family() != fonts.READING_FAMILY
    settings.set_reading_font("projector")
    view.show()
    qtbot.waitExposed(view)
    for label in (view.caption, view.term, view.explanation):
        assert QFontInfo(label.font()).family() == fonts.READING_FAMILY
        assert cap_height(label.font()) >= MIN_CAP_HEIGHT_1080
    view.grab().save(str(artifacts / "jargon-projector-lexend-1080p.png"))


def test_everywhere_changes_the_console_font_and_off_restores_it(qapp) -> None:
    before = QGuiApplication.font().family()
    settings.set_reading_font("everywhere")
    fonts.apply_console_font()
    assert QGuiApplication.font().family() == fonts.READING_FAMILY
    settings.set_reading_font("off")
    fonts.apply_console_font()
    assert QGuiApplication.font().family() == before


def test_accessibility_dialog_saves_choices_and_switches_language(qtbot) -> None:
    dialog = AccessibilityDialog(speaker=Speaker(engine="no-such-engine"))
    qtbot.addWidget(dialog)
    dialog.scale.setCurrentIndex(dialog.scale.findData(1.5))
    dialog.font_choice.setCurrentIndex(dialog.font_choice.findData("projector"))
    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    try:
        dialog.accept()
        assert settings.ui_scale() == 1.5
        assert settings.reading_font() == "projector"
        assert settings.language() == "pl" and i18n.current_language() == "pl"
    finally:
        i18n.install_language("en_GB")


def test_read_aloud_speaks_through_qt_text_to_speech(qtbot) -> None:
    """Qt's own test engine ("mock", shipped in the wheel) stands in for a system voice."""
    speaker = Speaker(engine="mock")
    assert speaker.speak("EHCP. A legal document from the council.")
    assert speaker.engine == "mock"
    qtbot.waitUntil(lambda: speaker.speaking)
    speaker.stop()
    qtbot.waitUntil(lambda: not speaker.speaking)
    assert QTextToSpeech is not None


def test_read_aloud_falls_back_silently_with_one_log_line(caplog) -> None:
    speaker = Speaker(engine="no-such-engine")
    with caplog.at_level("INFO", logger="coprod_desktop.gui.plain.speech"):
        assert speaker.speak("Hello") is False
        assert speaker.speak("Hello again") is False
    assert not speaker.available
    assert len([r for r in caplog.records if "Read aloud is off" in r.getMessage()]) == 1


CONSOLE_SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from coprod_desktop.gui.plain import settings
store = QSettings(sys.argv[1], QSettings.Format.IniFormat)
settings.bind(store)
settings.apply_ui_scale()
from PySide6.QtWidgets import QApplication
qt_app = QApplication([])
from coprod_desktop.app import CoprodApp
from coprod_desktop.demo.builder import build_demo
folder = Path(sys.argv[2])
app = CoprodApp(store, folder / "data")
app.start(build_demo(folder / "demo.coprod"))
app.console.resize(1280, 800)
app.console.show()
view = app.current.view
view.side.list.setCurrentRow(0)  # the discovery workshop, with its board of notes
jargon = view.panel("Jargon")
view.show_panel(jargon)
jargon.session_list.setCurrentRow(0)
for _ in range(20):
    qt_app.processEvents()
image = app.console.grab()
image.save(sys.argv[3])
print(json.dumps({"ratio": qt_app.devicePixelRatio(), "size": [image.width(), image.height()],
                  "logical": [app.console.width(), app.console.height()]}))
app.shutdown()
"""


def test_console_in_the_large_ui_scale(own_settings: Path, tmp_path: Path, artifacts: Path) -> None:
    settings.set_ui_scale(1.5)
    script = tmp_path / "console.py"
    script.write_text(CONSOLE_SCRIPT)
    env = {k: v for k, v in os.environ.items() if k != "QT_SCALE_FACTOR"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    shot = artifacts / "console-ui-scale-150.png"
    out = subprocess.run([sys.executable, str(script), str(own_settings), str(tmp_path),
                          str(shot)], capture_output=True, text=True, env=env, cwd=ROOT,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["ratio"] == 1.5
    assert result["size"] == [round(result["logical"][0] * 1.5), round(result["logical"][1] * 1.5)]
