"""Quick polls: made in seconds from the console (or planned on the agenda), answered from
phones, revealed by the facilitator. A word cloud can be made from the board's notes instead.

A phone's answer is not undoable from the console (it is someone else's); the facilitator's moves
are. Each phone has one answer per poll, changed in place while the poll is open.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from coprod_desktop.domain.errors import NotFoundError, ValidationError
from coprod_desktop.domain.poll_results import PollResults, board_results, results
from coprod_desktop.domain.polls import (
    PollKind,
    check_answer,
    check_poll,
    join_choices,
    join_words,
    split_words,
)
from coprod_desktop.domain.settings import HANDOUT_LANGUAGE
from coprod_desktop.domain.validate import text as valid_text
from coprod_desktop.domain.word_cloud import word_key
from coprod_desktop.i18n import N_
from coprod_desktop.library.stop_words import stop_words
from coprod_desktop.services.base import Service
from coprod_desktop.services.changes import ChangeSet
from coprod_desktop.services.phones import PHONE, PhoneService
from coprod_desktop.services.unit_of_work import UnitOfWork
from coprod_desktop.store.poll_reader import PollReader, Row

GONE = "That poll is no longer there."
LABEL_MAX = 40


class PollService(Service):
    @property
    def polls(self) -> PollReader:
        return self.ctx.reader.polls

    def results(self, poll_id: int, language: str | None = None) -> PollResults:
        """A poll's results: its answers, or for a cloud from the board its notes' words (the
        stop-words of `language` left out: the programme's language unless told)."""
        poll = self.polls.get(poll_id)
        if poll is None:
            raise NotFoundError(GONE)
        row = self._row(poll_id)
        if row["source"] == "board":
            notes = self.polls.board_words(poll.session_id, row["cluster_id"])
            chosen = language or self.read.setting(HANDOUT_LANGUAGE, "en")
            return board_results(poll, notes, stop_words(chosen))
        return results(poll, self.polls.answers(poll_id))

    def board_clusters(self, session_id: int) -> list[tuple[int, str]]:
        """The session's clusters (id, title) a cloud can be made from."""
        return [(r["id"], r["title"] or "") for r in self.ctx.db.query(
            "SELECT id, title FROM cluster WHERE session_id = ? ORDER BY id", [session_id])]

    def _row(self, poll_id: int) -> Row:
        row = self.polls.row(poll_id)
        if row is None:
            raise NotFoundError(GONE)
        return row

    # --- the console's side -----------------------------------------------------------------

    def create(self, session_id: int, kind: PollKind | str, question: str, *,
               options: Sequence[str] = (), low: int = 1, high: int = 5, low_label: str = "",
               high_label: str = "", activity_id: int | None = None,
               open_now: bool = True) -> ChangeSet:
        """A new poll; opened for phones at once unless `open_now` is False (planned ahead)."""
        kind = PollKind(kind)
        self.read.session(session_id)  # NotFoundError for a session that is gone
        clean, kept = check_poll(kind, question, options, low, high)
        ends = [valid_text(v, "The words at the end of the scale", LABEL_MAX, field="scale",
                           required=False) for v in (low_label, high_label)]
        now = self.ctx.now()
        with self.ctx.change(N_("New poll"), session_id=session_id) as unit:
            if open_now:
                self._close_others(unit, session_id)
            unit.new_id = unit.insert("poll", {
                "session_id": session_id, "activity_id": activity_id, "kind": kind.value,
                "question": clean, "options": join_words(kept),
                "low": low if kind is PollKind.SCALE else 1,
                "high": high if kind is PollKind.SCALE else 5,
                "low_label": ends[0] if kind is PollKind.SCALE else "",
                "high_label": ends[1] if kind is PollKind.SCALE else "",
                "created_at": now, "opened_at": now if open_now else None})
        return self.done(unit)

    def cloud_from_board(self, session_id: int, cluster_id: int | None = None,
                         question: str = "") -> ChangeSet:
        """A word cloud of the board's notes (the whole board or one cluster), for the room to
        see once revealed; stop-words are left out when it is drawn (domain/stop_words.py)."""
        self.read.session(session_id)
        title = question.strip() or "Words from the board"
        clean, _ = check_poll(PollKind.WORDS, title, (), 1, 5)
        with self.ctx.change(N_("Word cloud from the board"), session_id=session_id) as unit:
            unit.new_id = unit.insert("poll", {
                "session_id": session_id, "kind": PollKind.WORDS.value, "question": clean,
                "source": "board", "cluster_id": cluster_id, "created_at": self.ctx.now()})
        return self.done(unit)

    def _close_others(self, unit: UnitOfWork, session_id: int, keep: int | None = None) -> None:
        now = self.ctx.now()
        for row in list(self.ctx.db.query(
                "SELECT id FROM poll WHERE session_id = ? AND opened_at IS NOT NULL AND "
                "closed_at IS NULL", [session_id])):
            if row["id"] != keep:
                unit.update("poll", row["id"], closed_at=now)

    def open(self, poll_id: int) -> ChangeSet:
        """Open a poll to phones (another open poll in the session closes: one at a time)."""
        row = self._row(poll_id)
        if row["source"] != "phones":
            raise ValidationError(N_("A cloud from the board is not answered from phones."))
        with self.ctx.change(N_("Open a poll"), session_id=row["session_id"]) as unit:
            self._close_others(unit, row["session_id"], keep=poll_id)
            unit.update("poll", poll_id, opened_at=row["opened_at"] or self.ctx.now(),
                        closed_at=None)
        return self.done(unit)

    def close(self, poll_id: int) -> ChangeSet:
        row = self._row(poll_id)
        with self.ctx.change(N_("Close a poll"), session_id=row["session_id"]) as unit:
            unit.update("poll", poll_id, closed_at=self.ctx.now())
        return self.done(unit)

    def reveal(self, poll_id: int, shown: bool = True) -> ChangeSet:
        """Show the results to the room (projector, big screen, phones), or hide them again."""
        row = self._row(poll_id)
        with self.ctx.change(N_("Reveal poll results") if shown else N_("Hide poll results"),
                             session_id=row["session_id"]) as unit:
            unit.update("poll", poll_id, revealed_at=self.ctx.now() if shown else None)
        return self.done(unit)

    def hide_word(self, poll_id: int, word: str, hidden: bool = True) -> ChangeSet:
        """Leave a word out of the cloud (every spelling grouped with it), or put it back."""
        row = self._row(poll_id)
        key = word_key(word)
        if not key:
            raise ValidationError(N_("Choose a word to hide."))
        keys = [k for k in split_words(row["hidden_words"]) if k != key]
        if hidden:
            keys.append(key)
        with self.ctx.change(N_("Hide a word") if hidden else N_("Show a word again"),
                             session_id=row["session_id"]) as unit:
            unit.update("poll", poll_id, hidden_words=join_words(keys))
        return self.done(unit)

    def delete(self, poll_id: int) -> ChangeSet:
        row = self._row(poll_id)
        with self.ctx.change(N_("Delete a poll"), session_id=row["session_id"]) as unit:
            for answer in list(self.ctx.db.query("SELECT id FROM poll_answer WHERE poll_id = ?",
                                                 [poll_id])):
                unit.delete("poll_answer", answer["id"])
            unit.delete("poll", poll_id)
        return self.done(unit)

    # --- from a phone -----------------------------------------------------------------------

    def answer(self, device_token: str, poll_id: int, *, value: int | None = None,
               choices: Iterable[int] = (), words: Iterable[str] = ()) -> ChangeSet:
        """This phone's answer; answering again replaces the earlier one."""
        here = PhoneService(self.ctx).here(device_token)
        poll = self.polls.get(poll_id)
        if poll is None or poll.session_id != here.room.session_id:
            raise ValidationError(N_("That poll is not open just now."))
        answer = check_answer(poll, value=value, choices=choices, words=words)
        who = here.device.attendee_id
        earlier = self.polls.answer_of(poll_id, who)
        fields = {"value": answer.value, "choices": join_choices(answer.choices),
                  "words": join_words(answer.words), "answered_at": self.ctx.now()}
        with self.ctx.change(N_("Answer a poll"), initiator=PHONE, undoable=False,
                             session_id=poll.session_id) as unit:
            if earlier is None:
                unit.new_id = unit.insert("poll_answer", {"poll_id": poll_id,
                                                          "attendee_id": who, **fields})
            else:
                unit.update("poll_answer", earlier[0], **fields)
        return self.done(unit)
