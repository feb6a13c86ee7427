"""The one write path. Every change, from the console or a phone, is a call on `Services`."""

from __future__ import annotations

from collections.abc import Callable

from coprod_desktop.clock import Clock, SystemClock
from coprod_desktop.services.actions import ActionService
from coprod_desktop.services.agenda import AgendaService
from coprod_desktop.services.board import BoardServices
from coprod_desktop.services.calendar import CalendarService
from coprod_desktop.services.changes import ChangeBus, ChangeSet, Listener
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
from coprod_desktop.services.unit_of_work import Context
from coprod_desktop.store.programme_file import ProgrammeFile
from coprod_desktop.store.readers import Readers

__all__ = ["ChangeSet", "Services"]


class Services:
    """All services over one open programme file, sharing one transaction context and bus."""

    def __init__(self, file: ProgrammeFile, clock: Clock | None = None) -> None:
        self.file = file
        self.clock = clock or SystemClock()
        self.bus = ChangeBus()
        self.ctx = Context(file.db, self.clock, self.bus)
        self.programme = ProgrammeService(self.ctx)
        self.sessions = SessionService(self.ctx)
        self.people = PeopleService(self.ctx)
        self.notes = NoteService(self.ctx)
        self.history = HistoryService(self.ctx)
        self.glossary = GlossaryService(self.ctx)
        self.agenda = AgendaService(self.ctx)
        self.runner = RunnerService(self.ctx)
        self.board = BoardServices(self.ctx)
        self.phones = PhoneService(self.ctx)
        self.merge = MergeService(self.ctx)
        self.levelling = LevellingService(self.ctx)
        self.speaking = SpeakingService(self.ctx)
        self.stories = StoryService(self.ctx)
        self.calendar = CalendarService(self.ctx)
        self.actions = ActionService(self.ctx)
        self.rapid_tests = RapidTestService(self.ctx)
        self.team = TeamService(self.ctx)
        self.payments = PaymentService(self.ctx)
        self.exports = ExportLogService(self.ctx)
        self.erase = EraseService(self.ctx)
        self.privacy = PrivacyService(self.ctx)
        self.phone_stories = PhoneStoryService(self.ctx)
        self.room_questions = RoomQuestionService(self.ctx)
        self.polls = PollService(self.ctx)
        self.planned_polls = PlannedPollService(self.ctx)
        self.checkout = CheckoutService(self.ctx)
        self.projector_view = ProjectorViewService(self.ctx)
        self.publishing = HandoutPublishing(self.ctx)
        self.outcomes = OutcomeService(self.ctx)
        self.reach = ReachService(self.ctx)
        self.invitations = InvitationService(self.ctx)

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
