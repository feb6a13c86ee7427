"""A poll's results as everyone outside the console sees them: bars or the cloud's words.

The same record feeds the projector, the big screen on a phone, the handout and the exports, so
they never disagree. Hidden words stay out everywhere; stop-words only matter for a cloud made
from the board's notes (people answering a poll choose their words on purpose).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coprod_desktop.domain.polls import Answer, Bar, Poll, PollKind, bars, scale_average
from coprod_desktop.domain.word_cloud import CloudWord, group_words

WORDS_LISTED = 30  # the most words a phone, the handout or an export lists


@dataclass(frozen=True, slots=True)
class PollResults:
    poll: Poll
    answers: int  # phones that answered (for a board cloud: notes read)
    bars: tuple[Bar, ...] = ()
    words: tuple[CloudWord, ...] = ()
    average: float | None = None

    @property
    def kind(self) -> PollKind:
        return self.poll.kind

    @property
    def top_count(self) -> int:
        counts = [b.count for b in self.bars] + [w.count for w in self.words]
        return max(counts, default=0)


def results(poll: Poll, answers: Sequence[Answer]) -> PollResults:
    """Results of a poll answered from phones."""
    if poll.kind is PollKind.WORDS:
        words = [w for a in answers for w in a.words]
        return PollResults(poll, len(answers), words=tuple(group_words(words, poll.hidden_words)))
    average = scale_average(poll, answers) if poll.kind is PollKind.SCALE else None
    return PollResults(poll, len(answers), bars=tuple(bars(poll, answers)), average=average)


def board_results(poll: Poll, notes: Iterable[str], stop: Iterable[str]) -> PollResults:
    """A cloud of the words on the board's notes, stop-words and hidden words left out."""
    texts = list(notes)
    words = [w for text in texts for w in text.split()]
    grouped = group_words(words, poll.hidden_words, stop=stop)
    return PollResults(poll, len(texts), words=tuple(grouped))
