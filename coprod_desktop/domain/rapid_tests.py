"""Rapid tests: try an idea for real, in small steps (plan, do, study, act), and decide."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from coprod_desktop.domain.said import Said, Value, ours
from coprod_desktop.i18n import N_


class TestStage(StrEnum):
    __test__ = False  # not a pytest class

    PLAN = "plan"
    DO = "do"
    STUDY = "study"
    ACT = "act"

    @property
    def label(self) -> str:
        return {"plan": "Plan", "do": "Do", "study": "Study", "act": "Act"}[self.value]

    @property
    def question(self) -> str:
        return {
            "plan": "What will we try, who, where, when, and how will we know?",
            "do": "We are trying it now.",
            "study": "What happened, and what did we learn?",
            "act": "Adopt it, adapt it, or abandon it?",
        }[self.value]

    @property
    def next(self) -> TestStage | None:
        order = list(TestStage)
        i = order.index(self)
        return order[i + 1] if i + 1 < len(order) else None

    @property
    def previous(self) -> TestStage | None:
        order = list(TestStage)
        i = order.index(self)
        return order[i - 1] if i > 0 else None


class Decision(StrEnum):
    ADOPT = "adopt"
    ADAPT = "adapt"
    ABANDON = "abandon"

    @property
    def label(self) -> str:
        return {"adopt": "Adopted", "adapt": "Adapted", "abandon": "Abandoned"}[self.value]

    @property
    def verb(self) -> str:
        return {"adopt": "Adopt", "adapt": "Adapt", "abandon": "Abandon"}[self.value]


class TestEventKind(StrEnum):
    __test__ = False

    CREATED = "created"
    ADVANCED = "advanced"
    STEPPED_BACK = "stepped_back"
    DECIDED = "decided"
    REOPENED = "reopened"
    REVIEWED = "reviewed"


@dataclass(frozen=True, slots=True)
class TestPlan:
    __test__ = False

    what: str = ""
    who: str = ""
    where: str = ""
    when: str = ""
    measure: str = ""  # how we will know it made a difference

    def missing(self) -> list[str]:
        """The parts of the plan still empty that a test needs before it starts."""
        names = {"what": N_("what we will try"), "who": N_("who"), "when": N_("when"),
                 "measure": N_("how we will know")}
        return [label for key, label in names.items() if not getattr(self, key).strip()]


@dataclass(frozen=True, slots=True)
class RapidTest:
    __test__ = False

    id: int
    title: str
    stage: TestStage
    plan: TestPlan
    doing: str  # notes while the test runs
    happened: str
    learned: str
    decision: Decision | None
    decision_reason: str
    cycle: int  # 1, then 2 after a reopen, ...
    idea_note_id: int | None
    idea_text: str
    parent_id: int | None  # the test this one adapts
    created_session_id: int | None
    created_at: datetime
    updated_at: datetime

    @property
    def decided(self) -> bool:
        return self.stage is TestStage.ACT and self.decision is not None

    @property
    def abandoned(self) -> bool:
        return self.decision is Decision.ABANDON

    def missing_to_advance(self) -> list[str]:
        """What has to be written before the test can move to its next stage."""
        if self.stage is TestStage.PLAN:
            return self.plan.missing()
        if self.stage is TestStage.STUDY:
            return [label for label, value in ((N_("what happened"), self.happened),
                                               (N_("what we learned"), self.learned))
                    if not value.strip()]
        return []


@dataclass(frozen=True, slots=True)
class TestEvent:
    __test__ = False

    id: int
    test_id: int
    meeting_id: int | None
    kind: TestEventKind
    stage: TestStage
    detail: str
    created_at: datetime
    meeting_on: date | None = None


def still_to_write(keys: tuple[str, str, str, str], missing: list[str],
                   **params: Value) -> Said:
    """A refusal naming the parts still to write (`missing`, from `missing_to_advance`), by
    how many there are: `keys` hold the message for one, two, three and four parts (placeholders
    %(a)s … %(d)s), so each language joins its own list; the parts are words of ours."""
    names = dict(zip("abcd", (ours(m) for m in missing), strict=False))
    return Said.of(keys[min(len(missing), 4) - 1], **params, **names)
