"""Words the reviewer found in English or in the wrong form on a Polish console and projector
(review rev1, items 11 and 12): the Export dialog's kinds, a payment's hours, the celebration's
big numbers."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.money import Claim, ClaimKind, ClaimStatus
from coprod_desktop.domain.rapid_tests import Decision, TestPlan
from coprod_desktop.domain.records import Attendee, Consent
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.export.dialog import ExportDialog
from coprod_desktop.gui.people.claims_view import ClaimsTable
from coprod_desktop.gui.plain import i18n
from coprod_desktop.gui.ticker import Ticker
from coprod_desktop.gui.undo import UndoAdapter
from coprod_desktop.i18n import language
from coprod_desktop.services import Services
from coprod_desktop.services.programme_report import celebration_figures
from tests.gui.projector_host import projector_window


@pytest.fixture
def polish(qapp):
    """The interface in Polish, as a facilitator who chose Polski has it."""
    i18n.install_language("pl")
    yield
    i18n.install_language("en_GB")


def test_the_export_dialog_offers_every_kind_in_polish(polish, services: Services,
                                                       clock: FakeClock, qtbot):
    env = GuiEnv(services, UndoAdapter(services), projector_window(), Ticker(), clock)
    dialog = ExportDialog(env)
    qtbot.addWidget(dialog)
    kinds = [dialog.kind.itemText(n) for n in range(dialog.kind.count())]
    for polish_kind in ("Podsumowanie spotkania", "Podsumowanie spotkania, duży druk",
                        "Podsumowanie spotkania dla czytników ekranu", "Lista obecności",
                        "Biuletyn: mówiliście, zrobiliśmy", "Biuletyn, duży druk"):
        assert polish_kind in kinds
    assert not [k for k in kinds if "handout" in k.lower() or "bulletin" in k.lower()]


def test_a_claim_for_time_is_in_polish_with_a_polish_decimal(polish, qtbot):
    table = ClaimsTable()
    qtbot.addWidget(table)
    person = Attendee(4, "Ola", Group.PARENT_CARER, datetime(2026, 1, 1, tzinfo=UTC), Consent())
    claim = Claim(1, 4, None, ClaimKind.RECOGNITION, 3000, 90, ClaimStatus.CLAIMED,
                  date(2026, 11, 1), None, None, "")
    table.show_claims([claim], {4: person}, {}, date(2026, 11, 5))
    assert table.item(0, 1).text() == "Czas, 1,5 godz."


def test_the_celebration_numbers_have_the_words_for_their_number(services: Services):
    from coprod_desktop.gui.programme.projector_celebration import big_figures  # new with this

    services.calendar.set_calendar("2026-09-15")
    meeting = int(services.sessions.create_session("Spotkanie 1", "2026-09-29").new_id or 0)
    tid = int(services.rapid_tests.add_test("SMS-y", session_id=meeting).new_id or 0)
    services.rapid_tests.edit_test(tid, title="SMS-y", plan=TestPlan(
        what="SMS przed wizytą", who="Priya", where="Przychodnia", when="Październik",
        measure="Mniej nieobecności"))
    services.rapid_tests.advance(tid, meeting_id=meeting)
    services.rapid_tests.advance(tid, meeting_id=meeting)
    services.rapid_tests.edit_test(tid, title="SMS-y", plan=services.rapid_tests.plan.rapid_test(
        tid).plan, happened="Działało", learned="Warto")
    services.rapid_tests.decide(tid, Decision.ADOPT, meeting_id=meeting)
    party = int(services.sessions.create_session("Świętujemy", "2026-11-03",
                                                 kind="celebration").new_id or 0)
    figures = celebration_figures(services.ctx.db, services.clock.now(), party)
    assert len(figures.tests_adopted) == 1  # one change kept: the real one above
    figures = replace(figures, tests_tried=2, actions_done=5, people_involved=1022)
    with language("pl"):
        assert big_figures(figures) == (
            ("2", "pomysły sprawdzone w praktyce"), ("1", "zmiana, która zostaje"),
            ("5", "zrobionych działań"), ("1\u00a0022", "zaangażowane osoby"))  # 22: few
    assert big_figures(figures) == (
        ("2", "ideas tried for real"), ("1", "change we are keeping"), ("5", "actions done"),
        ("1,022", "people involved"))


def test_the_method_library_gives_the_facilitator_s_notes_in_polish(polish, qtbot, artifacts):
    from coprod_desktop.gui.agenda.library_browser import LibraryBrowser

    browser = LibraryBrowser()
    qtbot.addWidget(browser)
    browser.resize(900, 700)
    row = browser.visible_ids().index("hopes-and-worries")
    browser.list.setCurrentRow(row)
    assert browser.notes_label.text().startswith("Obawy często brzmią: „nic się nie zmieni”")
    assert "Worries" not in browser.notes_label.text()
    browser.grab().save(str(artifacts / "polish-method-notes.png"))
