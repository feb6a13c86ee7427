"""The People panel with real widgets offscreen: everyone in the programme, the Person view, changing
choices (logged as history), and merging a person who signed in twice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from coprod_desktop.gui.people.consent_dialog import ConsentDialog
from coprod_desktop.gui.people.merge_dialog import MergeDialog
from coprod_desktop.gui.people.panel import PeoplePanel
from coprod_desktop.services import Services
from tests.gui.people.people_host import env_for, grab, three_people


def _dialog(panel: PeoplePanel, kind: type) -> QDialog:
    found = [d for d in panel.findChildren(kind) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def test_person_view_shows_the_file_and_logs_a_withdrawal(
        qtbot, services: Services, session_id: int, clock, artifacts: Path) -> None:
    ids = three_people(services, session_id)
    env = env_for(services, clock)
    panel = PeoplePanel(env)
    qtbot.addWidget(panel)
    panel.resize(1200, 760)
    panel.show()
    assert panel.table.rowCount() == 4
    assert "Sam Okafor" in panel.duplicates.text()
    panel.select(ids["kai"])
    assert panel.person.heading.text() == "Kai <b>Brown</b>"  # as typed, never markup
    panel.select(ids["zofia"])
    tree = panel.person.tree
    assert tree.section_keys()[:4] == ["details", "choices", "history", "sessions"]
    details = dict((r[0], r[1]) for r in tree.section_text("details"))
    assert details["Contact details"] == "zofia@example.org"
    assert len(tree.section_text("history")) == 5
    clock.advance(86400 * 3)
    panel.person.choices_button.click()
    dialog = _dialog(panel, ConsentDialog)
    dialog.boxes["photos"].setChecked(False)
    dialog.note.setText("Said so at the door")
    dialog.save()
    assert not dialog.isVisible()
    history = tree.section_text("history")
    assert history[-1][1:4] == ["Photos: Yes → No\n“Said so at the door”", "Withdrawn",
                                "Told the facilitator"]
    assert "withdrew a choice" in panel.person.status.text()
    grab(panel, artifacts / "people-person-view.png")
    env.undo.stack.undo()
    assert len(tree.section_text("history")) == 5


def test_consent_dialog_refusal_stays_open(qtbot, services: Services, session_id: int,
                                           clock) -> None:
    ids = three_people(services, session_id)
    panel = PeoplePanel(env_for(services, clock))
    qtbot.addWidget(panel)
    panel.show()  # a console panel draws changes while it is shown
    panel.select(ids["kai"])
    panel.person.choices_button.click()
    dialog = _dialog(panel, ConsentDialog)
    dialog.boxes["contact"].setChecked(True)
    dialog.save()
    assert dialog.isVisible()
    assert "phone number or email" in dialog.errors.message("contact_details")
    dialog.reject()


def test_merge_two_records_of_one_person(qtbot, services: Services, session_id: int,
                                         clock) -> None:
    ids = three_people(services, session_id)
    env = env_for(services, clock)
    panel = PeoplePanel(env)
    qtbot.addWidget(panel)
    panel.show()  # a console panel draws changes while it is shown
    panel.select(ids["sam"])
    panel.person.merge_button.click()
    dialog = _dialog(panel, MergeDialog)
    assert dialog.others.item(0).text().endswith("same name")
    assert dialog.chosen_id() == ids["sam2"]
    dialog.merge()
    assert panel.table.rowCount() == 3 and not panel.duplicates.isVisible()
    sessions = panel.person.tree.section_text("sessions")
    assert [r[1] for r in sessions] == ["Discovery workshop", "Meeting 2"]
    env.undo.stack.undo()
    assert panel.table.rowCount() == 4


def _shown_names(panel: PeoplePanel) -> list[str]:
    table = panel.table
    return sorted(table.item(row, 0).text() for row in range(table.rowCount())
                  if not table.isRowHidden(row))


def test_finding_a_person_hides_the_others_until_the_search_is_cleared(
        qtbot, services: Services, session_id: int, clock) -> None:
    three_people(services, session_id)
    panel = PeoplePanel(env_for(services, clock))
    qtbot.addWidget(panel)
    panel.show()
    everyone = ["Kai <b>Brown</b>", "Sam Okafor", "Zofia Wiśniewska", "sam okafor"]
    assert _shown_names(panel) == everyone
    panel.search.setText("  SAM   okafor ")  # case and spacing do not count
    assert _shown_names(panel) == ["Sam Okafor", "sam okafor"]
    panel.search.setText("wiś")
    assert _shown_names(panel) == ["Zofia Wiśniewska"]
    panel.search.setText("nobody here")
    assert _shown_names(panel) == []
    panel.search.setText("   ")  # only spaces: nothing to find, so everyone shows
    assert _shown_names(panel) == everyone
    panel.search.setText("kai")
    panel.search.clear()
    assert _shown_names(panel) == everyone
