"""Start a new programme from the open one: who comes with it (only people who agreed), and when."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.limits import TITLE_MAX
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.gui.programme.calendar_dialog import date_edit, from_qdate
from coprod_desktop.gui.programme.common import error_line, plain_label
from coprod_desktop.i18n import _, count, number
from coprod_desktop.services.new_programme import NewProgramme, may_copy, start_from_earlier
from coprod_desktop.services.readers import SUFFIX


class NewFromEarlierDialog(QDialog):
    """`created(NewProgramme)` once the new file is written; the shell then opens it."""

    created = Signal(object)

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("New programme from this one"))
        self.env = env
        self.result_file: NewProgramme | None = None
        services = env.services
        old = services.read.programme()
        kept = services.read.plan.kept_for_next()
        people = services.read.attendees()
        coming = sum(1 for p in people if may_copy(p, kept))
        self.title = QLineEdit(_("{title} (next round)").format(title=old.title)[:TITLE_MAX])
        self.title.setObjectName("newTitle")
        self.title.setMaxLength(TITLE_MAX)
        self.start = date_edit(env.clock.now().date() + timedelta(days=28))
        folder = services.file.path.parent
        self.path = QLineEdit(str(folder / f"{old.title[:40].strip()} next{SUFFIX}"))
        self.path.setObjectName("newPath")
        choose = QPushButton(_("Choose…"))
        choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        self.people = plain_label(
            count("{coming} of {n} person comes with it: those who agreed to be contacted or to be "
                  "kept for a later programme, with their choices. The others are left out.",
                  "{coming} of {n} people come with it: those who agreed to be contacted or to be "
                  "kept for a later programme, with their choices. The others are left out.",
                  len(people), coming=number(coming)),
            "newPeople")
        self.copied = plain_label(
            _("Also copied: the length, time zone and team meeting pattern, and the discovery "
            "workshop's plan as the first session. Notes, stories, actions and tests stay here."))
        self.message = error_line()
        form = QFormLayout()
        form.addRow(_("Title"), self.title)
        form.addRow(_("Day 1"), self.start)
        form.addRow(_("Save as"), where)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        make = box.addButton(_("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        make.setObjectName("createProgramme")
        box.accepted.connect(self.create)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.people)
        layout.addWidget(self.copied)
        layout.addWidget(self.message)
        layout.addWidget(box)
        self.resize(620, self.sizeHint().height())

    def _choose(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(self, _("Save the new programme as"), self.path.text(),
                                                _("Programme files (*{SUFFIX})").format(SUFFIX=SUFFIX))
        if chosen:
            self.path.setText(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX)

    def create(self) -> None:
        path = Path(self.path.text().strip())
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        try:
            self.result_file = start_from_earlier(self.env.services, path,
                                                  title=self.title.text(),
                                                  start_date=from_qdate(self.start.date()),
                                                  clock=self.env.clock)
        except CoprodError as exc:
            self.message.setText(said(exc.message))
            self.message.setVisible(True)
            return
        self.created.emit(self.result_file)
        self.accept()
