"""The claims sheet buttons: save what the Payments panel shows for the finance team."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.export_record import ExportFormat
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.file_dialogs import safe_file_name
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.gui.people.claims_view import FILTERS
from coprod_desktop.gui.people.save_dialog import choose_file, default_folder
from coprod_desktop.i18n import _


class SheetButtons(QWidget):
    """Needs the panel for its filter (which claims) and to report what happened."""

    def __init__(self, env: GuiEnv, panel: QWidget) -> None:
        super().__init__(panel)
        self.env = env
        self.panel = panel
        self.pdf_button = QPushButton(_("Claims sheet (PDF)…"))
        self.pdf_button.setObjectName("claimsPdf")
        self.pdf_button.setToolTip(_("For the finance team: totals, waiting times, each person's "
                                   "claims"))
        self.pdf_button.clicked.connect(lambda: self.choose("pdf"))
        self.csv_button = QPushButton(_("CSV…"))
        self.csv_button.setObjectName("claimsCsv")
        self.csv_button.setToolTip(_("For the finance team: the claims shown, one row each"))
        self.csv_button.clicked.connect(lambda: self.choose("csv"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pdf_button)
        layout.addWidget(self.csv_button)
        self.message = ""

    def statuses(self) -> tuple:
        index = self.panel.filter.currentIndex()
        return FILTERS[index][1]

    def choose(self, suffix: str) -> None:
        services = self.env.services
        title = safe_file_name(services.read.programme().title)
        start = default_folder(services.file.path) / f"{title} claims.{suffix}"
        choose_file(self, _("Save the claims sheet"), start, suffix, lambda p: self.save(p, suffix))

    def save(self, target: Path, suffix: str) -> Path | None:
        from coprod_desktop.export.claims_pdf import claims_pdf  # reportlab: on first use
        from coprod_desktop.export.claims_sheet import claims_sheet, to_csv
        from coprod_desktop.export.people_files import save_and_record

        services = self.env.services
        sheet = claims_sheet(services.read.db, self.env.clock.now().astimezone().date(),
                             self.statuses())
        data = claims_pdf(sheet) if suffix == "pdf" else to_csv(sheet)
        try:
            path = save_and_record(services, target, data, what=_("Claims sheet: {scope}").format(
                scope=sheet.scope),
                                   fmt=ExportFormat(suffix), held_names=sheet.held_names,
                                   detail=f"{len(sheet.lines)} claims")
        except CoprodError as exc:
            self.message = said(exc.message)
            self.env.undo.error.emit(exc.message)
            return None
        self.message = _("Saved the claims sheet to {path}.").format(path=path)
        return path
