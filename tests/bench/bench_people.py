"""Figures for the people feature on the demo programme (run by hand, not collected by pytest):

    .venv/bin/python tests/bench/bench_people.py

How long the Person view's file takes to read, the claims sheet to build, one erase and making it
final (checkpoint + VACUUM), an anonymised archive, and erasing everyone.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from coprod_desktop.clock import FakeClock
from coprod_desktop.demo.builder import build_demo
from coprod_desktop.export.claims_sheet import claims_sheet, to_csv
from coprod_desktop.services import Services
from coprod_desktop.services.archive import anonymised_archive
from coprod_desktop.store.people_reader import PeopleReader
from coprod_desktop.store.programme_file import ProgrammeFile


def _ms(start: float) -> str:
    return f"{(time.perf_counter() - start) * 1000:7.1f} ms"


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    path = build_demo(folder / "demo.coprod")
    print(f"demo file: {path.stat().st_size / 1024:.0f} KiB")
    clock = FakeClock()
    services = Services(ProgrammeFile.open(path), clock)
    people = services.read.attendees()
    reader = PeopleReader(services.file.db)
    start = time.perf_counter()
    for person in people:
        reader.person_file(person.id)
    print(f"person file, each of {len(people)}: {_ms(start)} in all")
    start = time.perf_counter()
    data = to_csv(claims_sheet(services.file.db, date(2026, 11, 20)))
    print(f"claims sheet CSV ({len(data)} bytes): {_ms(start)}")
    start = time.perf_counter()
    anonymised_archive(services, folder / "archive.coprod", clock)
    print(f"anonymised archive: {_ms(start)}")
    start = time.perf_counter()
    erasure = int(services.erase.erase(people[0].id).new_id or 0)
    print(f"erase one person (undoable step): {_ms(start)}")
    start = time.perf_counter()
    report = services.erase.confirm(erasure)
    print(f"make it final (purge {report.history_steps_removed} steps, VACUUM): {_ms(start)}")
    start = time.perf_counter()
    erased = services.erase.erase_everyone()
    services.erase.confirm(erased)
    print(f"erase everyone ({len(erased)}) and make it final: {_ms(start)}")
    services.close()
    print(f"file after: {path.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
