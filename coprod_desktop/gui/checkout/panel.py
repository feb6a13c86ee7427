"""Console panel "Check-out": the end-of-session questions, their results, and paper slips.

Phones answer under "Check-out". A paper slip is typed in here: its group (or "Not said") and
its four answers; a typing slip can be undone. The console shows true counts (only the
facilitator sees it); the projector hides any side of the room with fewer than 3 check-outs.
"Add to the agenda" puts the check-out at the end of the session's plan in one click.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.checkout import KEYS, NO, PARTLY, YES, CheckoutSummary, Side, summarise
from coprod_desktop.domain.errors import CoprodError
from coprod_desktop.domain.groups import Group
from coprod_desktop.gui.checkout.projector_view import VIEW_KEY, CheckoutProjectorView
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.kit.panel_contract import PanelHooks
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.gui.listen import listen
from coprod_desktop.i18n import N_, _, count, current
from coprod_desktop.services import ChangeSet
from coprod_desktop.services.checkout_step import CHECKOUT_METHOD

TOOL = "checkout"
WATCHED = ("checkout_answer", "session", "activity")


class CheckoutPanel(QWidget):
    title = N_("Check-out")

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.session_id: int | None = None
        self.summary: CheckoutSummary | None = None
        self.view = CheckoutProjectorView()
        env.projector.add_view(VIEW_KEY, self.view)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.agenda_button = QPushButton(self)
        self.results = QLabel(self)
        self.results.setWordWrap(True)
        self.results.setTextFormat(Qt.TextFormat.PlainText)
        self.results.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.slip_heading = QLabel(self)
        self.group = QComboBox(self)
        self.answers = {key: QComboBox(self) for key in KEYS}
        self.labels = {key: QLabel(self) for key in KEYS}
        self.group_label = QLabel(self)
        self.add_button = QPushButton(self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #D9463B; font-weight: bold;")
        self.projector_button = QPushButton(self)
        form = QFormLayout()
        form.addRow(self.group_label, self.group)
        for key in KEYS:
            self.labels[key].setBuddy(self.answers[key])
            form.addRow(self.labels[key], self.answers[key])
        self.group_label.setBuddy(self.group)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.projector_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.agenda_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.results, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.slip_heading)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.group.addItem("", "")
        for group in Group:
            self.group.addItem("", group.value)
        for combo in self.answers.values():
            for value in (None, YES, PARTLY, NO):
                combo.addItem("", value)
        self.add_button.clicked.connect(self.add_slip)
        self.agenda_button.clicked.connect(self.add_to_agenda)
        self.projector_button.clicked.connect(self.project)
        listen(self, env.services, self._on_change)
        self.retranslate()
        self.refresh()

    def statements(self) -> dict[str, str]:
        return {"listened": _("I felt listened to"),
                "could_say": _("I could say what I wanted to"),
                "understood": _("I understood the words people used"),
                "come_again": _("I would come again")}

    def retranslate(self) -> None:
        self.title = _("Check-out")
        self.intro.setText(_(
            "Four questions at the end of the session, answered on phones (“Check-out”) or on "
            "paper slips you type in below. Nobody's name is kept with their answers."))
        self._agenda_button()
        self.slip_heading.setText(_("Type in a paper slip"))
        self.group_label.setText(_("&Group"))
        groups = {Group.PARENT_CARER: _("Parent or carer"),
                  Group.YOUNG_PERSON: _("Young person"), Group.STAFF: _("Staff"),
                  Group.VOLUNTARY: _("Voluntary sector"), Group.OTHER: _("Other")}
        self.group.setItemText(0, _("Not said"))
        for n, group in enumerate(Group, start=1):
            self.group.setItemText(n, groups[group])
        words = [_("Left blank"), _("Yes"), _("Partly"), _("No")]
        for key, text in self.statements().items():
            self.labels[key].setText(text)
            for n, word in enumerate(words):
                self.answers[key].setItemText(n, word)
        self.add_button.setText(_("Add &slip"))
        self.projector_button.setText(_("Show on &projector"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def project(self) -> str:
        self.env.projector.show_view(VIEW_KEY)
        return VIEW_KEY

    def hooks(self) -> PanelHooks:
        return PanelHooks(tools=(TOOL,), project=self.project)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.refresh()

    def _on_change(self, change: ChangeSet) -> None:
        if change.touches(*WATCHED):
            self.refresh()

    def refresh(self) -> None:
        # Through the reader: the check-out service (and the phone, note and vote services it
        # stands on) is imported only when a slip is typed in (issue 18).
        self.summary = (summarise(self.env.services.read.checkout.answers(self.session_id))
                        if self.session_id is not None else None)
        self._agenda_button()
        self._show()

    def _agenda_button(self) -> None:
        """Offered only while the session's agenda has no check-out in it."""
        there = self.session_id is not None and any(
            a.method == CHECKOUT_METHOD for a in self.env.services.read.activities(self.session_id))
        self.agenda_button.setEnabled(self.session_id is not None and not there)
        self.agenda_button.setText(_("The check-out is on the agenda") if there
                                   else _("Add the check-out to the end of the &agenda"))

    def _show(self) -> None:
        self.view.show_summary(self.summary, self.statements())
        if self.summary is None or not self.summary.total:
            self.results.setText(_("No check-outs yet for this session."))
            return
        lines = [count("{n} check-out", "{n} check-outs", self.summary.total)]
        for side in (Side.PARENTS, Side.STAFF, Side.OTHERS):
            people = self.summary.people[side]
            if not people:
                continue
            sides = {Side.PARENTS: _("Parents and carers"), Side.STAFF: _("Staff"),
                     Side.OTHERS: _("Everyone else")}
            lines.append(f"{sides[side]} ({people})")
            for key, text in self.statements().items():
                t = self.summary.tallies[side][key]
                lines.append("  " + _("{question}: Yes {yes} · Partly {partly} · No {no}")
                             .format(question=text, yes=t.yes, partly=t.partly, no=t.no))
        self.results.setText("\n".join(lines))

    def add_slip(self) -> None:
        if self.session_id is None:
            return
        session = self.session_id
        group = str(self.group.currentData() or "")
        values = {key: ("" if combo.currentData() is None else str(combo.currentData()))
                  for key, combo in self.answers.items()}
        self.problem.setText("")

        def failed(error: CoprodError) -> None:
            self.problem.setText(said(error.message))

        done = self.env.undo.run(lambda: self.env.services.checkout.enter_slip(
            session, group, values), on_error=failed)
        if done is not None:
            for combo in self.answers.values():
                combo.setCurrentIndex(0)
            self.group.setFocus()

    def add_to_agenda(self) -> None:
        if self.session_id is not None:
            session = self.session_id
            self.env.undo.run(lambda: self.env.services.checkout.add_to_agenda(
                session, language=current()))
