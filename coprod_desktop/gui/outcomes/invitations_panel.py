"""The "Invitations and follow-up" panel: import an invitation list, see invited against came, and the
people who came twice or more and then stopped (only those who agreed to be contacted)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.formats import short_day
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.gui.kit.shown_gate import gate
from coprod_desktop.gui.listen import listen
from coprod_desktop.gui.outcomes.look import error_line, plain_label
from coprod_desktop.gui.scrolling import scrolled_layout
from coprod_desktop.i18n import N_, _
from coprod_desktop.services import ChangeSet
from coprod_desktop.services.invitations import ImportReport
from coprod_desktop.services.readers import STOPPED_AFTER

TABLES = ("invitation", "attendee", "attendance", "session")


def report_text(report: ImportReport) -> str:
    lines = [report.summary()]
    if report.to_add:
        lines.append("")
        lines.append(_("To add:") if report.change is None else _("Added:"))
        lines += [f"  {row.name} ({_(row.group.label)})" for row in report.to_add]
    if report.refused:
        lines.append("")
        lines.append(_("Left out:"))
        lines += [_("  Line {line}: {reason}").format(line=r.line, reason=said(r.reason))
                  for r in report.refused]
    return "\n".join(lines)


class ImportDialog(QDialog):
    """Shows what a file would bring in and every row left out, before anything is written."""

    def __init__(self, env: GuiEnv, data: bytes, source: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(_("Import an invitation list"))
        self.env = env
        self.data = data
        self.source = source
        self.report: ImportReport | None = None
        self.text = QPlainTextEdit()
        self.text.setObjectName("importReport")
        self.text.setReadOnly(True)
        self.message = error_line()
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.box.addButton(_("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.box)
        self.resize(560, 480)
        try:
            self.report = env.services.invitations.check(data)
            self.text.setPlainText(report_text(self.report))
            self.import_button.setEnabled(bool(self.report.to_add))
        except CoprodError as exc:
            self._show(said(exc.message))
            self.import_button.setEnabled(False)

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def save(self) -> None:
        done: list[ImportReport] = []
        failed: list[CoprodError] = []

        def apply() -> ChangeSet:
            report = self.env.services.invitations.import_list(self.data, source=self.source)
            done.append(report)
            assert report.change is not None
            return report.change

        self.env.undo.run(apply, on_error=failed.append)
        if failed:
            self._show(said(failed[0].message))
            return
        self.report = done[0]
        self.accept()


class InvitationsPanel(QWidget):
    title = N_("Invitations and follow-up")

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invitationsPanel")
        self.env = env
        self.dialog: ImportDialog | None = None
        self.summary = plain_label("", "invitedSummary")
        self.invited = self._table("invitedTable", (_("Name"), _("Group"), _("Sessions come to")))
        self.lost = self._table("lostTable", (_("Name"), _("Group"), _("Contact"), _("Came"), _("Last came"),
                                              _("Sessions missed since")))
        button = QPushButton(_("Import an invitation list (CSV)…"))
        button.setObjectName("invitationImport")
        button.clicked.connect(self._ask_file)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        layout = scrolled_layout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(row)
        layout.addWidget(plain_label(_("Columns: name, group, contact, contact_ok (yes or no). "
                                     "Contact details are kept only with a yes."), "invitedHint"))
        layout.addWidget(self.summary)
        layout.addWidget(self.invited, 1)
        layout.addWidget(plain_label(
            _("Came twice or more, then missed the last {n} sessions or more, and agreed to be "
              "contacted: worth a friendly call.").format(n=STOPPED_AFTER), "lostHeading"))
        layout.addWidget(self.lost, 1)
        self.shown_gate = gate(self, self.refresh)  # quiet while hidden, once when shown
        listen(self, env.services, self._changed)
        self.refresh()

    @staticmethod
    def _table(name: str, headers: tuple[str, ...]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return table

    def set_session(self, _session_id: int | None) -> None:
        self.refresh()

    def _changed(self, change: ChangeSet) -> None:
        if change.touches(*TABLES):  # every phone sign-in: only drawn while shown
            self.shown_gate.heard()

    def refresh(self) -> None:
        read = self.env.services.invitations.invitations
        invited = read.invited()
        by_group = read.invited_against_came()
        self.summary.setText(
            _("Nobody is on the invitation list yet.") if not invited else
            _("Invited {invited}, of whom {came} came: {groups}.").format(
                invited=len(invited), came=sum(1 for i in invited if i.came),
                groups="; ".join(_("{group} {came} of {n}").format(group=_(g.label), came=came,
                                                                  n=n)
                                 for g, (n, came) in by_group.items())))
        self._fill(self.invited, [(i.name, _(i.group.label),
                                   str(i.came) if i.came else _("Not yet"))
                                  for i in invited])
        lost = read.lost(self.env.clock.now().date())
        self._fill(self.lost, [(p.name, _(p.group.label), p.contact_details, str(p.times),
                                short_day(p.last_came), str(p.missed)) for p in lost])

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
        table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(text))

    def _ask_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, _("Import an invitation list"), "",
                                                    _("CSV (*.csv)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> ImportDialog:
        self.dialog = ImportDialog(self.env, path.read_bytes(), path.name, self)
        self.dialog.open()
        return self.dialog
