"""The name question, asked the same way at every sign-in: on phones, by hand, in the Overview.

Phones ask "Can we put your name in the notes we hand out afterwards?" with No chosen until the
person says yes. Signing someone in by hand asks the same, so a person signed in by hand is not
left anonymous in the handout by default when they said yes.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QWidget

from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.i18n import N_, _

QUESTION = N_("Can we put your name in the notes we hand out afterwards?")


class NameQuestion(QCheckBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("Name in the handout"), parent)
        self.setObjectName("nameInHandout")
        self.setToolTip(_("Ask them: “{question}” Tick only if they say yes.").format(
            question=_(QUESTION)))
        self.setAccessibleName(_("{question} Yes").format(question=_(QUESTION)))


def record_name_answer(env: GuiEnv, attendee_id: int, yes: bool) -> None:
    """Keep what the person answered today (an undoable step of its own, shown in Privacy)."""
    person = env.services.read.attendee(attendee_id)
    if person.consent.name_in_handouts == yes:
        return
    env.undo.run(lambda: env.services.people.set_consent(
        attendee_id, replace(person.consent, name_in_handouts=yes),
        contact_details=person.contact_details, access_needs=person.access_needs,
        note=_("Asked at sign-in by hand")))
