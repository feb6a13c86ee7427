"""The Privacy panel with real widgets: the notice and its standard words, the retention date, the
record of exports and the log of withdrawals and erasures; and the offer on opening after the
retention date (a FakeClock moves past it), through archive and erase."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from coprod_desktop.domain.erasure import ERASED_NAME
from coprod_desktop.domain.export_record import ExportFormat
from coprod_desktop.domain.records import Consent
from coprod_desktop.gui.people.privacy_panel import PrivacyPanel
from coprod_desktop.services import Services
from coprod_desktop.store.privacy_reader import PrivacyReader
from tests.gui.gui_helpers import next_turn
from tests.gui.people.people_host import env_for, grab, three_people
from tests.store.test_erase import raw_hits


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
            and w.isVisible()]


def _yes(box: QMessageBox) -> None:
    box.findChild(QPushButton, "yesButton").click()


def test_notice_date_exports_and_log(qtbot, services: Services, session_id: int, clock,
                                     artifacts: Path) -> None:
    ids = three_people(services, session_id)
    clock.advance(3600)
    services.people.set_consent(ids["zofia"], Consent(name_in_handouts=True), via="paper")
    services.exports.record("Session handout", ExportFormat.PDF, "/tmp/handout.pdf",
                            held_names=True)
    services.exports.record("Copy of the programme", ExportFormat.COPY, "/tmp/copy.coprod",
                            held_names=False)
    env = env_for(services, clock)
    panel = PrivacyPanel(env)
    qtbot.addWidget(panel)
    panel.resize(1100, 900)
    panel.show()
    assert "Test forum" in panel.parts["holder"].placeholderText()
    panel.parts["contact"].setText("Ring Dee on 01632 960123")
    panel.save_notice()
    notice = PrivacyReader(services.file.db).notice()
    assert notice.contact == "Ring Dee on 01632 960123" and notice.holder == ""
    panel.parts["why"].setText("x" * 400)
    panel.save_notice()
    assert "300" in panel.notice_errors.message("privacy_why")
    panel.parts["why"].setText("")
    panel.keep_until.setChecked(True)
    panel.until.setDate(panel.until.date().addYears(1))
    panel.save_retention()
    assert PrivacyReader(services.file.db).retention().year == 2027  # type: ignore[union-attr]
    assert panel.exports.column(1) == ["Copy of the programme", "Session handout"]
    assert panel.exports.column(3) == ["Yes", "Yes"]  # a copy always holds names
    assert "Withdrew: Photos: Yes → No (on a paper form)" in panel.log.column(2)
    assert set(panel.log.column(1)) == {"Zofia Wiśniewska"}
    grab(panel, artifacts / "people-privacy-panel.png")
    env.undo.stack.undo()
    assert PrivacyReader(services.file.db).retention() is None


def test_offer_on_opening_after_the_retention_date(qtbot, services: Services, session_id: int,
                                                   clock, tmp_path: Path,
                                                   programme_path: Path) -> None:
    three_people(services, session_id)
    services.privacy.set_retention("2026-06-30")
    env = env_for(services, clock)
    before = PrivacyPanel(env)  # 3 March 2026: nothing to offer yet
    qtbot.addWidget(before)
    assert not before.retention.offered  # decided when the panel is made
    next_turn(qtbot)
    assert _boxes() == []
    clock.set(datetime(2026, 7, 1, 9, 0, tzinfo=UTC))
    panel = PrivacyPanel(env)  # opening the programme after the date
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: len(_boxes()) == 1)
    [box] = _boxes()
    assert "30 June 2026" in box.text() and "4 people" in box.informativeText()
    _yes(box)  # "Archive, then erase…" opens the file chooser
    [chooser] = [d for d in panel.findChildren(QFileDialog) if d.isVisible()]
    assert chooser.selectedFiles()[0].endswith("Test programme archive (no names).coprod")
    archive = tmp_path / "archive.coprod"
    chooser.selectFile(str(archive))
    chooser.accept()
    assert archive.exists()
    [ask] = _boxes()
    assert "cannot be undone" in ask.informativeText()
    _yes(ask)
    [told] = _boxes()
    assert told.text().startswith("Erased the personal data of 4 people")
    told.close()
    assert {p.name for p in services.read.attendees()} == {ERASED_NAME}
    assert raw_hits(programme_path, ("Zofia Wiśniewska", "zofia@example.org")) == []
    assert raw_hits(archive, ("Zofia Wiśniewska", "zofia@example.org")) == []
    again = PrivacyPanel(env)  # nobody left to erase: no more offers
    qtbot.addWidget(again)
    assert not again.retention.offered
    next_turn(qtbot)
    assert _boxes() == []
