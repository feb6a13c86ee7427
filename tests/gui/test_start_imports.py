"""Only what is used is imported (issue 18): the real `coprod` start in a child Python, with the
modules it holds written down the moment its window has been drawn.

The welcome page needs no programme machinery at all; an opened programme builds (and imports)
only the panel it shows and the agenda, whose runner is live, and nothing for PDFs, the phone
server or the demo until someone asks for them. Neither draws with a dialog's module loaded, nor
with the Qt classes only dialogs and hidden parts use: PySide builds a class (and its enums) the
first time Python touches it, so those cost nothing until then.
"""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.gui.console.panels import PANELS, PLAN
from tests.gui.child_app import run_probe

PROBE = """
import json, sys
from coprod_desktop.gui import smoke
drawn = smoke.FirstPaint._done
def _done(self):
    from PySide6 import QtCore, QtGui, QtWidgets
    from PySide6.QtWidgets import QApplication
    # The classes PySide has built so far (before this probe touches any more of them).
    built = [name for module in (QtCore, QtGui, QtWidgets) for name in vars(module)]
    style = QApplication.style().name()
    with open(sys.argv[1], "w") as out:
        json.dump({"modules": sorted(sys.modules), "qt_classes": built, "style": style}, out)
    drawn(self)
smoke.FirstPaint._done = _done
from coprod_desktop.cli import main
raise SystemExit(main([*sys.argv[2:], "--smoke-test", "0"]))
"""

# Heavy libraries and our own packages that only some features need.
NEVER_AT_START = ("reportlab", "starlette", "uvicorn", "qrcode", "PIL", "jinja2",
                  "coprod_desktop.export", "coprod_desktop.web", "coprod_desktop.demo",
                  # speech, sound and the licence texts: when read aloud, chimed or asked for
                  "PySide6.QtTextToSpeech", "PySide6.QtMultimedia", "coprod_desktop.licences",
                  "babel")  # Babel's locale data: when a date or a long number is written
# A current programme file is opened, read and written (the projector's view is noted in it) with
# plain sqlite3: sqlite-utils, and what it brings (click, dateutil, pluggy), only for a file that
# needs its migrations, a schema change or a table object (store/database.py). Nor the method
# library (a new session's check-out card) or the meeting review's rules, used later if at all.
NOT_FOR_A_CURRENT_FILE = ("sqlite_utils", "click", "dateutil", "pluggy",
                          "coprod_desktop.store.utils_database", "coprod_desktop.library",
                          "coprod_desktop.facilitation.action_review")
# Dialogs and what only they use: imported when first opened.
DIALOGS = ("coprod_desktop.gui.console.new_programme", "coprod_desktop.gui.console.session_dialog",
           "coprod_desktop.gui.programme.calendar_dialog", "coprod_desktop.gui.kit.ask",
           "coprod_desktop.gui.kit.file_dialogs", "coprod_desktop.gui.kit.forms",
           "coprod_desktop.services.sessions")
# Qt classes the first drawing has no use for: dialogs' (message boxes, file choosers, forms) and
# the style object (its enums alone take about 8 ms to build).
NOT_DRAWN_WITH = ("QStyle", "QMessageBox", "QFileDialog", "QFormLayout", "QDialogButtonBox")
# Panels are built when first shown: an opened programme shows Plan › Programme and holds the
# agenda (built with the programme: its runner and chime are live), and no other panel's module.
SHOWN_AT_OPEN = PLAN[0]
NOT_UNTIL_SHOWN = [ref.path.partition(":")[0] for ref in PANELS
                   if ref is not SHOWN_AT_OPEN and not ref.at_start]


def start(tmp_path: Path, *args: str) -> dict:
    seen, done = run_probe(PROBE, tmp_path, *args)
    assert "drawn" in done.stdout
    assert seen["style"] == "fusion"  # the app's own look from the first drawing
    # PySide builds a class when first touched; a class nothing here uses must not exist yet.
    assert "QCalendarWidget" not in seen["qt_classes"]
    return seen


def modules_when_drawn(tmp_path: Path, *args: str) -> set[str]:
    return set(start(tmp_path, *args)["modules"])


def loaded(modules: set[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def test_the_welcome_page_is_drawn_without_the_programme_machinery(tmp_path: Path) -> None:
    seen = start(tmp_path)
    modules = set(seen["modules"])
    assert "coprod_desktop.gui.console.window" in modules  # the probe saw the real start
    assert [n for n in NEVER_AT_START if loaded(modules, n)] == []
    # Nor what only an open programme's messages need (said_text: a service's words, in JSON).
    assert [n for n in (*DIALOGS, "coprod_desktop.domain.validate",
                        "coprod_desktop.gui.kit.said_text") if n in modules] == []
    assert [c for c in NOT_DRAWN_WITH if c in seen["qt_classes"]] == []
    # Nor Qt's namespace (93 enums, about 14 ms): what the welcome page sets with it waits for a
    # message, a recent file, the projector shown or the first drawing (gui/console/window.py).
    assert "Qt" not in seen["qt_classes"]
    # Not even the write path or the file: nothing is open yet.
    for name in ("coprod_desktop.services", "coprod_desktop.store", "sqlite_utils",
                 "coprod_desktop.gui.console.programme_view"):
        assert not loaded(modules, name), name


def test_an_opened_programme_is_drawn_without_pdfs_phones_or_the_demo(
        tmp_path: Path, demo_path: Path) -> None:
    seen = start(tmp_path, str(demo_path))
    modules = set(seen["modules"])
    assert "coprod_desktop.gui.console.programme_view" in modules  # the programme is open
    assert SHOWN_AT_OPEN.path.partition(":")[0] in modules  # with the panel it shows
    assert len(NOT_UNTIL_SHOWN) > 15
    assert [m for m in NOT_UNTIL_SHOWN if m in modules] == []
    # An open programme lists its sessions' dates in the interface's language (Babel's data,
    # about 20 ms); the welcome page above writes no date.
    assert [n for n in NEVER_AT_START if loaded(modules, n) and n != "babel"] == []
    # Services are made on first use; erasing and archiving only when a job was interrupted;
    # no sqlite-utils plugins are looked for (no scan of every installed package).
    for name in ("coprod_desktop.services.erase", "coprod_desktop.services.archive",
                 "coprod_desktop.services.board", "importlib.metadata"):
        assert name not in modules, name
    # The demo copy is at this version's schema, and its first open writes (the projector's view).
    assert "coprod_desktop.services.projector_view" in modules
    assert [n for n in NOT_FOR_A_CURRENT_FILE if loaded(modules, n)] == []
    # Only what the first drawing shows: no dialog, nor the parts of the console out of sight
    # (the Run screen's side and its room at a glance, the projector's celebration screen), nor
    # the screen-reader naming pass, which runs in the turn after the drawing.
    assert [n for n in DIALOGS if n in modules] == []
    for name in ("coprod_desktop.gui.console.run_side", "coprod_desktop.gui.console.room_glance",
                 "coprod_desktop.gui.programme.projector_celebration",
                 "coprod_desktop.gui.plain.accessible"):
        assert name not in modules, name
    # (QDialogButtonBox is there: gui/programme/common.py, shared with the programme's dialogs,
    # names its Save and Cancel buttons when imported.)
    hidden = [c for c in NOT_DRAWN_WITH if c != "QDialogButtonBox"] + ["QGroupBox", "QCheckBox"]
    assert [c for c in hidden if c in seen["qt_classes"]] == []


COLLECTOR_PROBE = """
import gc, json, sys
from coprod_desktop.gui import smoke
watch, drawn = smoke.FirstPaint.eventFilter, smoke.FirstPaint._done
seen = {}
def eventFilter(self, window, event):
    if not self.painted and not seen:
        seen["collecting_while_starting"] = gc.isenabled()
    return watch(self, window, event)
def _done(self):  # a fifth of a second after the first drawing
    seen.update(collecting=gc.isenabled(), frozen=gc.get_freeze_count())
    with open(sys.argv[1], "w") as out:
        json.dump(seen, out)
    drawn(self)
smoke.FirstPaint.eventFilter, smoke.FirstPaint._done = eventFilter, _done
from coprod_desktop.cli import main
raise SystemExit(main([*sys.argv[2:], "--smoke-test", "0.2"]))
"""


def test_the_cycle_collector_rests_while_the_window_starts_and_works_once_it_is_drawn(
        tmp_path: Path, demo_path: Path) -> None:
    """cli.py turns Python's cycle collector off for the start; once the window is drawn it is
    on again, with what the start made frozen out of its walks (app.collect_cycles_once_drawn)."""
    seen, _done = run_probe(COLLECTOR_PROBE, tmp_path, str(demo_path))
    assert seen["collecting_while_starting"] is False
    assert seen["collecting"] is True
    assert seen["frozen"] > 10_000  # the modules, the windows and the open programme


def test_closing_a_programme_lets_the_collector_walk_what_the_start_made(make_app,
                                                                         demo_path: Path) -> None:
    import gc

    app = make_app()
    app.start(demo_path)
    gc.freeze()  # as run_gui leaves it once the window is drawn
    try:
        assert gc.get_freeze_count() > 0
        app.close_programme()
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
