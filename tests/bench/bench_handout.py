"""Benchmark: the handout of a big session, as a whole `coprod export` process.

    python tests/bench/bench_handout.py

A session with 1,000 notes, 60 attendees (mixed groups and consents) and 10 stories (told, with
"what I heard" notes, some kept in the room), plus a speaking record. Target: under 1.5 s for
the whole process (Python start, imports, reading the file, laying out, saving).

Its baseline, timed in the same run and alternating with it: a bare reportlab process (Python
start, importing reportlab, one `SimpleDocTemplate` of the same notes' words as paragraphs in a
bundled TrueType font, saved to a file) — what any program printing those notes must pay. The
ratio of the medians is the figure to read; `uptime` is printed with it.
"""

from __future__ import annotations

import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from coprod_desktop.clock import FakeClock  # noqa: E402
from coprod_desktop.domain.groups import Group  # noqa: E402
from coprod_desktop.domain.records import Consent, WordsUse  # noqa: E402
from coprod_desktop.services import Services  # noqa: E402
from coprod_desktop.store.programme_file import ProgrammeFile  # noqa: E402

NOTES, PEOPLE, STORIES, RUNS = 1000, 60, 10, 5

BARE = """
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate
from xml.sax.saxutils import escape

words, out, font = sys.argv[1:4]
pdfmetrics.registerFont(TTFont("Body", font))
style = getSampleStyleSheet()["BodyText"]
style.fontName = "Body"
lines = open(words, encoding="utf-8").read().splitlines()
SimpleDocTemplate(out, pagesize=A4).build([Paragraph(escape(line), style) for line in lines])
"""
WORDS = ["waiting", "list", "school", "letter", "diagnosis", "support", "meeting", "parents",
         "staff", "help", "bus", "respite", "nobody", "rang", "back", "named", "worker", "clear",
         "plan", "the", "form", "twice", "Zażółć", "Nguyễn", "Ελένη", "Олена"]


def build(path: Path) -> int:
    clock = FakeClock(datetime(2026, 9, 15, 9, 0, tzinfo=UTC))
    rng = random.Random(7)
    file = ProgrammeFile.create(path)
    services = Services(file, clock)
    services.programme.create_programme("Benchmark programme", organisation="Bench forum")
    sid = int(services.sessions.create_session("Big workshop", "2026-09-15", venue="Hall",
                                               starts_at="09:30", ends_at="12:30").new_id or 0)
    services.sessions.create_session("Next", "2026-09-29", starts_at="18:00", ends_at="19:30")
    people = []
    for n in range(PEOPLE):
        clock.advance(20)
        pid = int(services.people.sign_in_attendee(
            sid, name=f"{rng.choice(WORDS).title()} {n}", group=rng.choice(list(Group))).new_id or 0)
        services.people.set_consent(pid, Consent(name_in_handouts=n % 3 != 0,
                                                 words=rng.choice(list(WordsUse))))
        people.append(pid)
    for n in range(STORIES):
        story = int(services.stories.add_story(
            sid, people[n * 5], title=f"Story about {rng.choice(WORDS)} {n}",
            consent=list(WordsUse)[n % 3]).new_id or 0)
        services.stories.start_story(story)
        clock.advance(120)
        for _ in range(3):
            services.stories.add_heard_note(story, " ".join(rng.choice(WORDS) for _ in range(8)))
        services.stories.end_story(story)
    for person in people[:20]:
        services.speaking.mark_speaker(sid, person)
        clock.advance(rng.uniform(20, 200))
    services.speaking.mark_speaker(sid, None)
    for _ in range(NOTES):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 25)))
        services.notes.add_note(sid, text, colour=rng.choice(["yellow", "pink", "blue", "green"]),
                                author_id=rng.choice(people))
    services.close()
    return sid


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.coprod"
        sid = build(path)
        out = Path(tmp) / "handout.pdf"
        command = [sys.executable, "-m", "coprod_desktop", "export", str(path), "--pdf", str(out),
                   "--session", str(sid)]
        # As installed, Python keeps compiled bytecode; this sandbox may forbid writing it
        # (PYTHONDONTWRITEBYTECODE), which adds compiling reportlab to every run. Measure both.
        cache = Path(tmp) / "pycache"
        installed = {**os.environ, "PYTHONPYCACHEPREFIX": str(cache)}
        installed.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env=installed)
        cold = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        texts = [row[0] for row in sqlite3.connect(path).execute(
            "SELECT text FROM note WHERE session_id = ? ORDER BY id", [sid])]
        words = Path(tmp) / "notes.txt"
        words.write_text("\n".join(t.replace("\n", " ") for t in texts), encoding="utf-8")
        bare = [sys.executable, "-c", BARE, str(words), str(Path(tmp) / "bare.pdf"),
                str(ROOT / "resources" / "fonts" / "DejaVuSans" / "DejaVuSans.ttf")]
        subprocess.run(bare, cwd=ROOT, check=True, capture_output=True, env=installed)
        times, base, cpu, base_cpu = [], [], 0.0, 0.0
        for _ in range(RUNS):  # alternating, so the machine's load falls on both alike
            took, used = _time(command, installed, 1)
            times += took
            cpu += used / RUNS
            took, used = _time(bare, installed, 1)
            base += took
            base_cpu += used / RUNS
        no_bytecode, cold_cpu = _time(command, cold)
        pages = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
        count = next((line.split()[-1] for line in pages.splitlines() if line.startswith("Pages")), "?")
        print(f"Handout of {NOTES:,} notes, {PEOPLE} attendees, {STORIES} stories: "
              f"{count} pages, {out.stat().st_size / 1024:.0f} KB")
        for label, found, used in (("whole process", times, cpu),
                                   ("bare reportlab, same words", base, base_cpu),
                                   ("whole process, no bytecode cache", no_bytecode, cold_cpu)):
            target = "" if label.startswith("bare") else " (target < 1.5 s)"
            print(f"{label}: median {statistics.median(found):.2f} s, best {min(found):.2f} s, "
                  f"worst {max(found):.2f} s over {RUNS} runs{target}; CPU {used:.2f} s a run")
        print(f"ratio to the bare reportlab process (medians): "
              f"{statistics.median(times) / statistics.median(base):.2f}x")
        print("uptime:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())


def _time(command: list[str], env: dict[str, str], runs: int = RUNS) -> tuple[list[float], float]:
    """Wall-clock seconds of each run, and the CPU seconds (user + system) of one run on average."""
    times = []
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return times, cpu / runs


if __name__ == "__main__":
    main()
