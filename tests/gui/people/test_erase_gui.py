"""Erasing from the Person view, with real widgets: the dialog's choices, undo before it is final,
then "Make it final" (a real message box), after which Edit › Undo cannot bring them back."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from coprod_desktop.domain.erasure import ERASED_NAME
from coprod_desktop.gui.people.erase_dialog import EraseDialog
from coprod_desktop.gui.people.panel import PeoplePanel
from coprod_desktop.services import Services
from coprod_desktop.store.export_reader import ExportReader
from tests.gui.people.people_host import env_for, grab, three_people


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
            and w.isVisible()]


def test_erase_undo_and_make_final(qtbot, services: Services, session_id: int, clock,
                                   artifacts: Path, tmp_path: Path) -> None:
    ids = three_people(services, session_id)
    services.notes.add_note(session_id, "Buses stop at six", author_id=ids["zofia"])
    env = env_for(services, clock)
    panel = PeoplePanel(env)
    qtbot.addWidget(panel)
    panel.resize(1200, 760)
    panel.show()
    panel.select(ids["zofia"])
    saved = panel.person.save_file(tmp_path / "Person 1, everything held.json", "json")
    assert saved is not None
    assert json.loads(saved.read_text("utf-8"))["person"]["name"] == "Zofia Wiśniewska"
    pdf = panel.person.save_file(tmp_path / "Person 1, everything held.pdf", "pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    panel.person.erase_button.click()
    dialog = next(d for d in panel.person.findChildren(EraseDialog) if d.isVisible())
    assert dialog.keep.isChecked()  # anonymous contributions stay unless asked
    assert any("2 files made from this programme held names" in line for line in dialog.lines)
    grab(dialog, artifacts / "people-erase-dialog.png")
    dialog.erase()
    assert panel.person.heading.text() == "Erased person"
    assert panel.person.pending.isVisible() and panel.person.pending.undo_button.isVisible()
    grab(panel, artifacts / "people-erase-pending.png")
    panel.person.pending.undo_button.click()
    assert services.read.attendee(ids["zofia"]).name == "Zofia Wiśniewska"
    assert not panel.person.pending.isVisible()
    # Erase again through the dialog, then make it final through the real message box.
    panel.person.erase_button.click()
    next(d for d in panel.person.findChildren(EraseDialog) if d.isVisible()).erase()
    panel.person.pending.final_button.click()
    [box] = _boxes()
    assert "cannot be undone" in box.informativeText()
    box.findChild(QPushButton, "yesButton").click()
    [told] = _boxes()
    assert told.text().startswith("The erase is final.")
    told.close()
    assert panel.person.pending.final_button.isHidden()
    assert "Erased for good" in panel.person.pending.text.text()
    while env.undo.stack.canUndo():  # nothing in the Edit menu brings the details back
        env.undo.stack.undo()
    assert services.read.attendee(ids["zofia"]).name == ERASED_NAME
    records = ExportReader(services.file.db).records()
    assert {(r.what, r.format.value) for r in records} == {
        (f"Everything held about person {ids['zofia']}", "json"),
        (f"Everything held about person {ids['zofia']}", "pdf")}
