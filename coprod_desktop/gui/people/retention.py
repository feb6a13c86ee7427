"""After the retention date: save an anonymised archive, then erase everyone's personal data.

Offered once when the programme is opened after its date (and any time from the Privacy panel).
Each step asks first; the erase is made final straight away, and says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.privacy import retention_passed
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.formats import long_day
from coprod_desktop.gui.kit.ask import confirm, tell
from coprod_desktop.gui.kit.file_dialogs import safe_file_name
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.gui.people.save_dialog import choose_file, default_folder
from coprod_desktop.i18n import _, count
from coprod_desktop.services.archive import anonymised_archive


class Retention(QObject):
    def __init__(self, env: GuiEnv, parent: QWidget) -> None:
        super().__init__(parent)
        self.env = env
        self.widget = parent
        self.offered = False
        self.last_message = ""

    def people_left(self) -> int:
        return sum(not p.erased for p in self.env.services.read.attendees())

    def due(self) -> bool:
        today = self.env.clock.now().astimezone().date()
        return retention_passed(self.env.services.read.privacy.retention(), today) \
            and self.people_left() > 0

    def offer_on_opening(self) -> None:
        """Ask once, after the window has shown, if the date has passed."""
        if not self.offered and self.due():
            self.offered = True
            QTimer.singleShot(0, self.offer)

    def offer(self) -> None:
        until = self.env.services.read.privacy.retention()
        when = long_day(until) if until else _("its retention date")
        confirm(self.widget, _("Time to delete personal data"),
                _("This programme said it would keep personal data until {day}. That date has "
                  "passed.").format(day=when), _("Archive, then erase…"), self.choose_archive,
                detail=count("First save an anonymised archive (everything without names), "
                             "then erase the name, contact details and choices of {n} person "
                             "from this programme. You can also do this later from the Privacy "
                             "panel.",
                             "First save an anonymised archive (everything without names), "
                             "then erase the names, contact details and choices of {n} people "
                             "from this programme. You can also do this later from the Privacy "
                             "panel.", self.people_left()))

    def choose_archive(self) -> None:
        services = self.env.services
        title = safe_file_name(services.read.programme().title)
        start = default_folder(services.file.path) / _("{title} archive (no names).coprod").format(
            title=title)
        choose_file(self.widget, _("Save the anonymised archive"), start, "coprod",
                    self.archive_to)

    def archive_to(self, target: Path) -> Path | None:
        try:
            report = anonymised_archive(self.env.services, target, self.env.clock)
        except CoprodError as exc:
            tell(self.widget, _("The archive was not saved"), said(exc.message))
            return None
        except OSError as exc:
            tell(self.widget, _("The archive was not saved"), f"{target}: {exc.strerror or exc}")
            return None
        self.last_message = _("Saved the archive without names to {target}.").format(
            target=report.target)
        self.ask_erase_all()
        return report.target

    def ask_erase_all(self) -> None:
        confirm(self.widget, _("Erase everyone's personal data"),
                count("Erase the personal data of {n} person now?",
                      "Erase the personal data of {n} people now?", self.people_left()), _("Erase everyone"),
                self.erase_all,
                detail=(self.last_message + " " if self.last_message else "")
                + _("Their names, contact details, access needs, choices and phones are removed "
                  "and the file is rewritten. This is final: it cannot be undone. Anonymous "
                  "notes, votes and counts stay."))

    def erase_all(self) -> None:
        erase = self.env.services.erase
        try:
            erased = erase.erase_everyone(final=True)
            pending = [e.id for e in erase.pending()]  # earlier erases not yet final, too
            if pending:
                erase.confirm(pending)
        except CoprodError as exc:
            tell(self.widget, _("Not everything was erased"), said(exc.message))
            return
        finally:
            self.env.undo.restore()
        self.last_message = count("Erased the personal data of {n} person, for good. The undo "
                                  "steps that held it went with it.",
                                  "Erased the personal data of {n} people, for good. The undo "
                                  "steps that held them went with it.", len(erased))
        tell(self.widget, _("Personal data erased"), self.last_message, problem=False)
