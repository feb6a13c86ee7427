"""The one way in for reads: every reader of the file, bundled over one connection.

`Readers(db)` is the general `Reader` (programme, sessions, people, notes…) and carries each
subject's reader as an attribute made on first use, all over the same connection: so inside
`with readers.snapshot():` every one of them sees the same state of the file. The services hold
one over the write connection (`services.read`), the phone server one per thread over its
read-only connection, and an export one over its own snapshot (`Readers.open(path)`). Each
subject's module is imported when its reader is first made (issue 18: a programme opens without
loading the readers of panels nobody has looked at).

Reads never go round this: the GUI reaches it through `services.read`, never `store` itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from coprod_desktop.store.reader import Reader
from coprod_desktop.store.snapshot import open_read_only, read_snapshot

if TYPE_CHECKING:
    from coprod_desktop.domain.glossary import Glossary
    from coprod_desktop.domain.jargon import JargonMatcher
    from coprod_desktop.domain.jargon_uses import TermUse
    from coprod_desktop.store.agenda_reader import AgendaReader
    from coprod_desktop.store.board_reader import BoardReader
    from coprod_desktop.store.checkout_reader import CheckoutReader
    from coprod_desktop.store.export_reader import ExportReader
    from coprod_desktop.store.invitations_reader import InvitationsReader
    from coprod_desktop.store.levelling_reader import LevellingReader
    from coprod_desktop.store.outcomes_reader import OutcomesReader
    from coprod_desktop.store.payments_reader import PaymentsReader
    from coprod_desktop.store.people_reader import PeopleReader
    from coprod_desktop.store.phone_reader import PhoneReader
    from coprod_desktop.store.phone_story_reader import PhoneStoryReader
    from coprod_desktop.store.poll_reader import PollReader
    from coprod_desktop.store.privacy_reader import PrivacyReader
    from coprod_desktop.store.programme_reader import ProgrammeReader
    from coprod_desktop.store.projector_view_reader import ProjectorViewReader
    from coprod_desktop.store.reach_reader import ReachReader
    from coprod_desktop.store.room_question_reader import RoomQuestionReader

__all__ = ["Readers"]


class Readers(Reader):
    """Every reader over one connection (see the module's note)."""

    @classmethod
    def open(cls, path: Path) -> Readers:
        """Readers over a new read-only connection to `path` (close it with `close()`)."""
        return cls(open_read_only(path))

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def snapshot(self) -> Iterator[Readers]:
        """Hold every read in the block to one state of the file (nested blocks share it)."""
        with read_snapshot(self.db):
            yield self

    @cached_property
    def agenda(self) -> AgendaReader:
        from coprod_desktop.store.agenda_reader import AgendaReader

        return AgendaReader(self.db)

    @cached_property
    def board(self) -> BoardReader:
        from coprod_desktop.store.board_reader import BoardReader

        return BoardReader(self.db)

    @cached_property
    def checkout(self) -> CheckoutReader:
        from coprod_desktop.store.checkout_reader import CheckoutReader

        return CheckoutReader(self.db)

    @cached_property
    def exports(self) -> ExportReader:
        from coprod_desktop.store.export_reader import ExportReader

        return ExportReader(self.db)

    @cached_property
    def invitations(self) -> InvitationsReader:
        from coprod_desktop.store.invitations_reader import InvitationsReader

        return InvitationsReader(self.db)

    @cached_property
    def levelling(self) -> LevellingReader:
        from coprod_desktop.store.levelling_reader import LevellingReader

        return LevellingReader(self.db)

    @cached_property
    def outcomes(self) -> OutcomesReader:
        from coprod_desktop.store.outcomes_reader import OutcomesReader

        return OutcomesReader(self.db)

    @cached_property
    def payments(self) -> PaymentsReader:
        from coprod_desktop.store.payments_reader import PaymentsReader

        return PaymentsReader(self.db)

    @cached_property
    def people(self) -> PeopleReader:
        from coprod_desktop.store.people_reader import PeopleReader

        return PeopleReader(self.db)

    @cached_property
    def phones(self) -> PhoneReader:
        from coprod_desktop.store.phone_reader import PhoneReader

        return PhoneReader(self.db)

    @cached_property
    def phone_stories(self) -> PhoneStoryReader:
        from coprod_desktop.store.phone_story_reader import PhoneStoryReader

        return PhoneStoryReader(self.db)

    @cached_property
    def projector_view(self) -> ProjectorViewReader:
        from coprod_desktop.store.projector_view_reader import ProjectorViewReader

        return ProjectorViewReader(self.db)

    @cached_property
    def polls(self) -> PollReader:
        from coprod_desktop.store.poll_reader import PollReader

        return PollReader(self.db)

    @cached_property
    def privacy(self) -> PrivacyReader:
        from coprod_desktop.store.privacy_reader import PrivacyReader

        return PrivacyReader(self.db)

    @cached_property
    def plan(self) -> ProgrammeReader:
        """The programme's plan: calendar, actions, rapid tests, roles (`ProgrammeReader`)."""
        from coprod_desktop.store.programme_reader import ProgrammeReader

        return ProgrammeReader(self.db)

    @cached_property
    def reach(self) -> ReachReader:
        from coprod_desktop.store.reach_reader import ReachReader

        return ReachReader(self.db)

    @cached_property
    def room_questions(self) -> RoomQuestionReader:
        from coprod_desktop.store.room_question_reader import RoomQuestionReader

        return RoomQuestionReader(self.db)

    def glossary(self, language: str | None = None) -> Glossary:
        """The built-in glossary with this programme's own terms (no matcher is compiled); the
        built-in explanations in `language` (the interface's, for screens) where we have them,
        else English."""
        from coprod_desktop.domain.glossary import Glossary
        from coprod_desktop.store import glossary_reader
        from coprod_desktop.store.glossary_file import builtin_entries

        return Glossary(builtin_entries(language), glossary_reader.programme_entries(self.db))

    def glossary_and_matcher(self) -> tuple[Glossary, JargonMatcher]:
        """The glossary and a matcher for it (compiled once per set of terms, then cached)."""
        from coprod_desktop.store import glossary_reader

        return glossary_reader.programme_glossary(self.db)

    def term_uses(self, session_id: int, *, shared: bool = False) -> list[TermUse]:
        """Where glossary terms come up in a session (only what may leave the room if shared)."""
        from coprod_desktop.store import glossary_reader

        return glossary_reader.session_term_uses(self.db, session_id, shared=shared)
