"""English and broken grammar the reviewer found in Polish PDFs and screens (review rev1, items
11 and 12): each phrase is checked in Polish as a Polish reader would write it."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop import i18n
from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.board import RankedItem
from coprod_desktop.domain.groups import Group
from coprod_desktop.domain.outcomes import Link, LinkKind
from coprod_desktop.domain.records import Consent, WordsUse
from coprod_desktop.domain.settings import HANDOUT_LANGUAGE
from coprod_desktop.export.documents import Kind, PdfRequest, build_pdf
from coprod_desktop.export.plan_data import owner_label
from coprod_desktop.export.redact import Redactor
from coprod_desktop.services import Services
from coprod_desktop.services.programme_report import celebration_figures
from coprod_desktop.store.programme_reader import ProgrammeReader
from coprod_desktop.store.reader import Reader
from tests.export.conftest import flat, make_sample, pdf_text
from tests.export.test_redact import person


def test_stand_ins_in_a_polish_handout_are_polish_and_one_person_is_singular(
        services: Services, clock: FakeClock, tmp_path: Path):
    sample = make_sample(services, clock)
    services.programme.set_setting(HANDOUT_LANGUAGE, "pl")
    path = tmp_path / "pl.pdf"
    path.write_bytes(build_pdf(Reader(services.ctx.db),
                               PdfRequest(kind=Kind.HANDOUT, session_id=sample.session_id)))
    text = flat(pdf_text(path))
    # Free text naming people who said no (a note, an action), redacted in Polish.
    assert f"Osoba {sample.people['Philippa Oxenthorpe']} (personel)" in text
    assert f"Osoba {sample.people['Quentin Zabrowski']} (rodzic lub opiekun)" in text
    assert "Person " not in text and "(parent or carer)" not in text
    assert "(pracowników)" not in text  # the plural's case, wrong for one person


def test_the_redactor_speaks_the_language_it_is_made_in():
    people = [person(5, "Olena", False, Group.STAFF), person(6, "Gary", False),
              person(7, "Gary", False)]
    with i18n.language("pl"):
        redact = Redactor(people)
    assert redact("Olena i Gary") == "Osoba 5 (personel) i [imię i nazwisko ukryte]"
    assert Redactor(people)("Olena and Gary") == "Person 5 (staff) and [name withheld]"


def test_what_carries_an_outcome_is_said_in_polish():
    from coprod_desktop.export.said_did import link_words  # new with this test

    test = Link(LinkKind.RAPID_TEST, 1, "SMS-y zamiast listów", "Adopted")
    action = Link(LinkKind.ACTION, 2, "Zadzwonić do szkoły", "Open")
    dropped = Link(LinkKind.ACTION, 3, "Ulotki", "Dropped")
    with i18n.language("pl"):
        assert link_words(test) == "szybka próba „SMS-y zamiast listów” (przyjęta)"
        assert link_words(action) == "działanie „Zadzwonić do szkoły” (do zrobienia)"
        assert link_words(dropped) == "działanie „Ulotki” (porzucone)"
    assert link_words(test) == "rapid test ‘SMS-y zamiast listów’ (adopted)"


def test_an_owner_who_left_the_group_is_said_in_polish(services: Services):
    dave = int(services.people.add_attendee("Dave H", "parent_carer").new_id or 0)
    services.people.set_consent(dave, Consent(name_in_handouts=True))
    services.actions.add_action("Book the hall", owner_attendee_id=dave)
    services.team.mark_left(dave, "2026-10-01")
    action = ProgrammeReader(services.ctx.db).actions()[0]
    reader = Reader(services.ctx.db)
    with i18n.language("pl"):
        assert owner_label(reader, action) == "Dave H (już nie należy do grupy)"
    assert owner_label(reader, action) == "Dave H (has left the group)"


def test_vote_places_are_written_the_polish_way():
    first = RankedItem(1, "Czekanie", 47, 1, False)
    fifth = RankedItem(2, "Informacja", 9, 5, True)
    twenty_second = RankedItem(3, "Szkoła", 1, 22, False)
    with i18n.language("pl"):
        assert (first.place_text, fifth.place_text, twenty_second.place_text) == ("1.", "=5.",
                                                                                  "22.")
    assert (first.place_text, fifth.place_text, twenty_second.place_text) == ("1st", "=5th",
                                                                              "22nd")


def test_the_celebration_day_and_quotes_are_polish(services: Services):
    services.calendar.set_calendar("2026-09-15")
    teller = int(services.people.add_attendee("Asha", "parent_carer").new_id or 0)
    services.people.set_consent(teller, Consent(name_in_handouts=True, words=WordsUse.NAMED))
    meeting = int(services.sessions.create_session("Spotkanie 1", "2026-09-29").new_id or 0)
    services.people.sign_in_attendee(meeting, attendee_id=teller)
    story = int(services.stories.add_story(meeting, teller, title="Telefon",
                                           consent=WordsUse.NAMED).new_id or 0)
    services.stories.start_story(story)
    services.stories.end_story(story)
    services.stories.add_heard_note(story, "Ktoś do mnie zadzwonił")
    party = int(services.sessions.create_session("Świętujemy", "2026-11-03",
                                                 kind="celebration").new_id or 0)
    with i18n.language("pl"):
        figures = celebration_figures(services.ctx.db, services.clock.now(), party)
    assert figures.day_label == "Dzień 50 z 100"
    assert [(q.text, q.by) for q in figures.quotes] == [
        ("Ktoś do mnie zadzwonił", "z historii „Telefon”, którą opowiada Asha")]


def test_the_record_of_exports_is_written_in_the_interface_s_language(services: Services):
    from coprod_desktop.export.names_held import what_exported

    sid = int(services.sessions.create_session("Spotkanie 4", "2026-11-10").new_id or 0)
    reader = Reader(services.ctx.db)
    with i18n.language("pl"):
        assert what_exported(reader, Kind.HANDOUT, sid) == "Podsumowanie spotkania: Spotkanie 4"
        assert what_exported(reader, Kind.REGISTER) == "Lista obecności: wszystkie spotkania"
        assert what_exported(reader, "csv") == "Wszystkie tabele jako CSV"
    assert what_exported(reader, Kind.BULLETIN) == "Bulletin: you said, we did"
