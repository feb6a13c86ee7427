"""A poll planned on the agenda, in words for the handout's list of activities.

Printed for a poll still only planned, or one whose results were shown to the room: a poll that
ran and was never revealed stays in the room (its question too), as everywhere else.
"""

from __future__ import annotations

from coprod_desktop.domain.polls import Poll, PollKind
from coprod_desktop.i18n import _, number


def printable(poll: Poll | None) -> Poll | None:
    if poll is None or (poll.opened_at is not None and not poll.revealed):
        return None
    return poll


def poll_line(poll: Poll) -> str:
    """'Quick poll: How clear was today? (a scale from 0 to 10; 0: Not at all, 10: Completely)'."""
    if poll.kind is PollKind.SCALE:
        detail = _("a scale from {low} to {high}").format(low=number(poll.low),
                                                          high=number(poll.high))
        ends = [_("{point}: {words}").format(point=number(point), words=words)
                for point, words in ((poll.low, poll.low_label), (poll.high, poll.high_label))
                if words]
        if ends:
            detail = "; ".join([detail, ", ".join(ends)])
    elif poll.kind is PollKind.SINGLE:
        detail = _("choose one: {options}").format(options=" · ".join(poll.options))
    elif poll.kind is PollKind.MULTIPLE:
        detail = _("choose any: {options}").format(options=" · ".join(poll.options))
    else:
        detail = _("a word cloud, up to three words each")
    return _("Quick poll: {question} ({detail})").format(question=poll.question, detail=detail)
