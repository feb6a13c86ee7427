"""What building a panel the first time brings in (issue 18): the real app on the demo programme
in a child Python, the panels built one after another as the console builds them when first
shown, and the modules it holds written down after each.

A part a panel does not show at first (a dialog, the read-aloud voice, the write path of the
check-out) is imported when it is used, and the part that comes later still comes.
"""

from __future__ import annotations

from pathlib import Path

from tests.gui.child_app import run_probe

PROBE = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
qt = QApplication([])
from coprod_desktop.app import CoprodApp
folder = Path(tempfile.mkdtemp())
app = CoprodApp(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat), folder / "data")
app.start(Path(sys.argv[2]))
view = app.console.view
out = {"modules": {}}
for title in sys.argv[3:]:
    slot = next(s for s in view.slots if s.ref.title == title)
    slot.ensure()
    out["modules"][title] = sorted(sys.modules)
jargon = view.panel("Jargon")
checked = []
jargon.speaker.checked.connect(lambda: checked.append(True))
out["speak_before_check"] = jargon.speak_button.isVisibleTo(jargon)
if not checked:  # wait for the check's signal (or give up after a minute), not a guess
    from PySide6.QtCore import QEventLoop, QTimer
    loop = QEventLoop()
    jargon.speaker.checked.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
out["checked"] = bool(checked)
from PySide6.QtTextToSpeech import QTextToSpeech
out["engines"] = list(QTextToSpeech.availableEngines())
out["speak_after_check"] = jargon.speak_button.isVisibleTo(jargon)
session = view.current_session()
view.panel("Check-out").env.services.checkout.enter_slip(session, "parent_carer", {
    "listened": 2, "could_say": 1, "understood": 2, "come_again": 0})
view.panel("Check-out").env.services.checkout.enter_slip(session, "staff", {
    "listened": 2, "could_say": 2, "understood": 2, "come_again": 2})
QApplication.processEvents()
out["checkout_results"] = view.panel("Check-out").results.text()
with open(sys.argv[1], "w") as handle:
    json.dump(out, handle)
app.shutdown()
"""

PANELS = ("Jargon", "Check-out", "Actions", "Rapid tests")


def build_in_child(tmp_path: Path, demo: Path) -> dict:
    found, _done = run_probe(PROBE, tmp_path, str(demo), *PANELS, timeout=240)
    return dict(found)


def test_panels_bring_in_their_hidden_parts_only_when_used(tmp_path: Path,
                                                          demo_path: Path) -> None:
    found = build_in_child(tmp_path, demo_path)
    modules = found["modules"]
    assert "coprod_desktop.gui.plain.jargon_panel" in modules["Jargon"]  # the probe built it
    # Qt's speech library is loaded a turn after the Jargon panel is built, not while it is.
    assert "PySide6.QtTextToSpeech" not in modules["Jargon"]
    assert found["speak_before_check"] is False
    assert found["checked"]  # the voice check ran, on a later turn of the loop
    # ... and "Read aloud" then shows if, and only if, this computer has a voice.
    assert found["speak_after_check"] is bool([e for e in found["engines"] if e != "mock"])
    # The check-out's results come through the reader: its write path (and the phone, note and
    # vote services under it) waits for a slip to be typed in.
    assert "coprod_desktop.services.checkout" not in modules["Check-out"]
    assert "coprod_desktop.services.phones" not in modules["Check-out"]
    # ... and its results follow the slips typed in afterwards (two: one parent, one staff).
    assert found["checkout_results"].splitlines()[:2] == ["2 check-outs", "Parents and carers (1)"]
    assert "Staff (1)" in found["checkout_results"].splitlines()
    # Dialogs come with the first one opened.
    assert "coprod_desktop.gui.programme.action_dialog" not in modules["Actions"]
    assert "coprod_desktop.gui.programme.rapid_test_dialog" not in modules["Rapid tests"]
