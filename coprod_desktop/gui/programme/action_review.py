"""The "review actions" list for one meeting: open actions carried forward, overdue ones first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.actions import ActionStatus
from coprod_desktop.domain.errors import NotFoundError
from coprod_desktop.facilitation.action_review import ReviewItem
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.formats import weekday_day_month
from coprod_desktop.gui.kit.said_text import said
from coprod_desktop.gui.programme.common import DONE, FACILITATOR, OVERDUE, plain_label
from coprod_desktop.i18n import _, number
from coprod_desktop.services.programme_report import meeting_review


class ReviewRow(QFrame):
    """One action in the review: what, who, due, flags, and what the meeting decides."""

    def __init__(self, env: GuiEnv, meeting_id: int, item: ReviewItem) -> None:
        super().__init__()
        self.setObjectName("reviewRow")
        self.env, self.meeting_id, self.item = env, meeting_id, item
        action = item.action
        stripe = OVERDUE if item.overdue else FACILITATOR
        if item.outcome_here is not None:
            stripe = DONE
        self.setStyleSheet(f"QFrame#reviewRow {{ border: 1px solid palette(mid); "
                           f"border-left: 7px solid {stripe}; border-radius: 4px; }}")
        self.what = plain_label(action.what, "reviewWhat")
        self.what.setStyleSheet("font-size: 15px; font-weight: bold; border: none;")
        due = (_("due {day}").format(day=weekday_day_month(action.due)) if action.due
               else _("no date"))
        self.who = plain_label(f"{said(action.owner.label)} · {due}", "reviewWho")
        self.who.setStyleSheet("border: none;")
        flags = item.flags
        if item.outcome_here is not None:
            flags = [_("{label} at this meeting").format(label=_(item.outcome_here.label)), *flags]
        self.flags = plain_label(" · ".join(flags), "reviewFlags")
        colour = DONE if item.outcome_here is not None else OVERDUE
        self.flags.setStyleSheet(f"color: {colour}; font-weight: bold; border: none;")
        self.flags.setVisible(bool(flags))
        text = QVBoxLayout()
        text.addWidget(self.what)
        text.addWidget(self.who)
        text.addWidget(self.flags)
        self.done_button = QPushButton(_("Done"))
        self.carry_button = QPushButton(_("Carry forward"))
        self.drop_button = QPushButton(_("Drop"))
        for button, name in ((self.done_button, "reviewDone"), (self.carry_button, "reviewCarry"),
                             (self.drop_button, "reviewDrop")):
            button.setObjectName(name)
            button.setEnabled(item.outcome_here is None and action.status is ActionStatus.OPEN)
        self.done_button.clicked.connect(lambda: self._status(ActionStatus.DONE))
        self.drop_button.clicked.connect(lambda: self._status(ActionStatus.DROPPED))
        self.carry_button.clicked.connect(self._carry)
        row = QHBoxLayout(self)
        row.addLayout(text, 1)
        for button in (self.done_button, self.carry_button, self.drop_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)

    def _status(self, status: ActionStatus) -> None:
        aid, mid = self.item.action.id, self.meeting_id
        self.env.undo.run(lambda: self.env.services.actions.set_status(aid, status, meeting_id=mid))

    def _carry(self) -> None:
        aid, mid = self.item.action.id, self.meeting_id
        self.env.undo.run(lambda: self.env.services.actions.carry_forward([aid], mid))


class ActionReviewList(QWidget):
    """Lists `meeting_review` for the chosen meeting; refreshed by its panel."""

    carried_all = Signal()

    def __init__(self, env: GuiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionReview")
        self.env = env
        self.meeting_id: int | None = None
        self.items: list[ReviewItem] = []
        self.rows: list[ReviewRow] = []
        self.heading = plain_label("", "reviewHeading")
        self.heading.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.hint = plain_label("", "emptyHint")
        self.carry_all = QPushButton(_("Carry the rest forward"))
        self.carry_all.setObjectName("carryAll")
        self.carry_all.clicked.connect(self._carry_rest)
        self.body = QWidget()
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.carry_all)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        while self.column.count():
            self.column.takeAt(0)
        self.items = []
        meeting = None
        if self.meeting_id is not None:
            try:
                meeting = self.env.services.read.session(self.meeting_id)
            except NotFoundError:
                self.meeting_id = None
        if meeting is None:
            self.heading.setText(_("Review actions"))
            self.hint.setText(_("Choose a meeting to see the actions it should look at."))
            self.hint.show()
            self.carry_all.setEnabled(False)
            return
        self.items = meeting_review(self.env.services.ctx.db, meeting.id)
        late = sum(1 for i in self.items if i.overdue)
        self.heading.setText(_("Review actions at ‘{title}’: {n} to look at").format(
            title=meeting.title, n=number(len(self.items)))
            + (_(", {late} overdue").format(late=number(late)) if late else ""))
        self.hint.setText(_("No actions from earlier meetings are waiting.") if not self.items else
                          _("Open actions from earlier meetings, overdue first. "
                          "Decide each one: done, carry forward, or drop."))
        self.hint.show()
        for item in self.items:
            row = ReviewRow(self.env, meeting.id, item)
            self.rows.append(row)
            self.column.addWidget(row)
        self.column.addStretch(1)
        self.carry_all.setEnabled(any(self._undecided()))

    def _undecided(self) -> list[int]:
        return [i.action.id for i in self.items
                if i.outcome_here is None and i.action.status is ActionStatus.OPEN]

    def _carry_rest(self) -> None:
        ids, mid = self._undecided(), self.meeting_id
        if ids and mid is not None:
            self.env.undo.run(lambda: self.env.services.actions.carry_forward(ids, mid))
            self.carried_all.emit()
