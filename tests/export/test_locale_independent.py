"""Handouts print dates in the handout's language whatever the laptop's locale is set to."""

from __future__ import annotations

import locale
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_desktop.clock import FakeClock
from coprod_desktop.services import Services
from tests.export.conftest import flat, pdf_text
from tests.export.multiscript import make_multiscript

# Built under the process locale the laptop gives, as the app does (Qt calls setlocale(LC_ALL, "")).
_BUILD = """
import locale, sys
from pathlib import Path
locale.setlocale(locale.LC_ALL, "")
print(locale.setlocale(locale.LC_TIME))
from coprod_desktop.export.documents import Kind, PdfRequest, build_pdf
from coprod_desktop.store.programme_file import ProgrammeFile
from coprod_desktop.store.reader import Reader
file = ProgrammeFile.open(Path(sys.argv[1]))
Path(sys.argv[2]).write_bytes(build_pdf(Reader(file.db), PdfRequest(kind=Kind.HANDOUT)))
"""


def _have(name: str) -> bool:
    try:
        locale.setlocale(locale.LC_TIME, name)
    except locale.Error:
        return False
    finally:
        locale.setlocale(locale.LC_TIME, "C")
    return True


@pytest.mark.parametrize("system", ["cy_GB.UTF-8", "pl_PL.UTF-8"])
def test_a_welsh_or_polish_laptop_prints_the_handout_language(
        system: str, services: Services, clock: FakeClock, tmp_path: Path):
    if not _have(system):
        pytest.fail(f"{system} is not installed: run scripts/system-deps.sh test (it makes it)")
    make_multiscript(services, clock)
    copy = tmp_path / "copy.coprod"  # the open programme is locked to this process
    services.ctx.db.conn.execute("VACUUM INTO ?", (str(copy),))
    out = tmp_path / "handout.pdf"
    env = {**os.environ, "LC_ALL": system, "LANG": system}
    done = subprocess.run([sys.executable, "-c", _BUILD, str(copy), str(out)],
                          env=env, capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.strip().lower().replace("utf8", "utf-8") == system.lower()
    text = flat(pdf_text(out))
    assert "Tuesday 10 November 2026" in text
    assert "Mawrth" not in text and "Tachwedd" not in text  # Welsh
    assert "wtorek" not in text.lower() and "listopada" not in text  # Polish


def test_one_dot_is_one_dot(services: Services, clock: FakeClock, tmp_path: Path):
    from coprod_desktop.export.documents import Kind, PdfRequest, build_pdf
    from coprod_desktop.store.reader import Reader

    sid = make_multiscript(services, clock)
    out = tmp_path / "handout.pdf"
    out.write_bytes(build_pdf(Reader(services.ctx.db), PdfRequest(kind=Kind.HANDOUT,
                                                                  session_id=sid)))
    text = flat(pdf_text(out))
    assert "1 dot " in text + " " and "1 dots" not in text
    assert "2 dots" in text
