"""The headless `coprod` commands, run as a user would run them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def coprod(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coprod_desktop", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_demo_then_info(tmp_path: Path) -> None:
    out = tmp_path / "d.coprod"
    made = coprod("demo", str(out))
    assert made.returncode == 0, made.stderr
    info = coprod("info", str(out))
    assert info.returncode == 0, info.stderr
    assert "Ashbrook autism support" in info.stdout
    assert "Attendees:       52" in info.stdout
    counts = dict(line.split(":", 1) for line in info.stdout.splitlines())
    assert int(counts["Notes"]) >= 250 and int(counts["Sessions"]) >= 6


def test_info_refuses_with_one_line(tmp_path: Path) -> None:
    junk = tmp_path / "junk.coprod"
    junk.write_bytes(b"\x00\x01not a database")
    result = coprod("info", str(junk))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "not a Coprod Desktop programme file" in result.stderr
    missing = coprod("info", str(tmp_path / "nope.coprod"))
    assert missing.returncode == 1 and "does not exist" in missing.stderr


def test_demo_will_not_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "d.coprod"
    out.write_text("precious")
    result = coprod("demo", str(out))
    assert result.returncode == 1 and "already exists" in result.stderr
    assert out.read_text() == "precious"


def test_version() -> None:
    result = coprod("--version")
    assert result.returncode == 0 and result.stdout.startswith("Coprod Desktop ")
