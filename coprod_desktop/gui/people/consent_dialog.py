"""Change a person's choices: each one, how the facilitator heard, and a note. Stays open on a
refusal, with the message under the field it is about."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.consent_history import CHOICE_BY_KEY, HeardVia
from coprod_desktop.domain.limits import VENUE_MAX
from coprod_desktop.domain.records import Attendee, Consent, WordsUse
from coprod_desktop.gui.kit.forms import FieldErrors
from coprod_desktop.gui.people.widgets import plain
from coprod_desktop.gui.undo import UndoAdapter
from coprod_desktop.i18n import N_, _
from coprod_desktop.services import ChangeSet, Services

HOW = ((HeardVia.CONSOLE, N_("They told me")), (HeardVia.PAPER, N_("On a paper form")))


class ConsentDialog(QDialog):
    def __init__(self, services: Services, undo: UndoAdapter, person: Attendee,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.setWindowTitle(_("Choices: {name}").format(name=person.name))
        self.setMinimumWidth(560)
        self.services, self.undo, self.person = services, undo, person
        self.result_change: ChangeSet | None = None
        self.boxes: dict[str, QCheckBox] = {}
        for key in ("name_in_handouts", "photos", "contact", "paid"):
            box = QCheckBox(_(CHOICE_BY_KEY[key].question))
            box.setObjectName(f"choice_{key}")
            self.boxes[key] = box
        self.words = QComboBox()
        self.words.setObjectName("choice_words")
        for use in WordsUse:
            self.words.addItem(_(use.label), use.value)
        self.details = QLineEdit()
        self.details.setObjectName("contactDetails")
        self.details.setMaxLength(VENUE_MAX + 20)
        self.details.setPlaceholderText(_("Phone number or email, if they agreed to contact"))
        self.needs = QPlainTextEdit()
        self.needs.setObjectName("accessNeeds")
        self.needs.setFixedHeight(70)
        self.how = QComboBox()
        self.how.setObjectName("heardVia")
        for value, label in HOW:
            self.how.addItem(_(label), value.value)
        self.note = QLineEdit()
        self.note.setObjectName("consentNote")
        self.note.setMaxLength(VENUE_MAX + 20)
        self.note.setPlaceholderText(_("Optional, e.g. “rang the office on Tuesday”"))
        self.withdraw = QPushButton(_("Withdraw everything"))
        self.withdraw.setObjectName("withdrawAll")
        self.withdraw.setToolTip(_("Set every choice to its most private answer"))
        self.withdraw.clicked.connect(self.withdraw_all)
        self.errors = FieldErrors(fallback="note")
        self._layout()
        self._load(person)

    def _layout(self) -> None:
        form = QFormLayout()
        for key in ("name_in_handouts", "photos", "contact"):
            form.addRow("", self.boxes[key])
        self.errors.add_row(form, _("Contact details"), self.details, "contact_details")
        form.addRow(_("Their words"), self.words)
        form.addRow("", self.boxes["paid"])
        self.errors.add_row(form, _("Access needs"), self.needs, "access_needs")
        self.errors.add_row(form, _("How did you hear?"), self.how, "via")
        self.errors.add_row(form, _("Note"), self.note, "note")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.withdraw, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain(_("Record what the person told you. Each change is added to their "
                               "history with today's date and how you heard. A withdrawal "
                               "takes effect in every handout and export made from now on.")))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _load(self, person: Attendee) -> None:
        c = person.consent
        for key, value in (("name_in_handouts", c.name_in_handouts), ("photos", c.photos),
                           ("contact", c.contact), ("paid", c.paid)):
            self.boxes[key].setChecked(value)
        self.words.setCurrentIndex(self.words.findData(WordsUse(c.words).value))
        self.details.setText(person.contact_details)
        self.needs.setPlainText(person.access_needs)

    def chosen(self) -> Consent:
        return Consent(name_in_handouts=self.boxes["name_in_handouts"].isChecked(),
                       photos=self.boxes["photos"].isChecked(),
                       contact=self.boxes["contact"].isChecked(),
                       words=WordsUse(self.words.currentData()),
                       paid=self.boxes["paid"].isChecked())

    def withdraw_all(self) -> None:
        for box in self.boxes.values():
            box.setChecked(False)
        self.words.setCurrentIndex(self.words.findData(WordsUse.ROOM_ONLY.value))

    def save(self) -> None:
        self.errors.clear()
        person_id, consent = self.person.id, self.chosen()
        details, needs = self.details.text(), self.needs.toPlainText()
        via, note = str(self.how.currentData()), self.note.text()
        people = self.services.people
        change = self.undo.run(lambda: people.set_consent(
            person_id, consent, contact_details=details, access_needs=needs, via=via,
            note=note), on_error=self.errors.show)
        if change is not None:
            self.result_change = change
            self.accept()
