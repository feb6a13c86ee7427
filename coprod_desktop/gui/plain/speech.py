"""Read aloud through the system's speech (QtTextToSpeech), or stay silent where there is none.

QtTextToSpeech ships in the PySide6-Addons wheel; its engines depend on the system (speech-
dispatcher on Linux, SAPI/WinRT on Windows, AVSpeech on macOS). Where the module, an engine or a
voice is missing, `Speaker.available` is False, the read-aloud buttons hide, and one line is logged.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from coprod_desktop.i18n import _

log = logging.getLogger(__name__)


@cache
def speech_class() -> Any:
    """QTextToSpeech, imported the first time it is asked for (loading Qt's speech library takes
    5-13 ms: not while a panel is being built, issue 18), or None without the Addons wheel."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:  # the Addons wheel is not installed
        return None
    return QTextToSpeech


def engines() -> list[str]:
    speech = speech_class()
    return list(speech.availableEngines()) if speech is not None else []


class Speaker(QObject):
    """One text-to-speech voice for the app. `speak()` is a no-op when none is available.

    The engine starts on first use (starting one may launch the system's speech service), so a
    console that never reads aloud never starts it. With `check_later`, even whether there is a
    voice at all is looked up a turn of the event loop later (it loads Qt's speech library), and
    `checked` says when that is known; until then `available` is False.
    """

    checked = Signal()

    def __init__(self, engine: str | None = None, parent: QObject | None = None, *,
                 check_later: bool = False) -> None:
        super().__init__(parent)
        self._tts: Any = None
        self._engine = engine
        self._tried = False
        self._checked = False
        self.reason = ""
        if check_later:
            QTimer.singleShot(0, self, self.check)
        else:
            self.check()

    def check(self) -> None:
        """Find out whether there is a voice to read with (once)."""
        if self._checked:
            return
        self._checked = True
        if speech_class() is None:
            self._give_up(_("QtTextToSpeech is not installed"))
        elif self._engine is None and not [e for e in engines() if e != "mock"]:
            self._give_up(_("no speech engine is installed on this computer"))
        self.checked.emit()

    def _give_up(self, reason: str) -> None:
        self._tried = True
        self.reason = reason
        log.info("Read aloud is off: %s", reason)

    def _start(self) -> Any:
        self.check()
        if self._tried:
            return self._tts
        self._tried = True
        names = [e for e in engines() if e != "mock"]
        chosen = self._engine if self._engine is not None else names[0]
        speech = speech_class()
        tts = speech(chosen, self)
        if tts.state() == speech.State.Error:
            tts.deleteLater()
            self._give_up(_("the speech engine ‘{engine}’ did not start ({reason})").format(
                engine=chosen, reason=tts.errorString()))
            return None
        self._tts = tts
        return tts

    @property
    def available(self) -> bool:
        """False once we know there is no working voice (or before `check`); True otherwise."""
        return self._checked and (not self._tried or self._tts is not None)

    @property
    def engine(self) -> str:
        return self._tts.engine() if self._tts is not None else ""

    def speak(self, text: str) -> bool:
        """Start reading `text`, stopping anything already being read. False if silent."""
        if not text.strip():
            return False
        tts = self._start()
        if tts is None:
            return False
        tts.stop()
        tts.say(text)
        return True

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()

    @property
    def speaking(self) -> bool:
        return self._tts is not None and self._tts.state() == speech_class().State.Speaking
