"""Method cards: a tried way of running one activity, and the tool it opens in the app."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coprod_desktop.domain.phases import Phase


class Tool(StrEnum):
    """What the console opens when an activity of this method runs."""

    BOARD = "board"
    ROUND = "round"
    STORIES = "stories"
    VOTE = "vote"
    ACTIONS = "actions"  # the Actions panel's review of what was agreed at earlier meetings
    POLL = "poll"  # a quick poll or word cloud from phones (the Polls panel)
    CHECKOUT = "checkout"  # the four check-out questions, phones or paper slips
    NONE = "none"

    @property
    def label(self) -> str:
        return {
            Tool.BOARD: "Sticky-note board",
            Tool.ROUND: "Equal-time round",
            Tool.STORIES: "Story queue",
            Tool.VOTE: "Dot voting",
            Tool.ACTIONS: "Action review",
            Tool.POLL: "Quick poll",
            Tool.CHECKOUT: "Check-out questions",
            Tool.NONE: "No tool",
        }[self]


@dataclass(frozen=True, slots=True)
class Method:
    id: str
    name: str
    phase: Phase
    purpose: str
    instructions: str  # shown on the projector: a few short lines
    notes: str  # for the facilitator only
    minutes: int
    group_size: str
    tool: Tool

    def matches(self, words: str) -> bool:
        """True if every word of a search appears somewhere in the card."""
        haystack = " ".join((self.name, self.purpose, self.instructions, self.notes,
                             self.group_size, self.phase.label, self.tool.label)).casefold()
        return all(word in haystack for word in words.casefold().split())


@dataclass(frozen=True, slots=True)
class TemplateStep:
    method: str
    minutes: int | None = None  # None: the method's own default
    title: str = ""  # "": the method's name


@dataclass(frozen=True, slots=True)
class Template:
    """A session plan: a kind of session, its usual length and its activities in order."""

    id: str
    name: str
    kind: str
    description: str
    minutes: int
    starts_at: str
    steps: tuple[TemplateStep, ...]
