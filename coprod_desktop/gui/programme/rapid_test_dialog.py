"""Write on a rapid test (plan, do, study), decide about it, and see its history."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.domain.limits import TITLE_MAX, VENUE_MAX
from coprod_desktop.domain.rapid_tests import Decision, TestEvent, TestEventKind, TestPlan
from coprod_desktop.gui.env import GuiEnv
from coprod_desktop.gui.formats import day_month
from coprod_desktop.gui.programme.common import (
    error_line,
    lay_out_dialog,
    plain_label,
    run_showing_errors,
)
from coprod_desktop.i18n import _
from coprod_desktop.services import ChangeSet


def _area(text: str, height: int = 64) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setFixedHeight(height)
    return edit


def _line(text: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setMaxLength(VENUE_MAX)
    edit.setPlaceholderText(placeholder)
    return edit


def event_text(event: TestEvent, meetings: dict[int, str]) -> str:
    where = meetings.get(event.meeting_id or -1, "")
    when = day_month(event.meeting_on) if event.meeting_on else day_month(event.created_at.date())
    what = {
        TestEventKind.CREATED: _("Started as an idea"),
        TestEventKind.ADVANCED: _("Moved on to {label}").format(label=_(event.stage.label)),
        TestEventKind.STEPPED_BACK: _("Went back to {label}").format(label=_(event.stage.label)),
        TestEventKind.DECIDED: _("Decided: {label}").format(
            label=_(Decision(event.detail).label)) if event.detail
        else _("Decided"),
        TestEventKind.REOPENED: _("Reopened for another try"),
        TestEventKind.REVIEWED: _("Looked at"),
    }[event.kind]
    if event.kind is TestEventKind.REOPENED and event.detail:
        earlier = json.loads(event.detail)
        decided = _(Decision(earlier["decision"]).label).lower()
        what += (_(" (last time: {decision}; learned: {learned})").format(
            decision=decided, learned=earlier["learned"]) if earlier.get("learned") else
            _(" (last time: {decision})").format(decision=decided))
    elif event.kind is TestEventKind.REVIEWED and event.detail:
        what += f": {event.detail}"
    return f"{when}{' at ' + where if where else ''}: {what}"


class TestDialog(QDialog):
    """New test (test_id None) or edit one."""

    __test__ = False

    def __init__(self, env: GuiEnv, test_id: int | None = None, *,
                 session_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env, self.test_id, self.session_id = env, test_id, session_id
        plan = env.services.rapid_tests.plan
        test = plan.rapid_test(test_id) if test_id else None
        self.setWindowTitle(_("Test: {title}").format(title=test.title) if test else _("New rapid test"))
        p = test.plan if test else TestPlan()
        self.name = QLineEdit(test.title if test else "")
        self.name.setObjectName("testTitle")
        self.name.setMaxLength(TITLE_MAX)
        self.name.setPlaceholderText(_("The idea in a few words"))
        self.what = _area(p.what)
        self.who = _line(p.who, _("Who will do it"))
        self.where = _line(p.where, _("Where"))
        self.when = _line(p.when, _("When, such as: the first two weeks of November"))
        self.measure = _area(p.measure)
        self.doing = _area(test.doing if test else "")
        self.happened = _area(test.happened if test else "")
        self.learned = _area(test.learned if test else "")
        self.history = QListWidget()
        self.history.setObjectName("testHistory")
        if test:
            meetings = {s.id: s.title for s in env.services.read.sessions()}
            for event in plan.test_events(test.id):
                self.history.addItem(event_text(event, meetings))
        self.message = error_line()
        form = QFormLayout()
        form.addRow(_("Idea"), self.name)
        if test and test.idea_text and test.idea_text != test.title:
            form.addRow("", plain_label(_("From: “{idea_text}”").format(idea_text=test.idea_text)))
        planning = QGroupBox(_("Plan"))
        pf = QFormLayout(planning)
        pf.addRow(_("What we will try"), self.what)
        pf.addRow(_("Who"), self.who)
        pf.addRow(_("Where"), self.where)
        pf.addRow(_("When"), self.when)
        pf.addRow(_("How we will know"), self.measure)
        doing = QGroupBox(_("Do and study"))
        df = QFormLayout(doing)
        df.addRow(_("What we are doing"), self.doing)
        df.addRow(_("What happened"), self.happened)
        df.addRow(_("What we learned"), self.learned)
        parts: list[QWidget | QLayout] = [form, planning, doing]
        if test:
            parts += [plain_label(_("History")), self.history]
        lay_out_dialog(self, parts, self.message, self.save)
        self.resize(640, self.sizeHint().height())

    def plan(self) -> TestPlan:
        return TestPlan(self.what.toPlainText(), self.who.text(), self.where.text(),
                        self.when.text(), self.measure.toPlainText())

    def save(self) -> None:
        tests = self.env.services.rapid_tests

        def apply() -> ChangeSet:
            if self.test_id is None:
                return tests.add_test(self.name.text(), plan=self.plan(),
                                      session_id=self.session_id)
            return tests.edit_test(self.test_id, title=self.name.text(), plan=self.plan(),
                                   doing=self.doing.toPlainText(),
                                   happened=self.happened.toPlainText(),
                                   learned=self.learned.toPlainText())

        if run_showing_errors(self.env, self.message, apply) is not None:
            self.accept()


class DecideDialog(QDialog):
    """Adopt, adapt or abandon, with a reason."""

    def __init__(self, env: GuiEnv, test_id: int, *, meeting_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env, self.test_id, self.meeting_id = env, test_id, meeting_id
        test = env.services.rapid_tests.plan.rapid_test(test_id)
        self.setWindowTitle(_("Decide: {title}").format(title=test.title))
        self.choices: dict[Decision, QRadioButton] = {}
        group = QButtonGroup(self)
        column = QVBoxLayout()
        for decision, text in ((Decision.ADOPT, _("Adopt: keep doing it")),
                               (Decision.ADAPT, _("Adapt: change it and try again")),
                               (Decision.ABANDON, _("Abandon: stop (it can be reopened later)"))):
            button = QRadioButton(text)
            button.setObjectName(f"decide_{decision.value}")
            group.addButton(button)
            column.addWidget(button)
            self.choices[decision] = button
        self.choices[Decision.ADOPT].setChecked(True)
        self.follow_on = QCheckBox(_("Start the changed version as a new test"))
        self.follow_on.setChecked(True)
        self.choices[Decision.ADAPT].toggled.connect(self.follow_on.setEnabled)
        self.follow_on.setEnabled(False)
        column.addWidget(self.follow_on)
        self.reason = _area("")
        self.reason.setPlaceholderText(_("Why (optional)"))
        self.message = error_line()
        lay_out_dialog(self, [plain_label(test.title), column, self.reason], self.message, self.save,
                       QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

    def decision(self) -> Decision:
        return next(d for d, b in self.choices.items() if b.isChecked())

    def save(self) -> None:
        tests = self.env.services.rapid_tests
        choice, reason = self.decision(), self.reason.toPlainText()
        done = run_showing_errors(self.env, self.message, lambda: tests.decide(
            self.test_id, choice, reason=reason, meeting_id=self.meeting_id,
            follow_on=self.follow_on.isChecked()))
        if done is not None:
            self.accept()
