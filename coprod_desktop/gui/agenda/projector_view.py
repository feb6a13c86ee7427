"""What the room sees while the agenda runs: phase, activity, instructions and a huge countdown.

Read from 8 metres: very large type, white on near-black (or black on white under the projector's
light theme), and a countdown box that turns amber with black digits when time is nearly up and
red, counting up, in overtime. Each colour also has a word ("Nearly time", "Over time"), so nobody
has to tell amber from red. The view follows the projector window's `theme` whenever the window's
style sheet changes (ProjectorWindow.set_theme), through gui.theme.follow_projector_theme.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coprod_desktop.domain.agenda import RunState
from coprod_desktop.domain.phases import Phase
from coprod_desktop.facilitation.countdown import Stage, clock_text
from coprod_desktop.gui.agenda.live_source import LiveSource
from coprod_desktop.gui.agenda.phase_art import phase_pixmap
from coprod_desktop.gui.kit.timer_look import DARK, LOOKS, STAGE_WORDS
from coprod_desktop.gui.theme import follow_projector_theme
from coprod_desktop.i18n import _, number

BAND_TEXT = "#FFFFFF"  # on the phase colour, in either theme
VIEW_KEY = "agenda"


def _label(parent: QWidget, *, wrap: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # titles and instructions are people's words
    label.setWordWrap(wrap)
    return label


def _colour(label: QLabel, colour: str) -> None:
    label.setStyleSheet(f"color: {colour}; background: transparent;")


class AgendaProjectorView(QWidget):
    """The projector's agenda view. Registered with the projector under `VIEW_KEY`."""

    def __init__(self, source: LiveSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setObjectName("agendaProjector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.theme = ""
        self.look = DARK
        self._phase: Phase | None = None
        self._box_style: tuple[str, str] | None = None
        self._fitted_for: tuple[str, str, int, int] | None = None
        self._instructions_px = (54, 32)
        self._title_px = (88, 54)

        self.band = QFrame(self)
        self.band.setObjectName("band")
        self.icon = QLabel(self.band)
        self.phase_label = _label(self.band)
        self.progress_label = _label(self.band)
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        band_row = QHBoxLayout(self.band)
        band_row.addWidget(self.icon)
        band_row.addWidget(self.phase_label)
        band_row.addStretch(1)
        band_row.addWidget(self.progress_label)

        self.title_label = _label(self, wrap=True)
        self.instructions_label = _label(self, wrap=True)
        self.instructions_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.box = QFrame(self)
        self.box.setObjectName("countdownBox")
        self.stage_label = _label(self.box)
        self.time_label = _label(self.box)
        for label in (self.stage_label, self.time_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box_column = QVBoxLayout(self.box)
        box_column.addWidget(self.stage_label)
        box_column.addWidget(self.time_label, 1)

        self.next_label = _label(self)
        for label in (self.phase_label, self.progress_label):
            _colour(label, BAND_TEXT)

        self.body = QVBoxLayout()
        self.body.addWidget(self.title_label)
        self.body.addWidget(self.instructions_label, 1)
        self.body.addWidget(self.box)
        self.body.addWidget(self.next_label)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.band)
        outer.addLayout(self.body, 1)

        source.agenda_changed.connect(self.refresh)
        source.ticked.connect(self.refresh_time)
        self.set_theme("dark")
        follow_projector_theme(self, self.set_theme)
        self._scale()
        self.refresh()

    # The projector's light or dark theme -------------------------------------------------------
    def set_theme(self, theme: str) -> None:
        if theme == self.theme or theme not in LOOKS:
            return
        self.theme = theme
        self.look = look = LOOKS[theme]
        self.setStyleSheet(f"#agendaProjector {{ background: {look.background}; }}")
        _colour(self.title_label, look.text)
        for label in (self.instructions_label, self.next_label):
            _colour(label, look.soft_text)
        self._box_style = None  # the countdown box's colours again, at the next refresh
        self.refresh()

    # Sizes follow the height of the screen, so the same view reads well on any projector.
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        h = max(360, self.height())
        m = int(h * 0.035)

        def font(share: float, bold: bool = False) -> QFont:
            f = QFont(self.font())
            f.setPixelSize(max(10, int(h * share)))
            f.setBold(bold)
            return f

        self.band.setFixedHeight(int(h * 0.13))
        self.band.layout().setContentsMargins(m, 0, m, 0)
        self.band.layout().setSpacing(int(m * 0.8))
        self.phase_label.setFont(font(0.058, True))
        self.progress_label.setFont(font(0.04))
        self._instructions_px = (int(h * 0.05), int(h * 0.03))  # largest, smallest
        self._title_px = (int(h * 0.082), int(h * 0.05))
        self.stage_label.setFont(font(0.05, True))
        self.next_label.setFont(font(0.04))
        self.body.setContentsMargins(int(m * 1.6), m, int(m * 1.6), m)
        self.body.setSpacing(int(m * 0.6))
        self.icon.setFixedSize(int(h * 0.095), int(h * 0.095))
        self._phase = None  # redraw the icon at the new size
        self._fitted_for = None  # and fit the texts again
        self.refresh()

    def _set_texts(self, title: str, instructions: str) -> None:
        """Show the title (at most two lines) and the instructions as large as the space left
        allows, shrinking the type rather than cutting words off."""
        key = (title, instructions, self.width(), self.height())
        if key == self._fitted_for:
            return
        self._fitted_for = key
        self.title_label.setText(title)
        self.instructions_label.setText(instructions)
        margins = self.body.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        largest, smallest = self._title_px
        title_height = self._fit(self.title_label, title, width, int(largest * 2.5), largest,
                                 smallest, bold=True)
        fixed = (self.band.height() + title_height + self.next_label.sizeHint().height()
                 + margins.top() + margins.bottom() + 4 * self.body.spacing())
        h = max(360, self.height())
        smallest_box, largest_box = int(h * 0.30), int(h * 0.42)
        largest, smallest = self._instructions_px
        needed = self._fit(self.instructions_label, instructions, width,
                           self.height() - fixed - smallest_box, largest, smallest)
        # The countdown takes what is left, between 30% and 42% of the screen.
        box = max(smallest_box, min(largest_box, self.height() - fixed - needed))
        self.box.setFixedHeight(box)
        digits = QFont(self.font())
        digits.setBold(True)
        digits.setPixelSize(int(box * 0.69))
        self.time_label.setFont(digits)

    def _fit(self, label: QLabel, text: str, width: int, room: int, largest: int, smallest: int,
             *, bold: bool = False) -> int:
        font = QFont(self.font())
        font.setBold(bold)
        needed = 0
        for px in range(largest, smallest - 1, -2):
            font.setPixelSize(px)
            needed = QFontMetrics(font).boundingRect(
                QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text).height()
            if needed <= room:
                break
        label.setFont(font)
        return needed

    def _set_phase(self, phase: Phase, label: str | None = None) -> None:
        self.phase_label.setText(label or _(phase.label))
        if phase is self._phase:
            return
        self._phase = phase
        self.band.setStyleSheet(f"#band {{ background: {phase.colour}; }}")
        self.icon.setPixmap(phase_pixmap(phase, self.icon.width(), self.devicePixelRatioF()))

    def _set_box(self, stage: Stage) -> None:
        style = self.look.box[stage]
        if style == self._box_style:
            return
        self._box_style = style
        self.box.setStyleSheet(f"#countdownBox {{ background: {style[0]}; border-radius: 24px; }}")
        for label in (self.stage_label, self.time_label):
            label.setStyleSheet(f"color: {style[1]}; background: transparent;")

    def refresh(self) -> None:
        state = self.source.live()
        if state is None or not state.agenda.items:
            self._set_phase(Phase.WELCOME, _("Agenda"))
            self._set_texts(_("No agenda yet"), "")
            self.progress_label.setText("")
            self.box.hide()
            self.next_label.setText("")
            return
        self.refresh_time()

    def refresh_time(self) -> None:
        state = self.source.live()
        if state is None or not state.agenda.items:
            return
        items = state.agenda.items
        if state.state is RunState.FINISHED:
            self._set_phase(Phase.CLOSE, _("Finished"))
            self._set_texts(_("Thank you"), state.agenda.session.title)
            self.progress_label.setText(state.hhmm(state.now))
            self.box.hide()
            self.next_label.setText("")
            return
        item = state.current or items[0]
        index = state.current_index if state.current_index is not None else 0
        self._set_phase(item.activity.phase)
        self.progress_label.setText(_("{n} of {total}   ·   {time}").format(
            n=number(index + 1), total=number(len(items)), time=state.hhmm(state.now)))
        self._set_texts(item.activity.title, item.activity.instructions)
        self.box.show()
        stage = state.stage
        self._set_box(stage)
        if state.state is RunState.NOT_STARTED:
            seconds: float = item.activity.duration_s
            words = _("Starting at {time}").format(time=state.hhmm(state.start))
        else:
            seconds = state.remaining_s
            words = _("Paused") if state.state is RunState.PAUSED else _(STAGE_WORDS[stage])
        self.stage_label.setText(words)
        self.time_label.setText(clock_text(seconds))
        following = state.next_item if state.state is not RunState.NOT_STARTED else (
            items[1] if len(items) > 1 else None)
        self.next_label.setText(_("Next: {title}").format(title=following.activity.title) if following
                                else _("Last activity"))

