"""File › New programme…: a title, who runs it, and where the file goes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.errors import CoprodError, ValidationError
from coprod_desktop.domain.limits import TITLE_MAX, VENUE_MAX
from coprod_desktop.gui.kit.file_dialogs import choose_where_to_save, safe_file_name
from coprod_desktop.gui.kit.forms import FieldErrors
from coprod_desktop.i18n import _

Create = Callable[[Path, str, str], None]


class NewProgrammeDialog(QDialog):
    """Calls `create(path, title, organisation)`; a refusal is shown in place and the dialog stays."""

    def __init__(self, folder: Path, create: Create, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newProgrammeDialog")
        self.setWindowTitle(_("New programme"))
        self.setMinimumWidth(520)
        self.folder = folder
        self._create = create
        self._location_edited = False
        self.title = QLineEdit()
        self.title.setMaxLength(TITLE_MAX + 20)  # room to say "too long" rather than cut silently
        self.title.setPlaceholderText(_("e.g. Short breaks for disabled children: 100-day challenge"))
        self.organisation = QLineEdit()
        self.organisation.setMaxLength(VENUE_MAX + 20)
        self.organisation.setPlaceholderText(_("e.g. Parent Carer Forum with the council"))
        self.location = QLineEdit()
        self.location.textEdited.connect(self._location_typed)
        choose = QPushButton(_("Choose…"))
        choose.clicked.connect(self._choose)
        where = QWidget()
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.location, 1)
        row.addWidget(choose)
        self.errors = FieldErrors(fallback="location")
        form = QFormLayout()
        self.errors.add_row(form, _("Programme title"), self.title, "title")
        self.errors.add_row(form, _("Run by"), self.organisation, "organisation")
        self.errors.add_row(form, _("Save in"), where, "location")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(_("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(self._suggest_location)
        self._suggest_location("")

    def _location_typed(self, _text: str) -> None:
        self._location_edited = True

    def _suggest_location(self, title: str) -> None:
        if not self._location_edited:
            self.location.setText(str(self.folder / f"{safe_file_name(title)}.coprod"))

    def _choose(self) -> None:
        choose_where_to_save(self, _("Save the new programme as"), Path(self.location.text()),
                             self._chosen)

    def _chosen(self, path: Path) -> None:
        self._location_edited = True
        self.location.setText(str(path))

    def submit(self) -> None:
        self.errors.clear()
        text = self.location.text().strip()
        if not text:
            self.errors.show(ValidationError(_("Please say where to save the file."), "location"))
            return
        path = Path(text).expanduser()
        if path.suffix != ".coprod":
            path = path.with_name(path.name + ".coprod")
        try:
            self._create(path, self.title.text(), self.organisation.text())
        except CoprodError as exc:
            self.errors.show(exc)
            return
        except OSError as exc:
            self.errors.show(CoprodError(_("Cannot save there: {reason}.").format(
                reason=exc.strerror or exc)))
            return
        self.accept()
