"""What the start benchmarks share: a bare PySide6 window that says when it is first painted, and
the clock the parent reads that line by (bench_cold_start.py from the dev environment,
bench_frozen_start.py from the PyInstaller build)."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The baseline: the least a PySide6 app does to show a window. It prints "painted" at the first
# paint event of its window and quits.
BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Painted(QObject):
    done = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
watch = Painted()
window.installEventFilter(watch)
window.resize(1024, 700)
window.show()
app.exec()
"""


def first_paint(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Seconds from starting `args` to reading its first-paint line ("painted" from BARE, the
    "Smoke test: ... drawn ..." line from `coprod --smoke-test`), and that line."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=env, cwd=ROOT)
    assert proc.stdout is not None
    for line in proc.stdout:
        if "painted" in line or "drawn" in line:
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"no window was drawn by {args}")
    proc.wait(timeout=60)
    return elapsed, line.strip()
