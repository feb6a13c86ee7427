"""Write the two timer chimes in resources/sounds as 16-bit mono WAV, from sine waves.

A soft bell: a few partials of a fundamental, each fading away on its own exponential curve, with a
short attack so it does not click. Run `python scripts/make_chimes.py` to rebuild them.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"
# (multiple of the fundamental, loudness, how fast it fades): a warm, slightly bell-like tone.
PARTIALS = ((1.0, 1.0, 2.2), (2.0, 0.35, 3.5), (3.01, 0.12, 5.0), (4.17, 0.05, 7.0))


def bell(frequency: float, start: float, seconds: float, total: float) -> list[float]:
    samples = [0.0] * int(total * RATE)
    first = int(start * RATE)
    for n in range(int(seconds * RATE)):
        t = n / RATE
        attack = min(1.0, t / 0.012)
        value = sum(level * math.exp(-fade * t) * math.sin(2 * math.pi * frequency * k * t)
                    for k, level, fade in PARTIALS)
        if first + n < len(samples):
            samples[first + n] += attack * value
    return samples


def write(name: str, notes: list[tuple[float, float]], total: float, volume: float) -> None:
    mix = [0.0] * int(total * RATE)
    for frequency, start in notes:
        for i, value in enumerate(bell(frequency, start, total - start, total)):
            mix[i] += value
    peak = max(abs(v) for v in mix) or 1.0
    fade_out = int(0.05 * RATE)
    frames = bytearray()
    for i, value in enumerate(mix):
        tail = min(1.0, (len(mix) - i) / fade_out)
        frames += struct.pack("<h", int(32767 * volume * tail * value / peak))
    with wave.open(str(OUT / name), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    write("chime-warning.wav", [(659.25, 0.0)], total=1.6, volume=0.45)  # one soft E
    write("chime-end.wav", [(783.99, 0.0), (523.25, 0.45)], total=2.2, volume=0.5)  # G then C
    print(f"Wrote the chimes to {OUT}")
