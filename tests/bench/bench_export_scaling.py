"""Benchmark: do exports stay linear in notes, whatever the number of people?

    python tests/bench/bench_export_scaling.py [--quick]

Programmes of 1,000, 5,000 and 20,000 notes over 30 sessions (note texts drawn from the demo's
own notes, so their lengths are realistic), and the redactor with 60, 1,800 and 6,000 people.
Each figure is printed beside its baseline from the same run: the CSV tables beside Python's
csv module writing the same notes' text, the handout beside a bare reportlab document of the
same paragraphs. Exponents are fitted from the smallest to the largest size (1.0 = linear).
Rows go in with plain SQL in one transaction (the app's per-edit fsync would make building
20,000 notes the slow part of the benchmark).
"""

from __future__ import annotations

import csv
import io
import math
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.lib.utils import escapeOnce  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from coprod_desktop.clock import FakeClock  # noqa: E402
from coprod_desktop.demo import content  # noqa: E402
from coprod_desktop.domain.records import Attendee  # noqa: E402
from coprod_desktop.export.documents import Kind, PdfRequest, build_pdf  # noqa: E402
from coprod_desktop.export.redact import Redactor  # noqa: E402
from coprod_desktop.export.tables import export_tables  # noqa: E402
from coprod_desktop.services import Services  # noqa: E402
from coprod_desktop.store.programme_file import ProgrammeFile  # noqa: E402
from coprod_desktop.store.reader import Reader  # noqa: E402

SESSIONS = 30
TEXTS = [t for texts in content.CONCERNS.values() for t in texts] + list(content.MEETING_NOTES)
FIRST = ["Amina", "Bartek", "Chloe", "Dev", "Ewa", "Farah", "Gwen", "Hassan", "Iona", "Jamal"]


def build(path: Path, notes: int, people: int, rng: random.Random) -> int:
    """A programme of `notes` notes over 30 sessions; returns the id of the biggest session."""
    with ProgrammeFile.create(path) as file:
        services = Services(file, FakeClock())
        services.programme.create_programme("Scaling", organisation="Bench")
        sessions = [int(services.sessions.create_session(f"Meeting {n}", f"2026-{1 + n // 28:02d}"
                                                         f"-{1 + n % 28:02d}").new_id or 0)
                    for n in range(SESSIONS)]
        db = file.db
        with db.atomic():
            for n in range(people):
                db.execute("INSERT INTO attendee (name, group_name, created_at, "
                           "name_in_handouts) VALUES (?, 'parent_carer', "
                           "'2026-01-01T00:00:00+00:00', ?)",
                           [f"{rng.choice(FIRST)} Person{n}", n % 3 != 0])
                db.execute("INSERT INTO attendance (session_id, attendee_id, signed_in_at, via) "
                           "VALUES (?, ?, '2026-01-01T10:00:00+00:00', 'console')",
                           [sessions[n % SESSIONS], n + 1])
            for n in range(notes):
                db.execute("INSERT INTO note (session_id, text, colour, x, y, hidden, on_behalf, "
                           "created_at, updated_at, held_back) VALUES (?, ?, 'yellow', ?, ?, 0, "
                           "0, '2026-01-01T10:00:00+00:00', '2026-01-01T10:00:00+00:00', 0)",
                           [sessions[0] if n % 2 else sessions[n % SESSIONS],
                            rng.choice(TEXTS), (n % 40) * 240.0, (n // 40) * 170.0])
    return sessions[0]


def best(call: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def bare_csv(texts: list[str]) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    for n, text in enumerate(texts):
        writer.writerow([n, text, "yellow"])


def bare_pdf(texts: list[str]) -> None:
    style = getSampleStyleSheet()["BodyText"]
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(
        [Paragraph(escapeOnce(t), style) for t in texts])


def exponent(sizes: list[int], times: list[float]) -> float:
    return math.log(times[-1] / times[0]) / math.log(sizes[-1] / sizes[0])


def main() -> None:
    quick = "--quick" in sys.argv
    sizes = [1000, 5000] if quick else [1000, 5000, 20000]
    runs = 2 if quick else 3
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    rng = random.Random(18)
    folder = Path(tempfile.mkdtemp())
    csv_t, csv_base, pdf_t, pdf_base = [], [], [], []
    print(f"{'notes':>6} {'CSV s':>7} {'bare csv':>9} {'ratio':>6}   {'handout s':>9} "
          f"{'bare pdf':>9} {'ratio':>6}")
    for size in sizes:
        path = folder / f"p{size}.coprod"
        big = build(path, size, 60, rng)
        with ProgrammeFile.open(path) as file, file.snapshot() as db:
            reader = Reader(db)
            texts = [r["text"] for r in db.query("SELECT text FROM note ORDER BY id")]
            session_texts = [n.text for n in reader.notes(big)]
            out = folder / f"csv{size}"
            csv_t.append(best(lambda: export_tables(reader, out, "csv"), runs))  # noqa: B023
            csv_base.append(best(lambda: bare_csv(texts), runs))  # noqa: B023
            pdf_t.append(best(lambda: build_pdf(reader, PdfRequest(Kind.HANDOUT, big)),  # noqa: B023
                              1 if size > 5000 else runs))
            pdf_base.append(best(lambda: bare_pdf(session_texts), 1 if size > 5000 else runs))  # noqa: B023
        print(f"{size:>6} {csv_t[-1]:>7.3f} {csv_base[-1]:>9.4f} {csv_t[-1] / csv_base[-1]:>6.0f}"
              f"   {pdf_t[-1]:>9.3f} {pdf_base[-1]:>9.3f} {pdf_t[-1] / pdf_base[-1]:>6.2f}")
    print(f"exponent {sizes[0]}->{sizes[-1]}: CSV {exponent(sizes, csv_t):.2f} "
          f"(bare {exponent(sizes, csv_base):.2f}), handout {exponent(sizes, pdf_t):.2f} "
          f"(bare {exponent(sizes, pdf_base):.2f})")
    # The redactor: 1,000 notes' text against more and more people.
    texts = [rng.choice(TEXTS) + f" ask {rng.choice(FIRST)} Person{rng.randrange(60)}"
             for _ in range(1000)]
    print(f"{'people':>6} {'redactor made + 1,000 notes s':>30} {'bare str.replace':>17}")
    for people in (60, 1800, 6000):
        with ProgrammeFile.create(folder / f"r{people}.coprod") as file:
            services = Services(file, FakeClock())
            services.programme.create_programme("Redact", organisation="Bench")
            build_people = file.db
            with build_people.atomic():
                for n in range(people):
                    build_people.execute(
                        "INSERT INTO attendee (name, group_name, created_at, name_in_handouts) "
                        "VALUES (?, 'staff', '2026-01-01T00:00:00+00:00', ?)",
                        [f"{rng.choice(FIRST)} Person{n}", n % 2])
            folk = services.read.attendees()
        def redact_all(people_: list[Attendee] = folk) -> list[str]:
            redactor = Redactor(people_)  # made once per export: counted too
            return [redactor(t) for t in texts]

        took = best(redact_all, runs)
        base = best(lambda: [t.replace("Person1 ", "Person 1 ") for t in texts], runs)
        print(f"{people:>6} {took:>30.4f} {base:>17.5f}")


if __name__ == "__main__":
    main()
