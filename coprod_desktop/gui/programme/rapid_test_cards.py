"""What a rapid test's card says, the same on the console board and the projector."""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.domain.rapid_tests import RapidTest, TestStage
from coprod_desktop.gui.programme.common import DECISION_COLOURS, STAGE_COLOURS
from coprod_desktop.i18n import N_, _


@dataclass(frozen=True)
class CardText:
    title: str
    detail: str
    badge: str  # "Adopted", "2nd try", ... or ""
    badge_colour: str
    stripe: str
    faded: bool  # abandoned tests stay on the board, quieter


def ordinal(n: int) -> str:
    """'2nd try': English ordinals are words of their own, so each is a message."""
    known = {1: N_("1st try"), 2: N_("2nd try"), 3: N_("3rd try")}
    return _(known[n]) if n in known else _("{n}th try").format(n=n)


def card_text(test: RapidTest) -> CardText:
    stage = test.stage
    if stage is TestStage.PLAN:
        plan = test.plan
        bits = [b for b in (plan.who, plan.when) if b.strip()]
        missing = plan.missing()
        detail = " · ".join(bits) if bits else _("Plan not written yet")
        if missing and bits:
            detail += _(" (still to say: {missing})").format(
                missing=", ".join(_(part) for part in missing))
    elif stage is TestStage.DO:
        detail = test.doing or test.plan.what or _("Being tried now")
        if test.plan.measure and not test.doing:
            detail = _("{what} · We'll know by: {measure}").format(
                what=test.plan.what, measure=test.plan.measure)
    elif stage is TestStage.STUDY:
        detail = (_("Learned: {learned}").format(
            learned=test.learned) if test.learned else
                  _("Happened: {happened}").format(
                      happened=test.happened) if test.happened else _("What happened?"))
    else:
        detail = test.decision_reason or (
            _("Learned: {learned}").format(learned=test.learned) if test.learned else "")
    badge, badge_colour = "", STAGE_COLOURS[stage.value]
    if test.decision is not None:
        badge, badge_colour = _(test.decision.label), DECISION_COLOURS[test.decision.value]
    elif test.cycle > 1:
        badge = ordinal(test.cycle)
    elif test.parent_id is not None:
        badge = _("Follow-on")
    return CardText(test.title, detail, badge, badge_colour, STAGE_COLOURS[stage.value],
                    test.abandoned)
