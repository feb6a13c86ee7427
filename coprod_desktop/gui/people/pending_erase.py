"""The bar under an erased person who is not yet final: undo the erase, or make it final."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.formats import short_day
from coprod_desktop.gui.kit.ask import confirm, tell
from coprod_desktop.gui.people.widgets import plain
from coprod_desktop.i18n import _, count

if TYPE_CHECKING:  # the erase service loads when an erased person is first shown
    from coprod_desktop.domain.erasure import Erasure
    from coprod_desktop.services.erase import FinalReport


def final_words(report: FinalReport) -> str:
    backups = len(report.backups_removed)
    return (count("The erase is final. {n} undo step that held their details was deleted",
                  "The erase is final. {n} undo steps that held their details were deleted",
                  report.history_steps_removed)
            + (count(", and {n} copy made before an update", ", and {n} copies made before "
                     "updates", backups) if backups else "")
            + _(". The file has been rewritten so their details are gone from it."))


class PendingErase(QFrame):
    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingErase")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.env = env
        self.erasure: Erasure | None = None
        self.text = plain("")
        self.undo_button = QPushButton(_("Undo the erase"))
        self.undo_button.setObjectName("undoEraseButton")
        self.undo_button.clicked.connect(self.undo_erase)
        self.final_button = QPushButton(_("Make it final…"))
        self.final_button.setObjectName("finalEraseButton")
        self.final_button.clicked.connect(self.ask_final)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.final_button)
        self.report: FinalReport | None = None
        self.hide()

    def show_for(self, attendee_id: int | None) -> None:
        self.erasure = (self.env.services.erase.erasure_for(attendee_id)
                        if attendee_id is not None else None)
        if self.erasure is None:
            self.hide()
            return
        self.show()
        if self.erasure.final:
            self.text.setText(_("Erased for good on {day}. {summary}").format(
                day=short_day(self.erasure.confirmed_at.astimezone().date()),
                summary=self.erasure.summary))
        else:
            self.text.setText(_("Erased, but not final yet: you can still undo it. Make it final "
                                "when you are sure. {summary}").format(
                summary=self.erasure.summary))
        self.undo_button.setVisible(not self.erasure.final)
        self.final_button.setVisible(not self.erasure.final)

    def undo_erase(self) -> None:
        if self.erasure is None:
            return
        erasure_id, erase = self.erasure.id, self.env.services.erase
        if self.env.undo.run(lambda: erase.undo_erase(erasure_id)) is not None:
            self.env.undo.restore()  # the undo stack follows the file's history

    def ask_final(self) -> None:
        if self.erasure is None:
            return
        plan = self.env.services.erase.plan(self.erasure.attendee_id)
        backups = len(plan.backups)
        detail = (_("This cannot be undone. The undo history up to the last step that held their "
                  "details is deleted (later steps can still be undone), and the file is "
                  "rewritten so nothing of them is left in it.")
                  + (count(" {n} copy of this programme made before updates also holds their "
                           "details and will be deleted.", " {n} copies of this programme made "
                           "before updates also hold their details and will be deleted.", backups)
                     if backups else ""))
        confirm(self, _("Make the erase final"), _("Make this erase final?"), _("Make it final"),
                self.make_final, detail)

    def make_final(self) -> None:
        if self.erasure is None:
            return
        try:
            self.report = self.env.services.erase.confirm(self.erasure.id)
        except Exception as exc:  # a refusal or a busy file: say so, nothing is half done
            tell(self, _("The erase is not final yet"), getattr(exc, "message", str(exc)))
            return
        self.env.undo.restore()  # deleted undo steps leave the Edit menu
        tell(self, _("Erase made final"), final_words(self.report), problem=False)
        self.show_for(self.erasure.attendee_id if self.erasure else None)
