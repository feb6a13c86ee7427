"""Erase a person: what will go, what stays without a name, and the choices to make first.

The erase this dialog makes can be undone (Edit › Undo, or "Undo the erase") until the facilitator
makes it final from the Person view.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.erasure import EraseChoices, ErasePlan
from coprod_desktop.domain.money import pounds_text
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.gui.people.widgets import plain
from coprod_desktop.gui.undo import UndoAdapter
from coprod_desktop.i18n import _, count, number
from coprod_desktop.services import ChangeSet, Services


def _n(value: int, one: str, many: str) -> str:
    """`count` for a pair marked where it is used: _n(2, N_one("{n} note"), ...)."""
    return count(one, many, value)


class EraseDialog(QDialog):
    def __init__(self, services: Services, undo: UndoAdapter, plan: ErasePlan,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setWindowTitle(_("Erase {name}").format(name=plan.person.name))
        self.setMinimumWidth(600)
        self.services, self.undo, self.plan = services, undo, plan
        self.result_change: ChangeSet | None = None
        layout = QVBoxLayout(self)
        self.lines: list[str] = []
        self._say(layout, _(
            "Erasing {name} takes their name, contact details, access needs, {choices} and "
            "{phones} out of this programme. Their {sessions} and any claims stay, without a "
            "name, so the counts and the accounts stay right.").format(
                name=plan.person.name,
                choices=count("{n} recorded choice", "{n} recorded choices", plan.choices),
                phones=count("{n} remembered phone", "{n} remembered phones", plan.phones),
                sessions=count("{n} attendance", "{n} attendances", plan.sessions)))
        self.keep = QCheckBox(_("Keep their {notes} and {votes} without a name (they show no name "
                                "anyway)").format(
            notes=count("{n} note", "{n} notes", plan.notes),
            votes=count("{n} vote", "{n} votes", plan.votes)))
        self.keep.setObjectName("keepContributions")
        self.keep.setChecked(True)
        layout.addWidget(self.keep)
        self.dots = plain("", "fieldError")
        if plan.notes_with_votes:
            self.dots.setText(count("If you remove their notes, other people's dots on {n} of "
                                    "them go too.", "If you remove their notes, other people's "
                                    "dots on {n} of them go too.", plan.notes_with_votes))
        self.dots.setVisible(False)
        self.keep.toggled.connect(lambda on: self.dots.setVisible(not on and bool(self.dots.text())))
        layout.addWidget(self.dots)
        self.org = QLineEdit()
        self.org.setObjectName("actionsToOrg")
        if plan.actions:
            self._say(layout, count(
                "They own {n} open action. Hand it to an organisation, or leave this empty: the "
                "actions stay open, with no owner, for the group to pick up.",
                "They own {n} open actions. Hand them to an organisation, or leave this empty: "
                "the actions stay open, with no owner, for the group to pick up.", plan.actions))
            self.org.setPlaceholderText(_("e.g. Parent Carer Forum"))
            layout.addWidget(self.org)
        else:
            self.org.hide()
        self.end_turn = QCheckBox(_("They have the floor right now: end their turn first (the "
                                  "room moves on to the next person)"))
        self.end_turn.setObjectName("endTurn")
        self.end_turn.setChecked(True)
        self.end_turn.setVisible(plan.speaking_now)
        layout.addWidget(self.end_turn)
        self.stories = QCheckBox(count("Keep {n} story they told without their name, with no name",
                                       "Keep {n} stories they told without their name, with no "
                                       "name", plan.stories_other))
        self.stories.setObjectName("keepStories")
        self.stories.setChecked(True)
        self.stories.setVisible(bool(plan.stories_other))
        layout.addWidget(self.stories)
        if plan.stories_named:
            self._say(layout, count(
                "{n} story told with their name (or not yet told) will be removed. Other people's "
                "“what I heard” notes stay on the board.",
                "{n} stories told with their name (or not yet told) will be removed. Other "
                "people's “what I heard” notes stay on the board.", plan.stories_named))
        if plan.claims_owed_pence:
            self._say(layout, _("{amount} is still owed to them. Pay it first if you can: "
                                "afterwards nobody will know who it is owed to.").format(
                amount=pounds_text(plan.claims_owed_pence)))
        if plan.mentions:
            where = ", ".join(f"{number(n)} {_(what)}" for what, n in plan.mentions.items())
            self._say(layout, _("Their name or details also appear in words others wrote "
                                "({where}). The erase replaces them with “[name removed]”; the "
                                "rest of the words stay.").format(where=where))
        if plan.invitations:
            self._say(layout, _("Their name on the invitation list goes too."))
        if plan.exports_with_names:
            self._say(layout, count(
                "{n} file made from this programme held names (see Privacy › Record of exports). "
                "Copies kept elsewhere must be deleted there.",
                "{n} files made from this programme held names (see Privacy › Record of "
                "exports). Copies kept elsewhere must be deleted there.",
                len(plan.exports_with_names)))
        self._say(layout, _("You can undo this until you make it final in the Person view."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(_("Erase"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.setObjectName("eraseButton")
        buttons.accepted.connect(self.erase)
        buttons.rejected.connect(self.reject)
        self.error = plain("", "fieldError")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _say(self, layout: QVBoxLayout, text: str) -> None:
        self.lines.append(text)
        layout.addWidget(plain(text))

    def choices(self) -> EraseChoices:
        return EraseChoices(keep_contributions=self.keep.isChecked(),
                            keep_anonymous_stories=self.stories.isChecked(),
                            actions_to_org=self.org.text(), end_turn=self.end_turn.isChecked())

    def erase(self) -> None:
        person_id, choices = self.plan.person.id, self.choices()

        def refused(exc: object) -> None:
            self.error.setText(said(getattr(exc, "message", str(exc))))
            self.error.show()

        change = self.undo.run(lambda: self.services.erase.erase(person_id, choices),
                               on_error=refused)
        if change is not None:
            self.result_change = change
            self.accept()
