"""Frozen start benchmark: the app as facilitators run it (the PyInstaller one-folder build of
packaging/build.sh) opening its window, beside a bare PySide6 window frozen the same way (run on
demand, not in CI; the two builds take a few minutes):

    .venv/bin/python tests/bench/bench_frozen_start.py [ROUNDS] [--no-build]

`--no-build` reuses dist/coprod and the bare window's build from an earlier run (and builds only
what is missing). Each round starts, in turn, the frozen bare window, the frozen app at its welcome
page, the bare window again and the frozen app opening a fresh copy of the demo programme, each a
new process with a fresh data folder (HOME and XDG_DATA_HOME in a throw-away folder, Qt
offscreen). The time is from starting the process to the moment the parent reads its first-paint
line (tests/bench/first_paint.py, as bench_cold_start.py times it); ratios are taken per pair, so
load on the machine moves both sides alike. One untimed start of each kind comes first, so every
file both read is in the page cache, as on a laptop that has started the app before.

The baseline is bench_cold_start.py's BARE program, frozen by the same PyInstaller from the same
build environment (build/package-venv, or COPROD_BUILD_VENV) with the options packaging/coprod.spec
uses where they apply to any PySide6 app: one folder with `_internal`, the modules in the PYZ
archive as unoptimised bytecode, no UPX, stripped on Linux, and packaging/trim.py's trimming (its
excluded modules, dropped Qt plugins and translations, the libraries only they needed, and the
runtime hooks left out), or none of it when COPROD_UNTRIMMED=1, as for the app. So the baseline
carries the bootloader, Python and its base library, the runtime hooks PyInstaller adds for what
it imports (PySide6's and inspect's), QtCore, QtGui and QtWidgets with the Qt plugins
PyInstaller's hooks take for them. It is fair because that is the least any widgets app frozen
this way starts with; everything beyond it (our code and data files, the other libraries and Qt
modules, and the runtime hooks they bring) is what the app chooses to carry, as its imports are
in the dev-environment comparison. The app's own `--smoke-test` line also says how long after
cli.py began it was drawn; the rest (the parent's time less that) is the bootloader, Python's
start and the imports before cli.py, printed as "before cli.py".
Target (issue 18): the app at most 1.5x a bare window, at the welcome page and with a programme.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.first_paint import BARE, first_paint  # noqa: E402
from tests.bench.fresh_demo import fresh_demo  # noqa: E402

EXE = ".exe" if sys.platform == "win32" else ""
APP = ROOT / "dist" / "coprod" / f"coprod{EXE}"
BENCH_BUILD = ROOT / "build" / "bench-frozen"
BARE_APP = BENCH_BUILD / "dist" / "bare" / f"bare{EXE}"
DEV_BASELINE = ("earlier baseline, the dev environment from bytecode (bench_cold_start.py, "
                "5 December 08:16, load 0.4): welcome page 1.25x a bare window (140 against "
                "109 ms), demo programme 2.59x (279 against 106 ms)")

# The bare window's spec: coprod.spec's options that apply to any PySide6 app (see the docstring).
BARE_SPEC = """# ruff: noqa
import os, sys
sys.path.insert(0, {packaging!r})
import trim

TRIM = os.environ.get("COPROD_UNTRIMMED", "") not in ("1", "yes", "true")
a = Analysis([{script!r}], excludes=trim.EXCLUDED_MODULES if TRIM else [], noarchive=False,
             optimize=0)
if TRIM:
    a.binaries, a.datas = trim.keep(a.binaries, a.datas)
    a.scripts = trim.runtime_hooks(a.scripts)
pyz = PYZ(a.pure)
STRIP = TRIM and sys.platform.startswith("linux")
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="bare", console=True, strip=STRIP,
          upx=False, contents_directory="_internal")
coll = COLLECT(exe, a.binaries, a.datas, strip=STRIP, upx=False, name="bare")
"""


def build_python() -> Path:
    venv = Path(os.environ.get("COPROD_BUILD_VENV", ROOT / "build" / "package-venv"))
    venv = venv if venv.is_absolute() else ROOT / venv
    return venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def build(reuse: bool) -> None:
    if not (reuse and APP.exists()):
        subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], check=True, cwd=ROOT)
    if reuse and BARE_APP.exists():
        return
    BENCH_BUILD.mkdir(parents=True, exist_ok=True)
    script, spec = BENCH_BUILD / "bare.py", BENCH_BUILD / "bare.spec"
    script.write_text(BARE, encoding="utf-8")
    spec.write_text(BARE_SPEC.format(packaging=str(ROOT / "packaging"), script=str(script)),
                    encoding="utf-8")
    subprocess.run([str(build_python()), "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(BENCH_BUILD / "dist"),
                    "--workpath", str(BENCH_BUILD / "work"), str(spec)], check=True, cwd=ROOT)


def size(folder: Path) -> str:
    return subprocess.run(["du", "-sh", str(folder)], capture_output=True,
                          text=True).stdout.split()[0]


def before_cli(elapsed: float, line: str) -> float:
    """The part of a start before cli.py ran: the parent's time less the app's own count."""
    found = re.search(r"(\d+) ms after the command started", line)
    return elapsed - int(found.group(1)) / 1000 if found else float("nan")


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--no-build"]
    rounds = int(args[0]) if args else 5
    build(reuse="--no-build" in sys.argv[1:])
    demo, env = fresh_demo()
    work = demo.parent
    env = dict(env, QT_QPA_PLATFORM="offscreen", HOME=str(work / "home"))
    app_args = [str(APP), "--smoke-test", "0"]
    shutil.copy(demo, work / "warm.coprod")
    for warm in ([str(BARE_APP)], app_args, [*app_args, str(work / "warm.coprod")]):
        first_paint(warm, dict(env, XDG_DATA_HOME=str(work / "warm")))  # untimed
    results: dict[str, list[tuple[float, float]]] = {"welcome page": [], "demo programme": []}
    early: list[float] = []
    for _ in range(rounds):
        for what in results:
            data = work / "data"
            shutil.rmtree(data, ignore_errors=True)
            run_env = dict(env, XDG_DATA_HOME=str(data))
            extra: list[str] = []
            if what == "demo programme":
                shutil.copy(demo, work / "copy.coprod")
                extra = [str(work / "copy.coprod")]
            base = first_paint([str(BARE_APP)], run_env)[0]
            app, line = first_paint([*app_args, *extra], run_env)
            results[what].append((app, base))
            early.append(before_cli(app, line))
    print(DEV_BASELINE)
    print(f"frozen builds: the app {size(APP.parent)}, the bare window {size(BARE_APP.parent)}"
          f" ({'untrimmed' if os.environ.get('COPROD_UNTRIMMED') else 'trimmed'})")
    for what, pairs in results.items():
        ratios = [a / b for a, b in pairs]
        print(f"frozen, {what}: app median {statistics.median(a for a, _ in pairs) * 1000:.0f} "
              f"ms, bare window median {statistics.median(b for _, b in pairs) * 1000:.0f} ms, "
              f"ratio median {statistics.median(ratios):.2f}x "
              f"(pairs: {', '.join(f'{r:.2f}' for r in ratios)})")
    print(f"frozen app before cli.py (bootloader, Python, first imports): median "
          f"{statistics.median(early) * 1000:.0f} ms")
    print("uptime:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
