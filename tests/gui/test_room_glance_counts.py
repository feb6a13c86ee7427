"""The Run screen's room at a glance says how many of each group are in, with the plural the
interface's language needs (it used to put a Polish group's name after any number)."""

from __future__ import annotations

import pytest

from coprod_desktop.domain.groups import Group
from coprod_desktop.gui.console.room_glance import RoomGlance
from coprod_desktop.gui.plain import i18n


@pytest.fixture
def polish(qapp):
    assert i18n.install_language("pl")
    yield
    i18n.install_language("en_GB")


def _sign_in(services, session_id: int, group: Group, how_many: int) -> None:
    for n in range(how_many):
        services.people.sign_in_attendee(session_id, name=f"{group.value} {n}", group=group)


@pytest.mark.parametrize("parents, expected", [
    (1, "4: 1 rodzic lub opiekun, 1 młoda osoba, 2 pracowników"),
    (3, "6: 3 rodzice lub opiekunowie, 1 młoda osoba, 2 pracowników"),
    (11, "14: 11 rodziców lub opiekunów, 1 młoda osoba, 2 pracowników"),
])
def test_signed_in_by_group_in_polish(qtbot, polish, services, session_id, env, parents,
                                      expected) -> None:
    _sign_in(services, session_id, Group.PARENT_CARER, parents)
    _sign_in(services, session_id, Group.YOUNG_PERSON, 1)
    _sign_in(services, session_id, Group.STAFF, 2)
    glance = RoomGlance(env)
    qtbot.addWidget(glance)
    glance.show()
    glance.set_session(session_id)
    qtbot.waitUntil(lambda: glance.values["signed_in"].text() == expected)


def test_signed_in_by_group_in_english(qtbot, services, session_id, env) -> None:
    _sign_in(services, session_id, Group.PARENT_CARER, 2)
    _sign_in(services, session_id, Group.STAFF, 1)
    glance = RoomGlance(env)
    qtbot.addWidget(glance)
    glance.show()
    glance.set_session(session_id)
    qtbot.waitUntil(lambda: glance.values["signed_in"].text()
                    == "3: 2 parents or carers, 1 member of staff")
