"""Who we are hearing (suppressed, beside the reference), venues, and invitation lists."""

from __future__ import annotations

from datetime import date

import pytest

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.groups import Group
from coprod_desktop.services import Services
from coprod_desktop.store.invitations_reader import InvitationsReader
from coprod_desktop.store.reach_reader import ReachReader


def _answers(services: Services, session_id: int, carer: str, times: int) -> None:
    for _ in range(times):
        services.reach.record_hand_answers(session_id, {"carer": carer, "age": ""})


def test_figures_suppress_small_counts_and_show_the_reference_gap(services: Services,
                                                                  session_id: int) -> None:
    _answers(services, session_id, "yes", 2)
    _answers(services, session_id, "no", 18)
    _answers(services, session_id, "prefer_not", 5)
    services.reach.set_reference({("carer", "yes"): "8", ("carer", "no"): 92},
                                 source="Borough profile 2021")
    carer = next(q for q in ReachReader(services.ctx.db).figures() if q.question.key == "carer")
    rows = {f.answer: f for f in carer.figures}
    assert carer.answered == 25
    # 2 is hidden; the next smallest (5) goes with it, so 2 cannot be worked out from 25 - 18.
    assert rows["yes"].count is None and rows["prefer_not"].count is None
    # Both read alike: "fewer than 3" for the 2 and "not shown" for the 5 would give the 2
    # away (25 - 18 = 7, one of them at least 3); and the 5 is not "fewer than 3".
    assert rows["yes"].count_text == rows["prefer_not"].count_text == "not shown"
    assert rows["yes"].hidden_text() == rows["prefer_not"].hidden_text() == "not shown"
    assert rows["no"].count == 18 and rows["no"].share == pytest.approx(72.0)
    assert rows["no"].gap == pytest.approx(72 - 92)
    assert rows["yes"].sentence("the borough") == \
        "Yes: not shown for those who came, 8% of the borough"
    assert ReachReader(services.ctx.db).reference_source() == "Borough profile 2021"


def test_a_shown_share_reads_as_the_issue_example(services: Services, session_id: int) -> None:
    _answers(services, session_id, "yes", 3)
    _answers(services, session_id, "no", 97)
    services.reach.set_reference({("carer", "yes"): 8})
    carer = next(q for q in ReachReader(services.ctx.db).figures() if q.question.key == "carer")
    assert carer.figures[0].sentence("the borough") == \
        "Yes: 3% of those who came, 8% of the borough"


def test_hand_answers_may_all_be_skipped_but_not_invented(services: Services,
                                                          session_id: int) -> None:
    with pytest.raises(ValidationError):
        services.reach.record_hand_answers(session_id, {"carer": "", "age": ""})
    with pytest.raises(ValidationError):
        services.reach.record_hand_answers(session_id, {"carer": "sometimes"})
    with pytest.raises(ValidationError):
        services.reach.set_reference({("carer", "yes"): "120"})
    services.reach.record_hand_answers(session_id, {"age": "35_49"})
    assert ReachReader(services.ctx.db).tally([session_id]) == {"age": {"35_49": 1}}
    # Nothing in the undo history sits beside a sign-in.
    labels = [r["label"] for r in services.ctx.db.query("SELECT label FROM history")]
    assert "Anonymous answers" not in labels


def test_reach_by_venue_and_area(services: Services) -> None:
    school = services.reach.add_venue("Oak Primary", "North", "school").new_id
    library = services.reach.add_venue("Central Library", "Centre", "library").new_id
    s1 = services.sessions.create_session("One", "2026-03-03", starts_at="18:00",
                                          ends_at="19:00").new_id
    s2 = services.sessions.create_session("Two", "2026-03-10", starts_at="18:00",
                                          ends_at="19:00").new_id
    services.reach.set_session_venue(s1, school)
    services.reach.set_session_venue(s2, library)
    assert services.read.session(s1).venue == "Oak Primary"
    for name in ("A One", "B Two", "C Three"):
        services.people.sign_in_attendee(s1, name=name, group="parent_carer")
    services.people.sign_in_attendee(s2, name="A One", group="parent_carer")
    by_venue = {p.place: p for p in ReachReader(services.ctx.db).by_venue()}
    assert by_venue["Oak Primary"].people == 3 and by_venue["Central Library"].people == 1
    assert by_venue["Oak Primary"].groups == {Group.PARENT_CARER: 3}
    by_area = {p.place: p.people for p in ReachReader(services.ctx.db).by_area()}
    assert by_area == {"North": 3, "Centre": 1}


CSV_GOOD_BAD_DUPLICATE = (
    b"Name,Group,Contact,Contact_OK\n"
    b"Ana Lopez,Parent or carer,07700 900123,yes\n"
    b"Sam Reed,young_person,,no\n"
    b",Staff,,\n"                                   # no name
    b"Joe Bloggs,Astronaut,,\n"                     # unknown group
    b"Kit Chan,Staff,kit@example.org,no\n"          # contact without agreement
    b"ana  lopez,Parent or carer,,\n"               # duplicate within the file
    b"Mo Patel,Staff,,maybe\n"                      # contact_ok not yes/no
)


def test_csv_import_reports_refused_and_duplicate_rows(services: Services) -> None:
    report = services.invitations.import_list(CSV_GOOD_BAD_DUPLICATE, source="list.csv")
    assert [r.name for r in report.to_add] == ["Ana Lopez", "Sam Reed"]
    assert [(r.line, r.duplicate) for r in report.refused] == [
        (4, False), (5, False), (6, False), (7, True), (8, False)]
    assert "no" in report.refused[2].reason and "contact" in report.refused[2].reason
    invited = InvitationsReader(services.ctx.db).invited()
    assert [(i.name, i.contact) for i in invited] == [("Ana Lopez", "07700 900123"),
                                                      ("Sam Reed", "")]
    # The same file again: everyone is already on the list, nothing is added.
    again = services.invitations.check(CSV_GOOD_BAD_DUPLICATE)
    assert again.to_add == [] and len(again.duplicates) == 3
    with pytest.raises(ValidationError):
        services.invitations.import_list(CSV_GOOD_BAD_DUPLICATE)
    assert len(InvitationsReader(services.ctx.db).invited()) == 2


def test_a_file_that_cannot_be_read_imports_nothing(services: Services) -> None:
    for data in ("Name,Group\nZoë,Staff\n".encode("latin-1"), b"Who,What\nA,B\n", b""):
        with pytest.raises(ValidationError, match="Nothing was imported"):
            services.invitations.import_list(data)
    assert InvitationsReader(services.ctx.db).invited() == []


def test_invited_against_came_and_the_follow_up_list(services: Services) -> None:
    services.invitations.import_list(b"name,group\nAna Lopez,parent_carer\nSam Reed,staff\n")
    dates = ["2026-03-03", "2026-03-10", "2026-03-17", "2026-03-24", "2026-03-31"]
    sessions = [services.sessions.create_session(f"M{i}", d, starts_at="18:00",
                                                 ends_at="19:00").new_id
                for i, d in enumerate(dates)]
    ana = services.people.sign_in_attendee(sessions[0], name="ANA LOPEZ",
                                           group="parent_carer").new_id
    services.people.sign_in_attendee(sessions[1], attendee_id=ana)
    quiet = services.people.sign_in_attendee(sessions[0], name="Quiet Person",
                                             group="parent_carer").new_id
    services.people.sign_in_attendee(sessions[1], attendee_id=quiet)
    regular = services.people.sign_in_attendee(sessions[0], name="Reg Ular", group="staff").new_id
    for sid in sessions[1:]:
        services.people.sign_in_attendee(sid, attendee_id=regular)
    from coprod_desktop.domain.records import Consent
    services.people.set_consent(ana, Consent(contact=True), contact_details="07700 900123")
    services.people.set_consent(regular, Consent(contact=True), contact_details="r@example.org")
    read = InvitationsReader(services.ctx.db)
    assert read.invited_against_came() == {Group.PARENT_CARER: (1, 1), Group.STAFF: (1, 0)}
    lost = read.lost(date(2026, 4, 1))
    # Ana came twice then missed three; Quiet Person too but never agreed to be contacted;
    # Reg still comes.
    assert [(p.name, p.times, p.missed) for p in lost] == [("ANA LOPEZ", 2, 3)]
    assert lost[0].contact_details == "07700 900123"


def test_an_import_is_one_undo_step(services: Services) -> None:
    report = services.invitations.import_list(b"name,group\nA One,staff\nB Two,staff\n")
    assert report.change is not None and report.change.revision_id is not None
    services.history.undo(report.change.revision_id)
    assert InvitationsReader(services.ctx.db).invited() == []
