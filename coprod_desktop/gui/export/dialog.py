"""File › Export…: choose what to export, for which session, on what paper, and where to.

The export itself runs on a worker thread with a progress bar; the result opens when it is done.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop import i18n
from coprod_desktop.domain.phones import WifiDetails
from coprod_desktop.domain.settings import HANDOUT_LANGUAGE
from coprod_desktop.export import gather
from coprod_desktop.export.documents import Kind, PdfRequest
from coprod_desktop.export.names_held import names_held, what_exported
from coprod_desktop.export.styles import Paper
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.export.worker import ExportJob, ExportSignals, ExportTask, start
from coprod_desktop.gui.formats import short_day
from coprod_desktop.gui.kit.problem_text import problem_style
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.i18n import N_, _

TABLE_CHOICES = {"csv": N_("Every table as CSV (for spreadsheets)"),
                 "json": N_("Every table as JSON (for other software)")}
ALL_SESSIONS = -1


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ExportDialog(QDialog):
    exported = Signal(str)  # the path written
    export_failed = Signal(str)  # the reason, in plain words

    def __init__(self, env: GuiEnv, parent: QWidget | None = None, *,
                 session_id: int | None = None, join_url: str = "",
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.pool = pool
        self.open_when_done = True
        self.result_path: Path | None = None
        self._job: ExportJob | None = None
        self.setWindowTitle(_("Export"))
        self.setMinimumWidth(560)
        self._build(session_id)
        self.join_url.setText(join_url)
        self._kind_changed()

    # Layout ---------------------------------------------------------------------------------
    def _build(self, session_id: int | None) -> None:
        read = self.env.services.read
        self.kind = QComboBox()
        for kind in Kind:
            self.kind.addItem(_(kind.label), kind.value)
        for fmt, label in TABLE_CHOICES.items():
            self.kind.addItem(_(label), fmt)
        self.session = QComboBox()
        for session in read.sessions():
            self.session.addItem(f"{short_day(session.date)}: {session.title}", session.id)
        if self.session.count():
            latest = session_id or gather.latest_session_id(read)
            self.session.setCurrentIndex(max(0, self.session.findData(latest)))
        self.paper = QComboBox()
        self.paper.addItem("A4", Paper.A4.value)
        self.paper.addItem(_("US Letter"), Paper.LETTER.value)
        # The PDF's language: a setting of the programme, whatever the interface speaks.
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        chosen = i18n.known(read.setting(HANDOUT_LANGUAGE))
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.join_url = QLineEdit()
        self.join_url.setPlaceholderText(_("The address phones open to sign in"))
        wifi = self.env.services.read.phones.wifi()  # as saved on the sign-in panel
        self.wifi_name = QLineEdit(wifi.ssid)
        self.wifi_name.setPlaceholderText(_("Optional: the venue's Wi-Fi network"))
        self.wifi_password = QLineEdit(wifi.password)
        self._wifi_security = wifi.security
        self.link_url = QLineEdit(read.setting(gather.LINK_URL))
        self.link_url.setPlaceholderText(_("Optional: e.g. your group chat's invite link"))
        self.link_label = QLineEdit(read.setting(gather.LINK_LABEL))
        self.link_label.setPlaceholderText(_("What the link is, e.g. Our WhatsApp group"))
        self.destination = QLineEdit()
        browse = QPushButton(_("Choose…"))
        browse.clicked.connect(self._choose_destination)
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(browse)
        self.open_after = QCheckBox(_("Open it when it is ready"))
        self.open_after.setChecked(True)

        form = QFormLayout()
        form.addRow(_("What"), self.kind)
        form.addRow(_("Session"), self.session)
        form.addRow(_("Paper"), self.paper)
        form.addRow(_("Language"), self.language)
        self._poster_rows = [(_("Sign-in address"), self.join_url), (_("Wi-Fi name"), self.wifi_name),
                             (_("Wi-Fi password"), self.wifi_password)]
        self._link_rows = [(_("Link for the QR code"), self.link_url), (_("Link name"), self.link_label)]
        for label, field in [*self._poster_rows, *self._link_rows]:
            form.addRow(label, field)
        form.addRow(_("Save to"), where)
        self.form = form

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = _plain(QLabel(""))
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(_("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.open_after)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.session.currentIndexChanged.connect(self._suggest_destination)

    def _choice(self) -> Kind | str:
        value = self.kind.currentData()
        return value if value in TABLE_CHOICES else Kind(value)

    def _kind_changed(self) -> None:
        choice = self._choice()
        is_pdf = isinstance(choice, Kind)
        register_all = self.session.findData(ALL_SESSIONS)
        if choice is Kind.REGISTER and register_all < 0:
            self.session.insertItem(0, _("All sessions"), ALL_SESSIONS)
        elif choice is not Kind.REGISTER and register_all >= 0:
            self.session.removeItem(register_all)
        self.session.setEnabled(is_pdf and choice not in (Kind.PROGRAMME, Kind.BULLETIN,
                                                          Kind.BULLETIN_LARGE))
        self.paper.setEnabled(is_pdf)
        for _label, field in self._poster_rows:
            self.form.setRowVisible(field, choice is Kind.POSTER)
        for _label, field in self._link_rows:
            self.form.setRowVisible(field, choice in (Kind.HANDOUT, Kind.LARGE_PRINT,
                                                      Kind.SCREEN_READER))
        self._suggest_destination()

    def _suggest_destination(self) -> None:
        choice = self._choice()
        folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        current = self.destination.text().strip()
        if current:
            folder = Path(current).parent
        stem = _safe(self.env.services.read.programme().title)[:40]
        if isinstance(choice, Kind):
            session_id = self.session.currentData()
            when = ""
            if choice.per_session and isinstance(session_id, int) and session_id > 0:
                when = f" {self.env.services.read.session(session_id).date:%Y-%m-%d}"
            name = f"{stem} {choice.value}{when}.pdf"
        else:
            name = f"{stem} {choice}"
        self.destination.setText(str(folder / name))

    def _choose_destination(self) -> None:
        choice = self._choice()
        if isinstance(choice, Kind):
            path, _filter = QFileDialog.getSaveFileName(self, _("Save the PDF as"), self.destination.text(),
                                                  _("PDF files (*.pdf)"))
        else:
            path = QFileDialog.getExistingDirectory(self, _("Choose a folder for the files"),
                                                    str(Path(self.destination.text()).parent))
        if path:
            self.destination.setText(path)

    # Running ------------------------------------------------------------------------------
    def task(self) -> ExportTask:
        choice = self._choice()
        destination = Path(self.destination.text().strip()).expanduser()
        if not isinstance(choice, Kind):
            return ExportTask(destination, tables=choice)
        if destination.suffix.lower() != ".pdf":
            destination = destination.with_name(destination.name + ".pdf")
        session = self.session.currentData()
        session_id = session if isinstance(session, int) and session > 0 else None
        wifi_name = self.wifi_name.text().strip()
        wifi = WifiDetails(wifi_name, self.wifi_password.text(),
                           self._wifi_security if self.wifi_password.text() else "nopass")
        return ExportTask(destination, pdf=PdfRequest(
            choice, session_id, Paper(self.paper.currentData()),
            join_url=self.join_url.text().strip(), wifi=wifi))

    def _save_link(self) -> None:
        read = self.env.services.read
        programme = self.env.services.programme
        for key, field in ((gather.LINK_URL, self.link_url), (gather.LINK_LABEL, self.link_label)):
            value = field.text().strip()
            if value != read.setting(key):
                self.env.undo.run(lambda k=key, v=value: programme.set_setting(
                    k, v, label=N_("Change the handout's link")))

    def _save_language(self) -> None:
        code = str(self.language.currentData())
        if code != i18n.known(self.env.services.read.setting(HANDOUT_LANGUAGE)):
            self.env.undo.run(lambda: self.env.services.programme.set_setting(
                HANDOUT_LANGUAGE, code, label=N_("Change the language of PDFs")))

    def export(self) -> None:
        if self._job is not None:
            return
        if not self.destination.text().strip():
            self._show(_("Please choose where to save it."), failed=True)
            return
        if isinstance(self._choice(), Kind):
            self._save_language()
        if isinstance(self._choice(), Kind) and self._choice() in (
                Kind.HANDOUT, Kind.LARGE_PRINT, Kind.SCREEN_READER):
            self._save_link()
        task = self.task()
        folder = task.destination.parent
        try:  # the suggested folder (Documents) may not exist yet on a fresh machine
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._show(_("Could not make the folder {folder}: {reason}. Please choose another place."
                         ).format(folder=folder, reason=exc.strerror or exc), failed=True)
            return
        self._task = task
        signals = ExportSignals(self)
        signals.progress.connect(self._on_progress)
        signals.finished.connect(self._on_finished)
        signals.failed.connect(self._on_failed)
        self._busy(True)
        self._show(_("Starting…"))
        self._job = start(self.env.services.open_readers, task, signals, self.pool)

    def _busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        for widget in (self.kind, self.session, self.paper, self.destination):
            widget.setEnabled(not busy)
        if not busy:
            self._kind_changed()

    def _show(self, message: str, *, failed: bool = False) -> None:
        self.status.setText(message)
        self.status.setStyleSheet(problem_style(self.status, failed))

    def _on_progress(self, percent: int, stage: str) -> None:
        self.progress.setValue(percent)
        self._show(f"{stage}…" if percent < 100 else stage)

    def _on_finished(self, path: str) -> None:
        self._job = None
        self._busy(False)
        self.progress.setValue(100)
        self.result_path = Path(path)
        self._record(self.result_path)
        self._show(_("Saved to {path}").format(path=path))
        if self.open_when_done and self.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        self.exported.emit(path)

    def _record(self, path: Path) -> None:
        """Add the file to the programme's record of exports (Privacy panel)."""
        task = getattr(self, "_task", None)
        if task is None:
            return
        read = self.env.services.read
        kind = task.pdf.kind if task.pdf is not None else (task.tables or "csv")
        session_id = task.pdf.session_id if task.pdf is not None else None
        self.env.services.exports.record(
            what_exported(read, kind, session_id), "pdf" if task.pdf is not None else kind,
            path, held_names=names_held(read, kind, session_id))

    def _on_failed(self, message: str) -> None:
        self._job = None
        self._busy(False)
        self.progress.setValue(0)
        self._show(said(message), failed=True)
        self.export_failed.emit(said(message))

    @property
    def running(self) -> bool:
        return self._job is not None

    def reject(self) -> None:
        if self.running:  # the worker reports back to this dialog: wait for it
            self._show(_("Please wait: the export is still being made."))
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            self._show(_("Please wait: the export is still being made."))
            return
        super().closeEvent(event)


def _safe(name: str) -> str:
    """A file name from a title: letters, digits, spaces and dashes."""
    return re.sub(r"[^\w\- ]+", "", name).strip() or "Coprod"
