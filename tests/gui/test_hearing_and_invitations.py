"""Who we are hearing (hand answers, the reference, the chart, the CSV) and invitation lists."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtWidgets import QApplication

from coprod_desktop.export.documents import Kind, PdfRequest, export_pdf
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.outcomes.hearing_panel import HearingPanel
from coprod_desktop.gui.outcomes.invitations_panel import InvitationsPanel
from coprod_desktop.gui.signin.attendance import AttendanceList
from coprod_desktop.services import Services
from tests.export.conftest import flat, pdf_text

NAMES = ("Ana Lopez", "Ben Ode", "Cat Ruiz", "Dev Shah", "Eve Moss")


def test_hand_answers_reference_chart_and_csv(qtbot, env: GuiEnv, services: Services,
                                              session_id: int, tmp_path: Path,
                                              artifacts: Path) -> None:
    attendance = AttendanceList(env)
    qtbot.addWidget(attendance)
    attendance.set_session(session_id)
    # Five people signed in by hand; four answer the carer question, one skips everything.
    for name, carer in zip(NAMES, ("yes", "no", "no", "no", ""), strict=True):
        attendance.name.setText(name)
        attendance.sign_in_by_hand()
        dialog = attendance.ask_questions()
        assert dialog is not None and not dialog.windowTitle().count(name)
        if carer:
            dialog.choose("carer", carer)
            dialog.choose("age", "35_49")
        dialog.count_button.click()
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
    tally = services.reach.reach.tally([session_id])
    assert tally == {"carer": {"yes": 1, "no": 3}, "age": {"35_49": 4}}

    panel = HearingPanel(env)
    panel.show()  # panels draw changes only while shown
    qtbot.addWidget(panel)
    panel.set_session(session_id)
    reference = panel.edit_reference()
    reference.fields[("carer", "yes")].setText("8")
    reference.fields[("carer", "no")].setText("92")
    reference.source.setText("Borough profile")
    reference.save()
    assert not reference.isVisible()
    qtbot.waitUntil(lambda: panel.chart.where == "Borough profile")
    carer = next(q for q in panel.chart.figures if q.question.key == "carer")
    yes, no, _prefer = carer.figures
    # 1 yes is hidden; 3 no would give it away from the total of 4, so it is hidden too.
    assert (yes.count, no.count, carer.answered) == (None, None, 4)
    assert yes.reference == 8 and yes.sentence("the borough") == \
        "Yes: not shown for those who came, 8% of the borough"
    panel.resize(900, panel.chart.minimumHeight() + 400)
    panel.show()
    QApplication.processEvents()
    panel.chart.grab().save(str(artifacts / "console-who-we-are-hearing.png"))

    out = panel.save_csv(tmp_path / "hearing.csv")
    text = out.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    programme_carer = {r["answer"]: r for r in rows
                       if r["scope"] == "programme" and r["question"] == "carer"}
    assert programme_carer["yes"]["people"] == programme_carer["no"]["people"] == "not shown"
    assert programme_carer["yes"]["reference_percent"] == "8"
    assert rows[0].keys() == {"scope", "place", "question", "answer", "people", "share_percent",
                              "reference_percent", "gap_points"}
    report = flat(pdf_text(export_pdf(services.read, PdfRequest(Kind.PROGRAMME),
                                      tmp_path / "report.pdf")))
    assert "Who we are hearing" in report and "not shown" in report
    assert "4 answered" in report  # the question's own total stays
    for name in NAMES:  # no export of the figures names anyone
        assert name not in text
    [record] = [r for r in services.exports.records() if r.format.value == "csv"]
    assert record.held_names is False


CSV = (b"name,group,contact,contact_ok\n"
       b"Ana Lopez,parent_carer,07700 900123,yes\n"
       b"Bob,Astronaut,,\n"
       b"ANA LOPEZ,parent_carer,,\n"
       b"Cy Green,staff,,no\n")


def test_import_report_then_invited_against_came(qtbot, env: GuiEnv, services: Services,
                                                 session_id: int, tmp_path: Path) -> None:
    services.people.sign_in_attendee(session_id, name="Ana Lopez", group="parent_carer")
    panel = InvitationsPanel(env)
    panel.show()  # panels draw changes only while shown
    qtbot.addWidget(panel)
    path = tmp_path / "invited.csv"
    path.write_bytes(CSV)
    dialog = panel.import_file(path)
    report = dialog.text.toPlainText()
    assert "2 to add, 1 already on the list, 1 refused." in report
    assert "Line 3: ‘Astronaut’ is not a group we know." in report
    assert "Line 4: ANA LOPEZ is already on line 2." in report
    assert services.invitations.invitations.invited() == []  # nothing written before Import
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert panel.invited.rowCount() == 2
    assert panel.summary.text() == ("Invited 2, of whom 1 came: Parent or carer 1 of 1; "
                                    "Staff 0 of 1.")
    # The same file again has nobody new: the dialog says so and cannot import.
    again = panel.import_file(path)
    assert not again.import_button.isEnabled()
    assert "0 to add, 3 already on the list, 1 refused." in again.text.toPlainText()


def test_venues_are_added_and_a_session_placed_at_one(qtbot, env: GuiEnv, services: Services,
                                                      session_id: int, artifacts: Path) -> None:
    panel = HearingPanel(env)
    panel.show()  # panels draw changes only while shown
    qtbot.addWidget(panel)
    panel.set_session(session_id)
    dialog = panel.venues.add()
    dialog.name.setText("Oak Primary School")
    dialog.area.setText("Northfield")
    dialog.kind.setCurrentIndex(dialog.kind.findData("school"))
    dialog.save()
    assert not dialog.isVisible()
    again = panel.venues.add()
    again.name.setText("oak primary school")
    again.save()
    assert again.isVisible() and "already a venue" in again.message.text()
    again.reject()
    box = panel.venues.session_venue
    qtbot.waitUntil(lambda: box.findText("Oak Primary School") > 0)
    box.setCurrentIndex(box.findText("Oak Primary School"))
    box.activated.emit(box.currentIndex())
    assert services.read.session(session_id).venue == "Oak Primary School"
    services.people.sign_in_attendee(session_id, name="Ana Lopez", group="parent_carer")
    places = [panel.places.item(r, 0).text() for r in range(panel.places.rowCount())]
    assert places == ["Oak Primary School", "Area: Northfield"]
    assert panel.places.item(0, 2).text() == "fewer than 3"
    assert panel.scope.findText("At Oak Primary School") >= 0
    [(_v, venues), (_a, areas)] = panel.places_chart.sections
    assert [p.place for p in venues] == ["Oak Primary School"] and areas[0].people == 1
    panel.resize(900, 700)
    panel.show()
    QApplication.processEvents()
    panel.places_chart.grab().save(str(artifacts / "console-reach-by-place.png"))
    attendance = AttendanceList(env)
    qtbot.addWidget(attendance)
    attendance.set_session(session_id)
    questions = attendance.ask_questions()
    assert questions is not None
    questions.resize(520, 640)
    QApplication.processEvents()
    questions.grab().save(str(artifacts / "console-optional-questions.png"))
    questions.reject()


def test_the_import_report_in_polish(qtbot, env: GuiEnv, services: Services,
                                     session_id: int, tmp_path: Path) -> None:
    from coprod_desktop.gui.outcomes.invitations_panel import report_text
    from coprod_desktop.i18n import language

    services.invitations.import_list(b"name,group\nCy Green,staff\n")
    report = services.invitations.check(CSV)
    with language("pl"):
        text = report_text(report)
    assert "do dodania: 1, już na liście: 2, odrzucono: 1." in text
    assert "ANA LOPEZ jest już w wierszu 2." in text  # the name exactly as typed
    assert "Cy Green jest już na liście zaproszonych." in text
    assert "is already" not in text


def test_the_chart_in_polish_shows_whole_answers_and_polish_numbers(qtbot, tmp_path: Path) -> None:
    from programme_support import demo_env

    from coprod_desktop.i18n import language
    from tests.gui.painted_text import paint_of

    environment = demo_env(tmp_path)
    env = next(environment)
    try:
        with language("pl"):
            panel = HearingPanel(env)
            qtbot.addWidget(panel)
            panel.resize(1000, 1400)
            panel.show()
            qtbot.waitExposed(panel)
            drawn = paint_of(panel.chart)
    finally:
        environment.close()
    texts = [p.text for p in drawn]
    assert [p.text for p in drawn if p.cut] == []  # the long answer once lost its start
    assert any(t.startswith("Czarne, brytyjskie czarne") for t in texts)
    assert any("(odniesienie: 48,5%)" in t for t in texts)  # as Polish writes 48.5%
    assert not any(" ref." in t or "48.5" in t for t in texts)
