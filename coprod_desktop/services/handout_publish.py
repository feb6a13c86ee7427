"""Publishing a session's handout to the phones in the room, and taking it back.

Only the fact is stored (when it was published). The PDF itself is made by the phone server from
its own read-only connection, so it always honours the consent choices as they stand.
"""

from __future__ import annotations

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.phones import PhoneRoom
from coprod_desktop.i18n import N_
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.store.phone_reader import PhoneReader


class HandoutPublishing(Service):
    def publish(self, session_id: int) -> ChangeSet:
        room = self._room(session_id)
        with self.ctx.change(N_("Publish the handout to phones"), session_id=session_id,
                             undoable=False) as unit:
            unit.update("phone_room", room.id, handout_at=self.ctx.now())
        return self.done(unit)

    def unpublish(self, session_id: int) -> ChangeSet:
        room = self._room(session_id)
        with self.ctx.change(N_("Stop sharing the handout with phones"), session_id=session_id,
                             undoable=False) as unit:
            unit.update("phone_room", room.id, handout_at=None)
        return self.done(unit)

    def _room(self, session_id: int) -> PhoneRoom:
        room = PhoneReader(self.ctx.db).room(session_id)
        if room is None:
            self.read.session(session_id)
            raise ValidationError(N_("Open sign-in for this session first: the handout reaches phones "
                                     "through the sign-in link."))
        return room
