"""`coprod export` as a user runs it, and failed exports that leave nothing behind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from coprod_desktop.cli import main
from coprod_desktop.demo.builder import build_demo
from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.export.atomic import ExportFailed, write_file
from coprod_desktop.export.documents import Kind, PdfRequest, export_pdf
from coprod_desktop.export.tables import TABLES
from tests.export.conftest import Sample, flat, pdf_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.coprod")


def test_export_the_demo_as_each_pdf_and_as_tables(demo: Path, tmp_path: Path, capsys):
    assert main(["export", str(demo), "--pdf", str(tmp_path / "h.pdf")]) == 0
    assert "Wrote the session handout to" in capsys.readouterr().out
    latest = flat(pdf_text(tmp_path / "h.pdf"))
    assert "Team meeting 4: how the tests went" in latest  # the last session people came to
    assert main(["export", str(demo), "--pdf", str(tmp_path / "d.pdf"), "--session", "1",
                 "--kind", "large-print", "--paper", "letter"]) == 0
    assert "Discovery workshop" in flat(pdf_text(tmp_path / "d.pdf"))
    for kind in ("register", "programme", "screen-reader"):
        assert main(["export", str(demo), "--pdf", str(tmp_path / f"{kind}.pdf"),
                     "--kind", kind]) == 0
        assert PdfReader(tmp_path / f"{kind}.pdf").pages
    assert main(["export", str(demo), "--pdf", str(tmp_path / "p.pdf"), "--kind", "poster",
                 "--join-url", "http://10.1.1.1:8765/j", "--wifi-name", "Library"]) == 0
    assert main(["export", str(demo), "--csv", str(tmp_path / "csv")]) == 0
    assert main(["export", str(demo), "--json", str(tmp_path / "json")]) == 0
    assert len(list((tmp_path / "json").glob("*.json"))) == len(TABLES)
    assert not list(tmp_path.glob(".*"))  # no temporary files left


def test_export_while_the_app_has_the_file_open(sample: Sample, programme_path: Path,
                                                tmp_path: Path):
    # `sample` holds the file open (and locked), as the running app would.
    out = tmp_path / "h.pdf"
    assert main(["export", str(programme_path), "--pdf", str(out), "--session",
                 str(sample.session_id)]) == 0
    assert "Zofia Wiśniewska" in flat(pdf_text(out))


@pytest.mark.parametrize(("args", "message"), [
    (["--kind", "poster"], "needs the sign-in address"),
    (["--session", "99"], "no longer in this programme"),
    (["--session", "all"], "is for one session"),
    (["--session", "soon"], "should be a session number"),
])
def test_refusals_say_why_and_write_nothing(demo: Path, tmp_path: Path, capsys, args, message):
    out = tmp_path / "out.pdf"
    assert main(["export", str(demo), "--pdf", str(out), *args]) == 1
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_unwritable_places_are_refused_plainly(demo: Path, tmp_path: Path, capsys):
    assert main(["export", str(demo), "--pdf", str(tmp_path / "no" / "such" / "x.pdf")]) == 1
    assert "that folder does not exist. Nothing has been written." in capsys.readouterr().err
    (tmp_path / "taken.pdf").mkdir()
    assert main(["export", str(demo), "--pdf", str(tmp_path / "taken.pdf")]) == 1
    assert "there is a folder with that name" in capsys.readouterr().err
    (tmp_path / "file").write_text("x")
    assert main(["export", str(demo), "--csv", str(tmp_path / "file")]) == 1
    assert "it is a file, not a folder" in capsys.readouterr().err


def test_a_failed_build_keeps_the_previous_file(sample: Sample, tmp_path: Path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "poster.pdf"
    out.write_bytes(b"the poster printed last week")
    with pytest.raises(ValidationError, match="sign-in address"):
        export_pdf(sample.services.read, PdfRequest(Kind.POSTER, sample.session_id), out)
    assert out.read_bytes() == b"the poster printed last week"
    assert [p.name for p in tmp_path.iterdir()] == ["poster.pdf"]


def test_a_write_that_fails_halfway_leaves_no_file(tmp_path: Path):
    """A real failed write: the process may not write files bigger than 4 KB (as if the disk
    filled up), so saving 100 KB fails partway; no half-written file may remain."""
    code = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "from coprod_desktop.export.atomic import write_file, ExportFailed\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n"
        "try:\n"
        f"    write_file(Path({str(tmp_path / 'big.pdf')!r}), b'x' * 100_000)\n"
        "except ExportFailed as exc:\n"
        "    print(exc.message)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert "Could not save 'big.pdf'" in done.stdout, done.stderr
    assert "Nothing has been written." in done.stdout
    assert list(tmp_path.iterdir()) == []


def test_write_file_replaces_whole(tmp_path: Path):
    target = tmp_path / "a.pdf"
    write_file(target, b"first")
    write_file(target, b"second")
    assert target.read_bytes() == b"second" and len(list(tmp_path.iterdir())) == 1
    with pytest.raises(ExportFailed):
        write_file(tmp_path, b"x")


def test_a_programme_with_no_sessions(services, programme_path: Path, tmp_path: Path, capsys):
    """Nothing to hand out yet: the handout refuses plainly; the rest are valid, if short."""
    assert main(["export", str(programme_path), "--pdf", str(tmp_path / "h.pdf")]) == 1
    assert "no sessions yet" in capsys.readouterr().err
    for kind in ("register", "programme"):
        assert main(["export", str(programme_path), "--pdf", str(tmp_path / f"{kind}.pdf"),
                     "--kind", kind]) == 0
    assert "Nobody has signed in yet" in flat(pdf_text(tmp_path / "register.pdf"))
    assert "No sessions have been added yet." in flat(pdf_text(tmp_path / "programme.pdf"))
    assert main(["export", str(programme_path), "--csv", str(tmp_path / "csv")]) == 0
    assert (tmp_path / "csv" / "notes.csv").read_text("utf-8-sig").startswith("id,session_id")
