"""What the projector is showing, as the big screen on a phone follows it.

The console writes it whenever the facilitator changes the projector's view (which view is in
front, a black-out, a word explained, a vote's dots put up or away); the phones read it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProjectorShown:
    view: str = ""  # the projector's key for the view in front ("" before anything is shown)
    blank: bool = False  # blacked out: the room sees nothing
    term: str = ""  # the word explained on the jargon view, and what it means
    explanation: str = ""
    dots_round_id: int | None = None  # the closed vote whose results are up on the board

    @property
    def fields(self) -> dict[str, object]:
        return {"view": self.view, "blank": int(self.blank), "term": self.term,
                "explanation": self.explanation, "dots_round_id": self.dots_round_id}
