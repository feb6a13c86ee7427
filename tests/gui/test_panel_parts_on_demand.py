"""A panel's hidden parts load when first opened, not with the panel (issue 18: a first build stays
inside the GUI thread's 50 ms). Each panel is built through the real console, in a child Python
over the demo programme, and what it imported is read from `sys.modules` just after; that the
parts still work when opened is tested beside each panel (test_people_panel, test_erase_gui,
test_signin_doctor, test_outcome_trace, test_actions_from_board_and_stories).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.child_app import run_probe

PROBE = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from coprod_desktop.app import CoprodApp

qt = QApplication([])
folder = Path(tempfile.mkdtemp())
app = CoprodApp(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat), folder / "data")
app.start(Path(sys.argv[2]))
slot = next(s for s in app.console.view.slots if s.ref.title == sys.argv[3])
slot.ensure()
with open(sys.argv[1], "w") as out:
    json.dump({"built": type(slot.panel).__name__, "modules": sorted(sys.modules)}, out)
app.shutdown()
"""

# Panel title -> (its class, what it must not have loaded once built).
LATER = {
    "Board": ("BoardPanel", (
        "coprod_desktop.gui.outcomes",  # "We'll come back to this…" on a note
        "coprod_desktop.gui.programme.action_dialog",  # "Make an action from this note…"
    )),
    "People": ("PeoplePanel", (
        "coprod_desktop.gui.people.consent_dialog",  # Change choices…
        "coprod_desktop.gui.people.merge_dialog",  # Merge with…
        "coprod_desktop.gui.people.erase_dialog",  # Erase…
        "coprod_desktop.services.erase",  # an erased person's bar
        "coprod_desktop.export",  # their file (PDF, JSON)
    )),
    "Sign-in": ("SignInPanel", (
        "coprod_desktop.web.doctor.checks",  # "Can phones reach this laptop?" once sign-in opens
        "coprod_desktop.web.phone_web", "coprod_desktop.web.server", "starlette", "uvicorn",
        "coprod_desktop.export", "qrcode",  # the join code is drawn when sign-in opens
    )),
}


def loaded(modules: list[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


@pytest.mark.parametrize("title", sorted(LATER))
def test_a_panel_is_built_without_the_parts_it_opens_later(
        tmp_path: Path, demo_path: Path, title: str) -> None:
    found, _done = run_probe(PROBE, tmp_path, str(demo_path), title)
    panel_class, later = LATER[title]
    assert found["built"] == panel_class
    assert [name for name in later if loaded(found["modules"], name)] == []
