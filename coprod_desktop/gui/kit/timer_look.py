"""The countdown's colours and words on the projector, shared by the agenda's timer and the
equal-time round and story timers (moved from gui/agenda/projector_view.py, issue 15).

Dark: near-black with white type; light: black on white, like ui/projector-light.qss. The
warning and overtime boxes are the same in both, 7.5:1 or more.
"""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.facilitation.countdown import Stage
from coprod_desktop.i18n import N_

BACKGROUND = "#0E1116"
TEXT = "#FFFFFF"
SOFT_TEXT = "#D7DCE2"
# (box background, digits) for each stage of the countdown.
BOX = {
    Stage.NOT_STARTED: ("#262C35", "#FFFFFF"),
    Stage.NORMAL: ("#262C35", "#FFFFFF"),
    Stage.WARNING: ("#FFB000", "#111111"),
    Stage.OVERTIME: ("#A61B1B", "#FFFFFF"),  # 7.5:1, the projector's minimum
}
STAGE_WORDS = {Stage.NOT_STARTED: N_("Starting soon"), Stage.NORMAL: N_("Time left"),
               Stage.WARNING: N_("Nearly time"), Stage.OVERTIME: N_("Over time")}


@dataclass(frozen=True)
class Look:
    background: str
    text: str
    soft_text: str
    box: dict[Stage, tuple[str, str]]


DARK = Look(BACKGROUND, TEXT, SOFT_TEXT, BOX)
LIGHT = Look("#FFFFFF", "#000000", "#333333", {  # black on white, like ui/projector-light.qss
    Stage.NOT_STARTED: ("#E4E7EB", "#111111"),
    Stage.NORMAL: ("#E4E7EB", "#111111"),
    Stage.WARNING: BOX[Stage.WARNING],
    Stage.OVERTIME: BOX[Stage.OVERTIME],
})
LOOKS = {"dark": DARK, "light": LIGHT}
