"""The Person view: everything the file holds about one person, and what can be done about it.

Its dialogs (choices, merge, erase) and the export are imported when first opened, not with the
People panel (issue 18: the panel's first build stays inside the GUI thread's 50 ms).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from coprod_desktop.domain.errors import CoprodError, NotFoundError
from coprod_desktop.domain.person_file import sections
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.formats import short_day
from coprod_desktop.gui.people.pending_erase import PendingErase
from coprod_desktop.gui.people.save_dialog import choose_file, default_folder
from coprod_desktop.gui.people.widgets import SectionList, plain
from coprod_desktop.i18n import _, count

if TYPE_CHECKING:
    from coprod_desktop.domain.person_file import PersonFile, Section
    from coprod_desktop.services import Services
    from coprod_desktop.services.readers import PeopleReader


class PersonView(QWidget):
    """Shows one person. Buttons open dialogs; every change goes through the undo adapter."""

    person_changed = Signal(object)  # the id now shown (None after a merge removed it)

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personView")
        self.env = env
        self.person_id: int | None = None
        self.file: PersonFile | None = None
        self.heading = plain("", "sessionHeading")
        self.status = plain("", "sessionWhen")
        self.choices_button = QPushButton(_("Change choices…"))
        self.choices_button.setObjectName("changeChoicesButton")
        self.choices_button.clicked.connect(self.change_choices)
        self.merge_button = QPushButton(_("Merge with…"))
        self.merge_button.setObjectName("mergeWithButton")
        self.merge_button.setToolTip(_("Join another record of the same person into this one"))
        self.merge_button.clicked.connect(self.merge_with)
        self.pdf_button = QPushButton(_("Their file (PDF)…"))
        self.pdf_button.setObjectName("exportPdfButton")
        self.pdf_button.setToolTip(_("Everything held about them, to give them (subject access)"))
        self.pdf_button.clicked.connect(lambda: self.export_file("pdf"))
        self.json_button = QPushButton(_("JSON…"))
        self.json_button.setObjectName("exportJsonButton")
        self.json_button.setToolTip(_("Everything held about them, for a subject access request"))
        self.json_button.clicked.connect(lambda: self.export_file("json"))
        self.erase_button = QPushButton(_("Erase…"))
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.clicked.connect(self.erase)
        self.buttons = QHBoxLayout()
        for button in (self.choices_button, self.merge_button, self.pdf_button,
                       self.json_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.erase_button)
        self.pending = PendingErase(env, self)
        self.tree = SectionList()
        self.tree.setObjectName("personSections")
        self.tree.setAccessibleName(_("Everything held about this person"))
        self.empty = plain(_("Choose a person on the left to see everything this programme "
                           "holds about them."), "emptyHint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addLayout(self.buttons)
        layout.addWidget(self.pending)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        self.show_person(None)

    @property
    def reader(self) -> PeopleReader:
        return self.env.services.read.people

    def show_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        self.file = None
        if person_id is not None:
            try:
                self.file = self.reader.person_file(person_id)
            except NotFoundError:
                self.person_id = None
        showing = self.file is not None
        for widget in (self.heading, self.status, self.tree):
            widget.setVisible(showing)
        if not showing:
            self.pending.show_for(None)
        self.empty.setVisible(not showing)
        for i in range(self.buttons.count()):
            item = self.buttons.itemAt(i).widget()
            if item is not None:
                item.setVisible(showing)
        if self.file is None:
            return
        person = self.file.person
        self.heading.setText(person.name if not person.erased else _("Erased person"))
        self.status.setText(self.summary(self.file))
        for button in (self.choices_button, self.merge_button, self.erase_button):
            button.setEnabled(not person.erased)
        self.pending.show_for(person.id if person.erased else None)
        self.tree.show_sections(self.sections(self.file))

    def refresh(self) -> None:
        self.show_person(self.person_id)

    def summary(self, pf: PersonFile) -> str:
        n = len(pf.visits)
        parts = [_(pf.person.group.label), count("{n} session", "{n} sessions", n),
                 _("person {id}").format(id=pf.person.id)]
        withdrawn = [e for e in pf.history if e.kind.value == "withdrawn"]
        if withdrawn:
            parts.append(_("withdrew a choice on {day}").format(
                day=short_day(withdrawn[-1].at.astimezone().date())))
        return "  ·  ".join(parts)

    def sections(self, pf: PersonFile) -> list[Section]:
        return sections(pf)

    # Dialogs
    def change_choices(self) -> None:
        if self.file is None:
            return
        from coprod_desktop.gui.people.consent_dialog import ConsentDialog

        dialog = ConsentDialog(self.env.services, self.env.undo, self.file.person, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def merge_with(self) -> None:
        if self.file is None:
            return
        from coprod_desktop.gui.people.merge_dialog import MergeDialog

        dialog = MergeDialog(self.env.services, self.env.undo, self.file.person, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def erase(self) -> None:
        if self.file is None:
            return
        from coprod_desktop.gui.people.erase_dialog import EraseDialog

        plan = self.env.services.erase.plan(self.file.person.id)
        dialog = EraseDialog(self.env.services, self.env.undo, plan, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # Their file, for a subject access request
    def export_file(self, suffix: str) -> None:
        if self.file is None:
            return
        from coprod_desktop.export.subject_access import file_stem

        start = default_folder(self.env.services.file.path) / f"{file_stem(self.file)}.{suffix}"
        choose_file(self, _("Save everything held about this person"), start, suffix,
                    lambda path: self.save_file(path, suffix))

    def save_file(self, target: Path, suffix: str) -> Path | None:
        if self.file is None:
            return None
        from coprod_desktop.domain.export_record import ExportFormat
        from coprod_desktop.export.people_files import save_and_record
        from coprod_desktop.export.subject_access import to_json
        from coprod_desktop.export.subject_access_pdf import subject_access_pdf

        services = self.env.services
        pf = services_person_file(services, self.file.person.id)
        programme, now = services.read.programme(), self.env.clock.now()
        data = (subject_access_pdf(pf, programme, now) if suffix == "pdf"
                else to_json(pf, programme, now))
        try:
            return save_and_record(services, target, data, fmt=ExportFormat(suffix),
                                   what=_("Everything held about person {id}").format(id=pf.person.id),
                                   held_names=not pf.person.erased)
        except CoprodError as exc:
            self.env.undo.error.emit(exc.message)
            return None


def services_person_file(services: Services, person_id: int) -> PersonFile:
    return services.read.people.person_file(person_id)
