"""Phase icons, the chime files, and when the chime rings."""

from __future__ import annotations

import logging
import wave
from datetime import UTC

from PySide6.QtGui import QColor

from coprod_desktop.clock import FakeClock
from coprod_desktop.domain.phases import Phase
from coprod_desktop.facilitation.countdown import Stage
from coprod_desktop.gui.agenda.live_source import LiveSource
from coprod_desktop.gui.agenda.phase_art import phase_icon, phase_pixmap
from coprod_desktop.gui.kit.chime import SOUNDS, Chime
from coprod_desktop.paths import resource
from coprod_desktop.services import Services
from tests.gui.agenda_host import make_env


def test_every_phase_has_an_icon_in_its_colour(qapp) -> None:
    for phase in Phase:
        svg = resource("icons", f"{phase.icon}.svg").read_text(encoding="utf-8")
        assert f'fill="{phase.colour}"' in svg
        pixmap = phase_pixmap(phase, 64)
        top = pixmap.toImage().pixelColor(32, 5)  # inside the disc, above the glyph
        assert top.name().upper() == QColor(phase.colour).name().upper()
        assert not phase_icon(phase).isNull()


def test_chime_files_are_gentle_short_wavs() -> None:
    for name in SOUNDS.values():
        with wave.open(str(resource("sounds", name))) as sound:
            assert (sound.getnchannels(), sound.getsampwidth(), sound.getframerate()) == (
                1, 2, 44_100)
            seconds = sound.getnframes() / sound.getframerate()
            frames = sound.readframes(sound.getnframes())
        assert 1.0 < seconds < 3.0
        samples = memoryview(frames).cast("h")
        peak = max(abs(s) for s in samples)
        assert 0.3 * 32767 < peak <= 0.55 * 32767  # audible, never harsh
        assert abs(samples[-1]) < 200  # fades out, no click at the end


def test_no_sound_device_is_one_log_line(qapp, caplog) -> None:
    chime = Chime()
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            chime.play(Stage.WARNING)
    if not chime.available:
        lines = [r for r in caplog.records if "chimes are off" in r.getMessage()]
        assert len(lines) == 1
    assert chime.played == [Stage.WARNING] * 3


def test_chime_rings_on_stage_changes_only(qtbot, services: Services, session_id: int,
                                          clock: FakeClock) -> None:
    services.agenda.zone = UTC
    services.agenda.add_activity(session_id, "Talk", 10)
    services.agenda.add_activity(session_id, "Vote", 10)
    services.runner.start(session_id)
    clock.advance(9 * 60)  # already amber when the app opens: no chime for that
    env = make_env(services, clock)
    source = LiveSource(env)
    source.set_session(session_id)
    started: list[tuple[int, str]] = []
    source.activity_started.connect(lambda aid, tool: started.append((aid, tool)))
    env.ticker.tick.emit()
    assert source.chime.played == []
    clock.advance(61)
    env.ticker.tick.emit()
    env.ticker.tick.emit()
    assert source.chime.played == [Stage.OVERTIME]
    services.runner.next(session_id)
    assert started == [(services.read.activities(session_id)[1].id, "none")]
    env.ticker.tick.emit()
    clock.advance(8 * 60)
    services.runner.pause(session_id)
    env.ticker.tick.emit()
    assert source.chime.played == [Stage.OVERTIME]  # paused: silent
    services.runner.start(session_id)
    env.ticker.tick.emit()
    assert source.chime.played == [Stage.OVERTIME, Stage.WARNING]
