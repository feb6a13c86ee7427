"""Read aloud through the system's speech (QtTextToSpeech), or stay silent where there is none.

QtTextToSpeech ships in the PySide6-Addons wheel; its engines depend on the system (speech-
dispatcher on Linux, SAPI/WinRT on Windows, AVSpeech on macOS). Where the module, an engine or a
voice is missing, `Speaker.available` is False, the read-aloud buttons hide, and one line is logged.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject

from coprod_desktop.i18n import _

log = logging.getLogger(__name__)

try:
    from PySide6.QtTextToSpeech import QTextToSpeech
except ImportError:  # the Addons wheel is not installed
    QTextToSpeech = None  # type: ignore[assignment,misc]


def engines() -> list[str]:
    return list(QTextToSpeech.availableEngines()) if QTextToSpeech is not None else []


class Speaker(QObject):
    """One text-to-speech voice for the app. `speak()` is a no-op when none is available.

    The engine starts on first use (starting one may launch the system's speech service), so a
    console that never reads aloud never starts it.
    """

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tts: Any = None
        self._engine = engine
        self._tried = False
        self.reason = ""
        if QTextToSpeech is None:
            self._give_up(_("QtTextToSpeech is not installed"))
        elif engine is None and not [e for e in engines() if e != "mock"]:
            self._give_up(_("no speech engine is installed on this computer"))

    def _give_up(self, reason: str) -> None:
        self._tried = True
        self.reason = reason
        log.info("Read aloud is off: %s", reason)

    def _start(self) -> Any:
        if self._tried:
            return self._tts
        self._tried = True
        names = [e for e in engines() if e != "mock"]
        chosen = self._engine if self._engine is not None else names[0]
        tts = QTextToSpeech(chosen, self)
        if tts.state() == QTextToSpeech.State.Error:
            tts.deleteLater()
            self._give_up(_("the speech engine ‘{engine}’ did not start ({reason})").format(
                engine=chosen, reason=tts.errorString()))
            return None
        self._tts = tts
        return tts

    @property
    def available(self) -> bool:
        """False once we know there is no working voice; True until then."""
        return not self._tried or self._tts is not None

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
        return self._tts is not None and self._tts.state() == QTextToSpeech.State.Speaking
