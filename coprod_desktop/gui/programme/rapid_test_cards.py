"""What a rapid test's card says, the same on the console board and the projector."""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.domain.rapid_tests import RapidTest, TestStage
from coprod_desktop.gui.programme.common import DECISION_COLOURS, STAGE_COLOURS


@dataclass(frozen=True)
class CardText:
    title: str
    detail: str
    badge: str  # "Adopted", "2nd try", ... or ""
    badge_colour: str
    stripe: str
    faded: bool  # abandoned tests stay on the board, quieter


def ordinal(n: int) -> str:
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(n, f"{n}th")


def card_text(test: RapidTest) -> CardText:
    stage = test.stage
    if stage is TestStage.PLAN:
        plan = test.plan
        bits = [b for b in (plan.who, plan.when) if b.strip()]
        missing = plan.missing()
        detail = " · ".join(bits) if bits else "Plan not written yet"
        if missing and bits:
            detail += f" (still to say: {', '.join(missing)})"
    elif stage is TestStage.DO:
        detail = test.doing or test.plan.what or "Being tried now"
        if test.plan.measure and not test.doing:
            detail = f"{test.plan.what} · We'll know by: {test.plan.measure}"
    elif stage is TestStage.STUDY:
        detail = (f"Learned: {test.learned}" if test.learned else
                  f"Happened: {test.happened}" if test.happened else "What happened?")
    else:
        detail = test.decision_reason or (f"Learned: {test.learned}" if test.learned else "")
    badge, badge_colour = "", STAGE_COLOURS[stage.value]
    if test.decision is not None:
        badge, badge_colour = test.decision.label, DECISION_COLOURS[test.decision.value]
    elif test.cycle > 1:
        badge = f"{ordinal(test.cycle)} try"
    elif test.parent_id is not None:
        badge = "Follow-on"
    return CardText(test.title, detail, badge, badge_colour, STAGE_COLOURS[stage.value],
                    test.abandoned)
