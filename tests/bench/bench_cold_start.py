"""Cold start benchmark: the real `coprod` opening its window, beside a bare PySide6 window opened
in the same run (run on demand, not in CI):

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_cold_start.py [ROUNDS]

Each round starts, in turn, a bare window, the app at its welcome page, a bare window again and
the app opening a copy of the demo programme, each in a new Python process with a fresh data
folder. The time is from starting the process to the moment its window's first paint event
arrives (the process prints a line then; the parent notes when it reads it), so interpreter
start-up is in both. Ratios are taken per pair, so load on the machine moves both sides alike.

Both sides run from compiled bytecode, as an installed app does (pip compiles a wheel's modules
when it installs them; a frozen build holds them compiled): the children write theirs under the
run's own PYTHONPYCACHEPREFIX, even where PYTHONDONTWRITEBYTECODE is set, and one untimed start
of each kind comes first. `--from-source` keeps the environment's setting instead (with
PYTHONDONTWRITEBYTECODE=1 every start then compiles our ~400 modules again: about 0.3 s more).
Target (issue 18): the app at most 1.5x a bare window, at the welcome page and with a programme.

A facilitator's app remembers the programmes opened lately (File › Open Recent, the welcome
page's list) and, started without a file, reopens the latest: "last programme reopened" starts
with five in its settings, as every start after the first week does, and "demo programme" opens
a file with the same five remembered; "welcome page" is the very first start, with none.

`--large` adds a further kind of round: a programme a year of meetings could leave (30 sessions,
20,000 notes, 1,800 people; built as bench_export_scaling.py builds its largest), to show whether
the start grows with what the file holds.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.first_paint import BARE, first_paint  # noqa: E402

BEFORE = ("baselines (issue 18): before lazy imports, welcome page 5.9x a bare window, a programme "
          "7.1x (1.69 s against 0.21 s; compiled from source each start); before panels were "
          "built on first show, from bytecode, welcome page 1.99x, a programme 8.34x (0.89 s "
          "against 0.11 s)")


def main() -> None:
    args = [a for a in sys.argv[1:] if a not in ("--from-source", "--large")]
    from_source = "--from-source" in sys.argv[1:]
    large = "--large" in sys.argv[1:]
    rounds = int(args[0]) if args else 5
    work = Path(tempfile.mkdtemp())
    demo = work / "demo.coprod"
    subprocess.run([sys.executable, "-m", "coprod_desktop", "demo", str(demo)], check=True,
                   cwd=ROOT, stdout=subprocess.DEVNULL)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(work / "home"))
    if not from_source:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "bytecode")
    bare = [sys.executable, "-c", BARE]
    warm_env = dict(env, XDG_DATA_HOME=str(work / "warm"))
    shutil.copy(demo, work / "warm.coprod")
    for warm in (bare, [sys.executable, "-m", "coprod_desktop", str(work / "warm.coprod"),
                        "--smoke-test", "0"]):
        first_paint(warm, warm_env)  # untimed: writes the bytecode both sides run from
    recent = _recent_programmes(work, demo)
    kinds = ["welcome page", "last programme reopened", "demo programme"] + (
        ["large programme"] if large else [])
    if large:
        import random

        from tests.bench.bench_export_scaling import build

        build(work / "large.coprod", 20_000, 1_800, random.Random(18))
    results: dict[str, list[tuple[float, float]]] = {what: [] for what in kinds}
    for _ in range(rounds):
        for what in kinds:
            extra: list[str] = []
            data = work / "data"
            shutil.rmtree(data, ignore_errors=True)
            run_env = dict(env, XDG_DATA_HOME=str(data))
            if what != "welcome page":
                _remember(data, recent)
            copy = work / "copy.coprod"
            if what.endswith(" programme"):
                shutil.copy(demo if what == "demo programme" else work / "large.coprod", copy)
                extra = [str(copy)]
            base = first_paint(bare, run_env)[0]
            app = first_paint(
                [sys.executable, "-m", "coprod_desktop", *extra, "--smoke-test", "0"], run_env)[0]
            results[what].append((app, base))
    print(BEFORE)
    print("modules run from:", "source, as the environment says" if from_source else "bytecode")
    for what, pairs in results.items():
        ratios = [a / b for a, b in pairs]
        print(f"{what}: app median {statistics.median(a for a, _ in pairs) * 1000:.0f} ms, "
              f"bare window median {statistics.median(b for _, b in pairs) * 1000:.0f} ms, "
              f"ratio median {statistics.median(ratios):.2f}x "
              f"(pairs: {', '.join(f'{r:.2f}' for r in ratios)})")
    print("uptime:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    shutil.rmtree(work, ignore_errors=True)


def _recent_programmes(work: Path, demo: Path) -> list[Path]:
    """Five programme files in two folders, as a facilitator's recent list holds them."""
    made = []
    for number in range(5):
        folder = work / ("stick" if number % 2 else "Documents")
        folder.mkdir(exist_ok=True)
        made.append(shutil.copy(demo, folder / f"Programme {number + 1}.coprod"))
    return [Path(p) for p in made]


def _remember(data: Path, recent: list[Path]) -> None:
    """The app's settings file (app.app_settings: user_data_path) with `recent` remembered,
    written as QSettings writes it."""
    from platformdirs import user_data_path
    from PySide6.QtCore import QSettings

    os.environ["XDG_DATA_HOME"] = str(data)  # where platformdirs looks, as the child will
    folder = user_data_path("Coprod Desktop", "Coprod")
    folder.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("recent/files", [str(p) for p in recent])
    settings.sync()


if __name__ == "__main__":
    main()
