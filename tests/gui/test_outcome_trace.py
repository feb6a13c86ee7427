"""One note, followed from the board to "can't do this" with its reason, and found where people
are: the projector's "since last time", a phone's page, the bulletin and the programme report."""

from __future__ import annotations

from pathlib import Path

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from coprod_desktop.domain.outcomes import OutcomeStatus
from coprod_desktop.export.documents import Kind, PdfRequest, export_pdf
from coprod_desktop.gui.board.panel import BoardPanel
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.outcomes.dialogs import MarkDialog, OutcomeDialog
from coprod_desktop.gui.outcomes.panel import OutcomesPanel
from coprod_desktop.gui.outcomes.projector_view import KEY
from coprod_desktop.gui.signin.panel import SignInPanel
from coprod_desktop.services import Services
from tests.export.conftest import flat, pdf_text
from tests.gui.gui_helpers import in_thread
from tests.web.phone_helpers import csrf_of

NOTE = "Hold the meetings somewhere with <parking> & a lift"
REASON = "The only hall free in the evenings is on the first floor, and it has no lift yet."


def _save(dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_note_traced_to_cant_do_everywhere(qtbot, env: GuiEnv, services: Services,
                                             session_id: int, signin_panel: SignInPanel,
                                             tmp_path: Path, artifacts: Path) -> None:
    note_id = services.notes.add_note(session_id, NOTE).new_id
    panel = OutcomesPanel(env)
    panel.show()  # panels draw changes only while shown
    qtbot.addWidget(panel)
    panel.set_session(session_id)

    # Mark it from the board: right-click the note, "We'll come back to this…"; the dialog opens
    # with the note chosen and its words verbatim.
    board = BoardPanel(env)
    qtbot.addWidget(board)
    board.set_session(session_id)
    menu = board.note_menu(note_id)
    [later] = [a for a in menu.actions() if a.text() == "We'll come back to this…"]
    later.trigger()
    mark = board.findChild(MarkDialog)
    assert isinstance(mark, MarkDialog) and mark.isVisible()
    assert mark.items.count() == 1 and mark.items.item(0).data(Qt.ItemDataRole.UserRole) == note_id
    assert mark.items.currentRow() == 0 and mark.said.toPlainText() == NOTE
    _save(mark)
    qtbot.waitUntil(lambda: not mark.isVisible())
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    assert panel.table.item(0, 0).text() == NOTE
    assert panel.table.item(0, 1).text() == "We'll come back to this"

    # Can't do, with no reason: refused in the dialog, nothing saved.
    panel.table.selectRow(0)
    dialog = panel.update_selected()
    assert isinstance(dialog, OutcomeDialog)
    dialog.status.setCurrentIndex(dialog.status.findData(OutcomeStatus.CANT.value))
    assert dialog.reason.isVisibleTo(dialog) and not dialog.passed_to.isVisibleTo(dialog)
    _save(dialog)
    assert dialog.message.isVisibleTo(dialog) and "why" in dialog.message.text().lower()
    assert dialog.isVisible()
    assert services.outcomes.outcomes.outcomes()[0].status is OutcomeStatus.COME_BACK
    dialog.reason.setPlainText(REASON)
    _save(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # Settled: it leaves the "Open" list, and is under "Settled".
    assert panel.table.rowCount() == 0
    panel.filter.setCurrentText("Settled")
    assert panel.table.item(0, 1).text() == "Can't do this"
    assert panel.table.item(0, 2).text() == f"Why not: {REASON}"
    [outcome] = services.outcomes.outcomes.outcomes()
    assert (outcome.status, outcome.reason) == (OutcomeStatus.CANT, REASON)

    # The projector: "since last time".
    panel.buttons["show"].click()
    projector = env.projector
    assert projector.current_view() == KEY
    projector.resize(1920, 1080)  # type: ignore[attr-defined]
    projector.show()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.view.width() == 1920)
    panel.view.repaint()
    QApplication.processEvents()
    assert panel.view.shown == [outcome.id]
    panel.view.grab().save(str(artifacts / "projector-since-last-time-1920x1080.png"))

    # A phone signed in to the session.
    assert signin_panel.open_sign_in()
    url = signin_panel.join_url()
    base = url.split("/j/")[0]

    def phone_page() -> str:
        with httpx.Client(follow_redirects=False, timeout=20) as phone:
            page = phone.get(url)
            phone.post(url, data={"csrf": csrf_of(page.text), "name": "Ola", "group": "staff"})
            return phone.get(f"{base}/said").text

    said = in_thread(qtbot, phone_page, 20_000)
    assert "Hold the meetings somewhere with &lt;parking&gt; &amp; a lift" in said
    assert f"Why not:</strong> <span dir=\"auto\" class=\"user-text\">{REASON}</span>" in said

    # The bulletin (standard and large print) and the programme report.
    for kind in (Kind.BULLETIN, Kind.BULLETIN_LARGE, Kind.PROGRAMME):
        out = export_pdf(services.read, PdfRequest(kind), tmp_path / f"{kind.value}.pdf")
        words = flat(pdf_text(out))
        assert f"You said: {NOTE}" in words, kind
        assert f"Why not: {REASON}" in words, kind
        assert "What we can't do, and why" in words, kind


def test_a_refusal_in_an_outcome_dialog_is_said_in_the_console_s_language(env: GuiEnv) -> None:
    """The dialogs show a refusal through said(): a message as data in Polish, not its English."""
    from coprod_desktop.domain.errors import ConflictError
    from coprod_desktop.gui.outcomes.dialogs import _run
    from coprod_desktop.i18n import N_, language

    def refused():
        raise ConflictError(N_("This action is already linked."))

    shown: list[str] = []
    with language("pl"):
        assert _run(env, shown.append, refused) is False
    assert shown == ["To działanie jest już powiązane."]
