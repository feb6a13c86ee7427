"""The one write path. Every change, from the console or a phone, is a call on `Services`.

Each subject's service is made (and its module imported) the first time it is used, so opening a
programme loads only what the screens shown so far need (issue 18).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from coprod_desktop.clock import Clock, SystemClock
from coprod_desktop.services.changes import ChangeBus, ChangeSet, Listener
from coprod_desktop.services.unit_of_work import Context
from coprod_desktop.store.programme_file import ProgrammeFile
from coprod_desktop.store.readers import Readers

if TYPE_CHECKING:
    from coprod_desktop.services.actions import ActionService
    from coprod_desktop.services.agenda import AgendaService
    from coprod_desktop.services.board import BoardServices
    from coprod_desktop.services.calendar import CalendarService
    from coprod_desktop.services.checkout import CheckoutService
    from coprod_desktop.services.erase import EraseService
    from coprod_desktop.services.export_log import ExportLogService
    from coprod_desktop.services.glossary import GlossaryService
    from coprod_desktop.services.handout_publish import HandoutPublishing
    from coprod_desktop.services.history import HistoryService
    from coprod_desktop.services.invitations import InvitationService
    from coprod_desktop.services.levelling import LevellingService
    from coprod_desktop.services.merge import MergeService
    from coprod_desktop.services.notes import NoteService
    from coprod_desktop.services.outcomes import OutcomeService
    from coprod_desktop.services.payments import PaymentService
    from coprod_desktop.services.people import PeopleService
    from coprod_desktop.services.phone_stories import PhoneStoryService
    from coprod_desktop.services.phones import PhoneService
    from coprod_desktop.services.planned_polls import PlannedPollService
    from coprod_desktop.services.polls import PollService
    from coprod_desktop.services.privacy import PrivacyService
    from coprod_desktop.services.programme import ProgrammeService
    from coprod_desktop.services.projector_view import ProjectorViewService
    from coprod_desktop.services.rapid_tests import RapidTestService
    from coprod_desktop.services.reach import ReachService
    from coprod_desktop.services.room_questions import RoomQuestionService
    from coprod_desktop.services.runner import RunnerService
    from coprod_desktop.services.sessions import SessionService
    from coprod_desktop.services.speaking import SpeakingService
    from coprod_desktop.services.stories import StoryService
    from coprod_desktop.services.team import TeamService

__all__ = ["ChangeSet", "Services", "save_refused"]


def save_refused(exc: BaseException) -> bool:
    """Whether `exc` is the disk refusing a change (full, failing, read-only): the console has
    already been told through the bus (ChangeBus.on_failure), so callers need say no more."""
    from coprod_desktop.store.disk_errors import disk_problem

    return disk_problem(exc)


class Services:
    """All services over one open programme file, sharing one transaction context and bus."""

    def __init__(self, file: ProgrammeFile, clock: Clock | None = None) -> None:
        self.file = file
        self.clock = clock or SystemClock()
        self.bus = ChangeBus()
        self._file_gone = False
        # First of all listeners: the console hears the file has gone before it says "Saved".
        self.bus.subscribe(self._check_file)
        if file.checkpoints is not None:  # the log is copied off this thread after changes
            nudge = file.checkpoints.nudge
            self.bus.subscribe(lambda _change: nudge())
        self.ctx = Context(file.db, self.clock, self.bus)

    def _check_file(self, _change: ChangeSet) -> None:
        there = self.file.still_there()
        if not there or self._file_gone:
            self._file_gone = not there
            self.bus.report_file_gone(not there)  # and once more when it is back

    @cached_property
    def programme(self) -> ProgrammeService:
        from coprod_desktop.services.programme import ProgrammeService

        return ProgrammeService(self.ctx)

    @cached_property
    def sessions(self) -> SessionService:
        from coprod_desktop.services.sessions import SessionService

        return SessionService(self.ctx)

    @cached_property
    def people(self) -> PeopleService:
        from coprod_desktop.services.people import PeopleService

        return PeopleService(self.ctx)

    @cached_property
    def notes(self) -> NoteService:
        from coprod_desktop.services.notes import NoteService

        return NoteService(self.ctx)

    @cached_property
    def history(self) -> HistoryService:
        from coprod_desktop.services.history import HistoryService

        return HistoryService(self.ctx)

    @cached_property
    def glossary(self) -> GlossaryService:
        from coprod_desktop.services.glossary import GlossaryService

        return GlossaryService(self.ctx)

    @cached_property
    def agenda(self) -> AgendaService:
        from coprod_desktop.services.agenda import AgendaService

        return AgendaService(self.ctx)

    @cached_property
    def runner(self) -> RunnerService:
        from coprod_desktop.services.runner import RunnerService

        return RunnerService(self.ctx)

    @cached_property
    def board(self) -> BoardServices:
        from coprod_desktop.services.board import BoardServices

        return BoardServices(self.ctx)

    @cached_property
    def phones(self) -> PhoneService:
        from coprod_desktop.services.phones import PhoneService

        return PhoneService(self.ctx)

    @cached_property
    def merge(self) -> MergeService:
        from coprod_desktop.services.merge import MergeService

        return MergeService(self.ctx)

    @cached_property
    def levelling(self) -> LevellingService:
        from coprod_desktop.services.levelling import LevellingService

        return LevellingService(self.ctx)

    @cached_property
    def speaking(self) -> SpeakingService:
        from coprod_desktop.services.speaking import SpeakingService

        return SpeakingService(self.ctx)

    @cached_property
    def stories(self) -> StoryService:
        from coprod_desktop.services.stories import StoryService

        return StoryService(self.ctx)

    @cached_property
    def calendar(self) -> CalendarService:
        from coprod_desktop.services.calendar import CalendarService

        return CalendarService(self.ctx)

    @cached_property
    def actions(self) -> ActionService:
        from coprod_desktop.services.actions import ActionService

        return ActionService(self.ctx)

    @cached_property
    def rapid_tests(self) -> RapidTestService:
        from coprod_desktop.services.rapid_tests import RapidTestService

        return RapidTestService(self.ctx)

    @cached_property
    def team(self) -> TeamService:
        from coprod_desktop.services.team import TeamService

        return TeamService(self.ctx)

    @cached_property
    def payments(self) -> PaymentService:
        from coprod_desktop.services.payments import PaymentService

        return PaymentService(self.ctx)

    @cached_property
    def exports(self) -> ExportLogService:
        from coprod_desktop.services.export_log import ExportLogService

        return ExportLogService(self.ctx)

    @cached_property
    def erase(self) -> EraseService:
        from coprod_desktop.services.erase import EraseService

        return EraseService(self.ctx)

    @cached_property
    def privacy(self) -> PrivacyService:
        from coprod_desktop.services.privacy import PrivacyService

        return PrivacyService(self.ctx)

    @cached_property
    def phone_stories(self) -> PhoneStoryService:
        from coprod_desktop.services.phone_stories import PhoneStoryService

        return PhoneStoryService(self.ctx)

    @cached_property
    def room_questions(self) -> RoomQuestionService:
        from coprod_desktop.services.room_questions import RoomQuestionService

        return RoomQuestionService(self.ctx)

    @cached_property
    def polls(self) -> PollService:
        from coprod_desktop.services.polls import PollService

        return PollService(self.ctx)

    @cached_property
    def checkout(self) -> CheckoutService:
        from coprod_desktop.services.checkout import CheckoutService

        return CheckoutService(self.ctx)

    @cached_property
    def publishing(self) -> HandoutPublishing:
        from coprod_desktop.services.handout_publish import HandoutPublishing

        return HandoutPublishing(self.ctx)

    @cached_property
    def outcomes(self) -> OutcomeService:
        from coprod_desktop.services.outcomes import OutcomeService

        return OutcomeService(self.ctx)

    @cached_property
    def reach(self) -> ReachService:
        from coprod_desktop.services.reach import ReachService

        return ReachService(self.ctx)

    @cached_property
    def invitations(self) -> InvitationService:
        from coprod_desktop.services.invitations import InvitationService

        return InvitationService(self.ctx)

    @cached_property
    def planned_polls(self) -> PlannedPollService:
        from coprod_desktop.services.planned_polls import PlannedPollService

        return PlannedPollService(self.ctx)

    @cached_property
    def projector_view(self) -> ProjectorViewService:
        from coprod_desktop.services.projector_view import ProjectorViewService

        return ProjectorViewService(self.ctx)

    @property
    def read(self) -> Readers:
        return self.ctx.reader

    def open_readers(self) -> Readers:
        """Readers over a new read-only connection, for another thread (an export, the phones);
        the caller closes it."""
        return Readers(self.file.read_connection())

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        return self.bus.subscribe(listener)

    def close(self) -> None:
        self.file.close()
