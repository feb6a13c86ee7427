"""The programme's own glossary terms in the file, and spotting terms in a session's texts."""

from __future__ import annotations

import pytest

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.services import Services
from coprod_desktop.store.glossary_reader import (
    programme_glossary,
    session_term_uses,
    session_texts,
    terms_for_session,
)
from coprod_desktop.store.programme_file import ProgrammeFile


def test_add_edit_delete_with_undo_and_redo(services: Services) -> None:
    seen = []
    services.subscribe(seen.append)
    change = services.glossary.add_term("Ashbrook Hub", "The drop-in centre on the high street.",
                                        "the Hub; hub")
    assert change.touches("glossary_term") and seen[-1] is change
    term_id = int(change.new_id or 0)
    entry = services.glossary.entry(term_id)
    assert entry.aliases == ("the Hub", "hub") and entry.from_programme
    glossary, _ = programme_glossary(services.file.db)
    assert glossary.lookup("THE HUB") == entry

    edit = services.glossary.edit_term(term_id, "Ashbrook Hub",
                                       "The family drop-in centre on Mill Street.", ["the Hub"])
    assert services.glossary.entry(term_id).explanation.startswith("The family")
    services.history.undo(int(edit.revision_id or 0))
    assert services.glossary.entry(term_id).aliases == ("the Hub", "hub")

    gone = services.glossary.delete_term(term_id)
    assert services.glossary.entries() == ()
    services.history.undo(int(gone.revision_id or 0))
    assert services.glossary.entry(term_id).term == "Ashbrook Hub"
    services.history.redo(int(gone.revision_id or 0))
    assert services.glossary.entries() == ()


def test_refusals_are_plain(services: Services) -> None:
    services.glossary.add_term("Ashbrook Hub", "The drop-in centre.", ["the Hub"])
    with pytest.raises(ValidationError, match="already in this programme's glossary"):
        services.glossary.add_term("The hub", "Another meaning.")
    with pytest.raises(ValidationError, match="under 30"):
        services.glossary.add_term("Panel", " ".join(["long"] * 30) + ".")
    with pytest.raises(ValidationError, match="one sentence"):
        services.glossary.add_term("Panel", "A meeting. It decides.")
    with pytest.raises(ValidationError, match="term is empty"):
        services.glossary.add_term("  ", "Something.")
    assert [e.term for e in services.glossary.entries()] == ["Ashbrook Hub"]


def test_a_programme_term_can_replace_a_built_in_one(services: Services) -> None:
    assert services.glossary.builtin_for("local offer") is not None
    services.glossary.add_term("Local offer", "Ashbrook's list of help, at ashbrook.example/help.")
    glossary, _ = programme_glossary(services.file.db)
    assert glossary.lookup("local offer").explanation.startswith("Ashbrook's")
    assert services.glossary.builtin_for("local offer") is None


def test_terms_come_from_visible_notes(services: Services, session_id: int) -> None:
    services.notes.add_note(session_id, "Our EHCP took 2 years and the ICB's reply was vague")
    services.notes.add_note(session_id, "The local offer website is out of date. EHCP!")
    services.notes.add_note(session_id, "Secret: the SENCo left", hidden=True)
    uses = {u.entry.term: u for u in session_term_uses(services.file.db, session_id)}
    assert set(uses) == {"EHCP", "ICB", "Local offer"}
    assert uses["EHCP"].count == 2 and uses["ICB"].places[0].written == "ICB"
    assert uses["ICB"].places[0].label.startswith("Note ")


def test_terms_for_session_is_a_to_z_and_uses_programme_terms(services: Services,
                                                              session_id: int) -> None:
    services.glossary.add_term("Ashbrook Hub", "The drop-in centre on the high street.",
                               ["the Hub"])
    services.notes.add_note(session_id, "Meet at the Hub after CAMHS")
    services.notes.add_note(session_id, "ADHD waiting list")
    entries = terms_for_session(services.read, session_id)
    assert [e.term for e in entries] == ["ADHD", "Ashbrook Hub", "CAMHS"]
    assert all(e.explanation.endswith(".") for e in entries)


def test_session_texts_work_on_a_read_only_connection(services: Services, session_id: int,
                                                      programme_path) -> None:
    services.notes.add_note(session_id, "Short breaks please")
    reader_db = services.file.read_connection()
    texts = session_texts(reader_db, session_id)
    assert [(t.kind, t.text) for t in texts] == [("note", "Short breaks please")]


def test_old_files_gain_the_glossary_table(programme_path) -> None:
    file = ProgrammeFile.create(programme_path)
    assert "glossary_term" in file.db.table_names()
    file.close()


def test_terms_come_from_the_agenda_too(services: Services, session_id: int) -> None:
    services.agenda.add_activity(session_id, "Welcome and ground rules", 10,
                                 instructions="Explain what an EHCP is before we start.")
    services.notes.add_note(session_id, "EHCP delays")
    uses = {u.entry.term: u for u in session_term_uses(services.file.db, session_id)}
    assert set(uses) == {"EHCP", "Ground rules"}
    assert [p.kind for p in uses["EHCP"].places] == ["activity", "note"]
    assert uses["Ground rules"].places[0].label == "Agenda: Welcome and ground rules"


def test_stories_and_actions_feed_the_terms(services: Services, session_id: int) -> None:
    teller = int(services.people.sign_in_attendee(session_id, name="Jo", group="parent_carer")
                 .new_id or 0)
    story = int(services.stories.add_story(session_id, teller, title="Getting the EHCP",
                                           prompt="A time it worked",
                                           consent="anonymous").new_id or 0)
    services.stories.start_story(story)
    services.stories.end_story(story)  # told, and shared without a name: it may be in a handout
    action = int(services.actions.add_action("Ask the ICB about respite",
                                             raised_session_id=session_id).new_id or 0)
    other = services.sessions.create_session("Later", "2026-04-01", kind="meeting").new_id
    services.actions.add_action("Chase CAMHS", raised_session_id=int(other or 0))
    texts = [(t.kind, t.label) for t in session_texts(services.file.db, session_id)]
    assert ("story", f"Story {story}: Getting the EHCP") in texts
    assert ("action", f"Action {action}: Ask the ICB about respite") in texts
    terms = [e.term for e in terms_for_session(services.read, session_id)]
    assert terms == ["EHCP", "ICB", "Respite"]


def test_the_handouts_terms_leave_out_what_stays_in_the_room(services: Services,
                                                            session_id: int) -> None:
    """Held-back notes, notes not revealed yet, stories kept in the room (and what was heard
    about them) and stories not told yet give the handout no terms; the console still lists
    every term of the notes the room has seen."""
    services.notes.add_note(session_id, "The ADHD waiting list is two years")
    services.notes.add_note(session_id, "Silent writing: the SENCo never replied", hidden=True)
    held = int(services.notes.add_note(session_id, "Our CAMHS worker is called Jo").new_id or 0)
    services.board.moderation.hold_back([held])
    jo = int(services.people.sign_in_attendee(session_id, name="Jo", group="parent_carer")
             .new_id or 0)
    kept = int(services.stories.add_story(session_id, jo, title="The EHCP tribunal",
                                          consent="room").new_id or 0)
    services.stories.start_story(kept)
    services.stories.end_story(kept)
    services.stories.add_heard_note(kept, "The ICB letter made it worse")
    waiting = int(services.stories.add_story(session_id, jo, title="Respite at last",
                                             consent="named").new_id or 0)
    assert waiting

    terms = [e.term for e in terms_for_session(services.read, session_id)]
    assert terms == ["ADHD"]
    shared = {(t.kind, t.ref_id) for t in session_texts(services.file.db, session_id, shared=True)}
    assert ("story", kept) not in shared and ("note", held) not in shared
    console = {u.entry.term for u in session_term_uses(services.file.db, session_id)}
    assert {"ADHD", "CAMHS", "EHCP", "ICB", "Respite"} <= console  # the facilitator sees all
    assert "SENCo" not in console  # not revealed yet: not even the console lists it
