"""The timer's chimes: a soft note when time is nearly up, two notes at the end.

Sound is a nicety. Where there is no sound device (or QtMultimedia cannot play), the countdown
still changes colour on screen, and one line goes to the log: never an error dialog.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl

from coprod_desktop.facilitation.countdown import Stage
from coprod_desktop.i18n import _
from coprod_desktop.paths import resource

log = logging.getLogger(__name__)

SOUNDS = {Stage.WARNING: "chime-warning.wav", Stage.OVERTIME: "chime-end.wav"}


class Chime(QObject):
    """Plays the chime for a stage the countdown has just reached."""

    def __init__(self, parent: QObject | None = None, *, volume: float = 0.8) -> None:
        super().__init__(parent)
        self.enabled = True
        self.volume = volume
        self._effects: dict[Stage, object] | None = None  # made on first use: opening audio is slow
        self._silent_reason = ""
        self.played: list[Stage] = []  # what was asked for, for the console and the tests

    @property
    def available(self) -> bool:
        self._prepare()
        return bool(self._effects)

    def _prepare(self) -> None:
        if self._effects is not None:
            return
        self._effects = {}
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:
            self._go_silent(_("QtMultimedia is not installed (PySide6-Addons)"))
            return
        if not QMediaDevices.audioOutputs():
            self._go_silent(_("there is no sound device"))
            return
        for stage, name in SOUNDS.items():
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource("sounds", name))))
            effect.setVolume(self.volume)
            effect.statusChanged.connect(lambda e=effect: self._check(e))
            self._effects[stage] = effect

    def _check(self, effect: object) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        if isinstance(effect, QSoundEffect) and effect.status() == QSoundEffect.Status.Error:
            self._effects = {}
            self._go_silent(_("the sound device cannot play the chime"))

    def _go_silent(self, reason: str) -> None:
        if not self._silent_reason:
            self._silent_reason = reason
            log.warning("Timer chimes are off: %s. The countdown still changes colour.", reason)

    def play(self, stage: Stage) -> None:
        if not self.enabled or stage not in SOUNDS:
            return
        self.played.append(stage)
        self._prepare()
        effect = (self._effects or {}).get(stage)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
