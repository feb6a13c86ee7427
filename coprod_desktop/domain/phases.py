"""The stages of the design process. Every activity belongs to one; each has a colour and a symbol."""

from __future__ import annotations

from enum import StrEnum


class Phase(StrEnum):
    WELCOME = "welcome"
    EMPATHY = "empathy"
    DEFINE = "define"
    IDEATION = "ideation"
    TESTING = "testing"
    CELEBRATION = "celebration"
    CLOSE = "close"

    @property
    def label(self) -> str:
        return _INFO[self][0]

    @property
    def colour(self) -> str:
        return _INFO[self][1]

    @property
    def icon(self) -> str:
        """File name (without extension) of the phase's icon in resources/icons."""
        return f"phase-{self.value}"

    @property
    def summary(self) -> str:
        return _INFO[self][2]


# Colours are dark enough to carry white text at 7:1 or more.
_INFO = {
    Phase.WELCOME: ("Welcome", "#1F4E79", "Arrive, say hello, agree how we work together"),
    Phase.EMPATHY: ("Understand", "#7A1F5C", "Listen to stories: what is it like, what is not working"),
    Phase.DEFINE: ("Focus", "#8A3B00", "Sort what we heard and choose what to work on"),
    Phase.IDEATION: ("Ideas", "#1E5631", "Come up with many ways to make it better"),
    Phase.TESTING: ("Try it", "#4B2C83", "Plan small real-life tests and look at how they went"),
    Phase.CELEBRATION: ("Celebrate", "#8B1A1A", "Notice what has changed and thank the people who did it"),
    Phase.CLOSE: ("Close", "#333333", "Agree actions, say how it went, go home"),
}
