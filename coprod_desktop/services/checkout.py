"""The check-out: answered from a phone or typed in from a paper slip, kept without a name.

A phone's answer takes the group from the person signed in on it, and keeps only the group: the
row holds no person, no phone and no time. A paper slip typed in by the facilitator can be undone
(a typing slip); a phone's answer cannot be (it is someone else's, and it cannot be traced back).
"""

from __future__ import annotations

from collections.abc import Mapping

from coprod_desktop.domain.checkout import CheckoutAnswer, CheckoutNotStarted, check_answers
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.groups import Group
from coprod_desktop.i18n import N_
from coprod_desktop.services.agenda import AgendaService
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.services.checkout_step import CHECKOUT_METHOD
from coprod_desktop.services.phones import PHONE, PhoneService

__all__ = ["CHECKOUT_METHOD", "CheckoutService"]


class CheckoutService(Service):
    def answer_from_phone(self, device_token: str, values: Mapping[str, object]) -> ChangeSet:
        here = PhoneService(self.ctx).here(device_token)
        person = self.read.attendee(here.device.attendee_id)
        if not self.ctx.reader.checkout.started(here.room.session_id):
            raise CheckoutNotStarted(N_("The check-out has not started yet."))
        kept = check_answers(values)
        with self.ctx.change(N_("Check-out from a phone"), initiator=PHONE, undoable=False,
                             session_id=here.room.session_id) as unit:
            unit.insert("checkout_answer", {"session_id": here.room.session_id,
                                            "group_name": person.group.value, "via": "phone",
                                            **kept})
        return self.done(unit)

    def enter_slip(self, session_id: int, group: str, values: Mapping[str, object]) -> ChangeSet:
        """A paper slip typed in: `group` is a Group value, or "" if the slip does not say."""
        self.read.session(session_id)
        if group and group not in {g.value for g in Group}:
            raise ValidationError(N_("Please choose a group, or ‘Not said’."), field="group")
        kept = check_answers(values)
        with self.ctx.change(N_("Type in a check-out slip"), session_id=session_id) as unit:
            unit.new_id = unit.insert("checkout_answer", {"session_id": session_id,
                                                          "group_name": group, "via": "paper",
                                                          **kept})
        return self.done(unit)

    def answers(self, session_id: int | None = None) -> list[CheckoutAnswer]:
        """A session's check-outs, or the whole programme's."""
        return self.ctx.reader.checkout.answers(session_id)

    def add_to_agenda(self, session_id: int, language: str | None = None) -> ChangeSet:
        """One click: the check-out questions as the session's last activity (in `language`)."""
        return AgendaService(self.ctx).add_method(session_id, CHECKOUT_METHOD, language=language)
