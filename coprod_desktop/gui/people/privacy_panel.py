"""The Privacy panel: the notice phones show, how long personal data is kept, the record of
exports, and the withdrawals and erasures an information-governance lead will ask about."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.privacy import NOTICE_MAX, PrivacyNotice, standard
from coprod_desktop.domain.said import Said
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.forms import FieldErrors
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.gui.kit.shown_gate import gate
from coprod_desktop.gui.listen import listen
from coprod_desktop.gui.people.privacy_tables import ExportsTable, LogTable
from coprod_desktop.gui.people.retention import Retention
from coprod_desktop.gui.people.widgets import plain
from coprod_desktop.gui.scrolling import scroll_inside
from coprod_desktop.i18n import N_, _
from coprod_desktop.services import ChangeSet

PARTS = (("holder", N_("Who holds it")), ("why", N_("Why")), ("how_long", N_("For how long")),
         ("contact", N_("Questions or changes")))


class PrivacyPanel(QWidget):
    title = N_("Privacy")

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyPanel")
        self.env = env
        self.parts: dict[str, QLineEdit] = {}
        for key, label in PARTS:
            edit = QLineEdit()
            edit.setObjectName(f"privacy_{key}")
            edit.setMaxLength(NOTICE_MAX + 50)
            edit.setAccessibleName(_(label))
            self.parts[key] = edit
        self.notice_errors = FieldErrors(fallback="privacy_holder")
        self.save_notice_button = QPushButton(_("Save the notice"))
        self.save_notice_button.setObjectName("saveNotice")
        self.save_notice_button.clicked.connect(self.save_notice)
        self.keep_until = QCheckBox(_("Keep personal data until"))
        self.keep_until.setObjectName("keepUntil")
        self.until = QDateEdit()
        self.until.setObjectName("retentionDate")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("d MMMM yyyy")
        self.keep_until.toggled.connect(self.until.setEnabled)
        self.save_date_button = QPushButton(_("Save the date"))
        self.save_date_button.setObjectName("saveRetention")
        self.save_date_button.clicked.connect(self.save_retention)
        self.date_error = plain("", "fieldError")
        self.date_error.hide()
        self.retention = Retention(env, self)
        self.archive_button = QPushButton(_("Save an anonymised archive…"))
        self.archive_button.setObjectName("archiveButton")
        self.archive_button.clicked.connect(self.retention.choose_archive)
        self.erase_all_button = QPushButton(_("Erase everyone's personal data…"))
        self.erase_all_button.setObjectName("eraseAllButton")
        self.erase_all_button.clicked.connect(self.retention.ask_erase_all)
        self.exports = ExportsTable()
        self.log = LogTable()
        self._layout()
        self.shown_gate = gate(self, self.load)  # refreshed while shown, once on showing
        listen(self, env.services, self._changed)
        self.load()
        self.retention.offer_on_opening()

    def _layout(self) -> None:
        notice = QGroupBox(_("Privacy notice on the phone sign-in page"))
        form = QFormLayout(notice)
        form.addRow(plain(_("Write each part in your organisation's words. A part left empty "
                          "shows the standard words, given in grey.")))
        for key, label in PARTS:
            self.notice_errors.add_row(form, _(label), self.parts[key], f"privacy_{key}")
        form.addRow("", self.save_notice_button)
        keep = QGroupBox(_("How long personal data is kept"))
        keep_layout = QVBoxLayout(keep)
        row = QHBoxLayout()
        for widget in (self.keep_until, self.until, self.save_date_button):
            row.addWidget(widget)
        row.addStretch(1)
        keep_layout.addLayout(row)
        keep_layout.addWidget(self.date_error)
        keep_layout.addWidget(plain(_("After this date, Coprod Desktop offers, each time the "
                                    "programme is opened, to save an archive without names and "
                                    "then erase everyone's personal data.")))
        actions = QHBoxLayout()
        actions.addWidget(self.archive_button)
        actions.addWidget(self.erase_all_button)
        actions.addStretch(1)
        keep_layout.addLayout(actions)
        exports = QGroupBox(_("Record of exports"))
        exports_layout = QVBoxLayout(exports)
        exports_layout.addWidget(plain(_("Every file made from this programme: a PDF, a "
                                       "spreadsheet, a JSON file or a copy, and whether it held "
                                       "names. Copies that hold names must be looked after, and "
                                       "deleted when a person is erased.")))
        exports_layout.addWidget(self.exports)
        log = QGroupBox(_("Withdrawals and erasures"))
        log_layout = QVBoxLayout(log)
        log_layout.addWidget(self.log)
        content = QWidget()
        column = QVBoxLayout(content)
        for box in (notice, keep, exports, log):
            column.addWidget(box)
        column.addStretch(1)
        scroll_inside(self, content)

    def set_session(self, session_id: int | None) -> None:
        """Privacy is the programme's, not one session's."""

    def load(self) -> None:
        reader = self.env.services.read.privacy
        notice = reader.notice()
        until = reader.retention()
        base = standard(self.env.services.read.programme().organisation, until)
        for key, _label in PARTS:
            edit = self.parts[key]
            if not edit.hasFocus():
                edit.setText(getattr(notice, key))
            words = getattr(base, key)  # a Said with a name or a date in it, else a message
            standard_words = said(words) if isinstance(words, Said) else _(words)
            edit.setPlaceholderText(standard_words)
            edit.setToolTip(standard_words)
        self.keep_until.setChecked(until is not None)
        self.until.setEnabled(until is not None)
        shown = until or self.env.clock.now().astimezone().date().replace(day=1)
        self.until.setDate(QDate(shown.year, shown.month, shown.day))
        self.exports.show_records(self.env.services.exports.records())
        self.log.show_log(self.env.services.read.people)

    def _changed(self, change: ChangeSet) -> None:
        if change.touches("programme", "export_log", "erasure", "consent_event", "attendee"):
            self.shown_gate.heard()

    def save_notice(self) -> None:
        self.notice_errors.clear()
        notice = PrivacyNotice(**{key: self.parts[key].text() for key, _ in PARTS})
        privacy = self.env.services.privacy
        self.env.undo.run(lambda: privacy.set_notice(notice), on_error=self.notice_errors.show)

    def save_retention(self) -> None:
        self.date_error.hide()
        chosen: date | None = self.until.date().toPython() if self.keep_until.isChecked() \
            else None
        privacy = self.env.services.privacy

        def refused(exc: object) -> None:
            self.date_error.setText(said(getattr(exc, "message", str(exc))))
            self.date_error.show()

        self.env.undo.run(lambda: privacy.set_retention(chosen), on_error=refused)
