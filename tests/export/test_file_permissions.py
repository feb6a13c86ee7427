"""Exports get the permissions the user's other files get (their umask), not mkstemp's 0600."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_desktop.export.atomic import write_file

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows files have no such modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("umask", "expected"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_a_new_export_follows_the_umask(tmp_path: Path, umask: int, expected: int) -> None:
    old = os.umask(umask)
    try:
        written = write_file(tmp_path / "handout.pdf", b"%PDF-1.4\n")
    finally:
        os.umask(old)
    assert _mode(written) == expected


def test_a_replaced_export_keeps_the_mode_it_had(tmp_path: Path) -> None:
    target = tmp_path / "register.pdf"
    target.write_bytes(b"old")
    target.chmod(0o604)
    write_file(target, b"new")
    assert target.read_bytes() == b"new" and _mode(target) == 0o604


def test_the_cli_writes_a_pdf_others_may_read_under_umask_022(tmp_path: Path) -> None:
    demo, pdf = tmp_path / "demo.coprod", tmp_path / "handout.pdf"
    run = [sys.executable, "-m", "coprod_desktop"]
    subprocess.run([*run, "demo", str(demo)], check=True, capture_output=True, timeout=120)
    subprocess.run(["sh", "-c", 'umask 022 && exec "$@"', "sh", *run, "export", "--pdf", str(pdf),
                    str(demo)], check=True, capture_output=True, timeout=120)
    assert _mode(pdf) == 0o644
