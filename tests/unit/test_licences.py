"""The licence notice: made from installed packages' metadata, or read from a frozen build."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from coprod_desktop import __version__, licences
from coprod_desktop.licences import Component

ROOT = Path(__file__).resolve().parents[2]


def test_requirement_names_skip_extras() -> None:
    assert licences._requirement_name("PySide6-Essentials>=6.11,<6.12; python_version < '3.12'") \
        == "PySide6-Essentials"
    assert licences._requirement_name("uvicorn[standard]>=0.30") == "uvicorn"
    assert licences._requirement_name('pytest>=8; extra == "test"') is None


def test_app_licence_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == licences.APP_LICENCE  # an SPDX expression (PEP 639)
    assert project["license-files"] == ["LICENSE"]
    assert "GNU GENERAL PUBLIC LICENSE" in (ROOT / "LICENSE").read_text()


def test_libraries_follow_requirements_and_carry_their_texts() -> None:
    found = {c.name.lower(): c for c in licences.library_components(["starlette>=0.40"])}
    assert {"starlette", "anyio"} <= set(found)  # anyio comes in through starlette
    assert found["starlette"].licence and found["starlette"].version
    assert any("permission" in text.lower() or "redistribution" in text.lower()
               for _, text in found["starlette"].texts)


def test_only_the_bundled_modules_count_when_asked() -> None:
    found = {c.name.lower() for c in licences.library_components(["starlette"], modules={"anyio"})}
    assert found == {"anyio"}


def test_fonts_are_found_with_their_licence(tmp_path: Path) -> None:
    family = tmp_path / "Friendly Sans"
    family.mkdir()
    (family / "FriendlySans-Regular.ttf").write_bytes(b"\0\1\0\0")
    (family / "OFL.txt").write_text("SIL OPEN FONT LICENSE Version 1.1 ...")
    (tmp_path / "notes.txt").write_text("not a font folder")
    [font] = licences.font_components(tmp_path)
    assert font.name == "Friendly Sans" and font.licence == "SIL Open Font License 1.1"
    assert font.texts[0][0] == "OFL.txt"


def test_notice_lists_each_component_and_gives_each_text() -> None:
    parts = [Component("Python", "3.11.0", "PSF-2.0", "runtime", (("LICENSE.txt", "PSF words"),)),
             Component("somelib", "1.2", "MIT", "library", (("LICENSE", "MIT words <b>"),)),
             Component("Friendly Sans", "", "SIL Open Font License 1.1", "font")]
    text = licences.notice_text(parts)
    summary, texts = text.split(licences.TEXTS_HEADING)
    assert "somelib 1.2" in summary and "Friendly Sans" in summary and "Python 3.11.0" in summary
    assert "MIT words <b>" in texts and "PSF words" in texts
    assert texts.count("GNU LESSER GENERAL PUBLIC LICENSE") == 1


def test_a_built_notice_wins(tmp_path: Path) -> None:
    built = tmp_path / licences.NOTICE_FILE
    built.write_text("written at build time")
    assert licences.current_notice(built) == "written at build time"
    made = licences.current_notice(tmp_path / "absent.txt")
    assert "Qt " in made and "Python " in made


def test_version_prints_version_licence_and_libraries() -> None:
    result = subprocess.run([sys.executable, "-m", "coprod_desktop", "--version"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Coprod Desktop {__version__}\n")
    assert licences.APP_LICENCE in result.stdout
    assert "uvicorn" in result.stdout and "coprod licences" in result.stdout
    assert licences.TEXTS_HEADING not in result.stdout  # the long texts are for `coprod licences`
