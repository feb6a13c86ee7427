"""People and the 100-day programme: an action owner erased (open actions to an organisation or
to nobody; finished ones stay), roles kept without a name, the later-programme choice in the
consent history, and merging that follows plain-number references (action owners)."""

from __future__ import annotations

from coprod_desktop.domain.consent_history import ConsentKind
from coprod_desktop.domain.erasure import EraseChoices
from coprod_desktop.services import Services
from coprod_desktop.store.people_reader import PeopleReader


def _owner(services: Services, session_id: int) -> dict[str, int]:
    ids = {k: int(services.people.sign_in_attendee(session_id, name=n, group="parent_carer")
                  .new_id or 0) for k, n in (("nia", "Nia Cadwaladr-Obi"), ("tom", "Tom"))}
    actions = services.actions
    ids["open"] = int(actions.add_action("Ask the school about quiet rooms",
                                         owner_attendee_id=ids["nia"]).new_id or 0)
    ids["done"] = int(actions.add_action("Find a bigger room",
                                         owner_attendee_id=ids["nia"]).new_id or 0)
    actions.set_status(ids["done"], "done")
    services.team.set_role(session_id, "timekeeper", attendee_id=ids["nia"])
    return ids


def _action(services: Services, action_id: int) -> dict:
    return dict(next(iter(services.file.db.query("SELECT * FROM action WHERE id = ?",
                                                 [action_id]))))


def test_open_actions_go_to_the_organisation_named(services: Services, session_id: int) -> None:
    ids = _owner(services, session_id)
    plan = services.erase.plan(ids["nia"])
    assert (plan.actions, plan.roles) == (1, 1)
    services.erase.erase(ids["nia"], EraseChoices(actions_to_org="Ashbrook Parent Carer Forum"))
    opened, done = _action(services, ids["open"]), _action(services, ids["done"])
    assert (opened["owner_attendee_id"], opened["owner_org"]) == (None, "Ashbrook Parent Carer Forum")
    assert done["owner_attendee_id"] == ids["nia"]  # finished: stays, without a name
    [pending] = services.erase.pending()
    assert "1 action handed to Ashbrook Parent Carer Forum" in pending.summary
    roles = list(services.file.db.query("SELECT attendee_id FROM meeting_role"))
    assert roles == [{"attendee_id": ids["nia"]}]


def test_or_stay_open_for_the_group(services: Services, session_id: int) -> None:
    ids = _owner(services, session_id)
    services.erase.erase(ids["nia"])
    opened = _action(services, ids["open"])
    assert (opened["owner_attendee_id"], opened["owner_org"], opened["status"]) == (
        None, "", "open")


def test_later_programme_choice_is_history_and_is_erased(services: Services,
                                                          session_id: int) -> None:
    ids = _owner(services, session_id)
    services.team.set_keep_for_next(ids["tom"], True)
    services.team.set_keep_for_next(ids["tom"], False)
    history = PeopleReader(services.file.db).consent_history(ids["tom"])
    assert [(e.choice, e.kind) for e in history] == [
        ("keep_for_next", ConsentKind.GIVEN), ("keep_for_next", ConsentKind.WITHDRAWN)]
    pf = PeopleReader(services.file.db).person_file(ids["tom"])
    assert pf.more_choices == {"keep_for_next": "no"}
    services.team.set_keep_for_next(ids["nia"], True)
    services.erase.erase(ids["nia"])
    assert PeopleReader(services.file.db).more_choices(ids["nia"]) == {"keep_for_next": "no"}


def test_merging_moves_action_ownership(services: Services, session_id: int) -> None:
    ids = _owner(services, session_id)
    again = int(services.people.add_attendee("Nia Cadwaladr-Obi", "parent_carer").new_id or 0)
    services.actions.add_action("Share the leaflet", owner_attendee_id=again)
    services.merge.merge_attendees(ids["nia"], again)
    owners = {r["owner_attendee_id"] for r in services.file.db.query("SELECT * FROM action")}
    assert owners == {ids["nia"]}
