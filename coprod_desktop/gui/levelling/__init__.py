"""Power levelling on the console and the projector: rounds, speakers, hands, balance, stories.

Each panel makes and registers its own projector view: the round (`levelling.round`), the story
turn (`levelling.story`) and the balance chart (`levelling.balance`).
"""

from __future__ import annotations

from coprod_desktop.gui.levelling.balance_panel import BalancePanel
from coprod_desktop.gui.levelling.discussion_panel import DiscussionPanel
from coprod_desktop.gui.levelling.hands_panel import HandsPanel
from coprod_desktop.gui.levelling.round_panel import RoundPanel
from coprod_desktop.gui.levelling.speakers_panel import SpeakersPanel
from coprod_desktop.gui.levelling.story_panel import StoryPanel

# The console's tabs: rounds, open discussion (speakers, hands and balance together), stories.
PANELS = (RoundPanel, DiscussionPanel, StoryPanel)

__all__ = ["PANELS", "BalancePanel", "DiscussionPanel", "HandsPanel", "RoundPanel",
           "SpeakersPanel", "StoryPanel"]
