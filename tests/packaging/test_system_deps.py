"""scripts/system-deps.sh picks ALSA's package by what apt really offers.

Each case is a small local apt repository (a Packages index read through a file: source) and the
real apt-get and apt-cache, pointed at it with APT_CONFIG: the machine's own apt state is not used.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("apt-get") is None,
    reason="Debian's apt")

# Ubuntu 24.04 (and Debian 13): the 64-bit time rename left `libasound2` only as a virtual name,
# and with two packages providing it apt-get refuses it ("You should explicitly select one").
NOBLE = """Package: libasound2t64
Version: 1.2.14-1
Architecture: amd64
Provides: libasound2 (= 1.2.14-1)
Filename: pool/libasound2t64_1.2.14-1_amd64.deb
Size: 1
Description: ALSA shared library

Package: liboss4-salsa-asound2
Version: 4.2-build2020-1ubuntu3
Architecture: amd64
Provides: libasound2
Filename: pool/liboss4-salsa-asound2_4.2-build2020-1ubuntu3_amd64.deb
Size: 1
Description: ALSA emulation over OSS
"""
# Debian 12: only the old name, a real package.
BOOKWORM = """Package: libasound2
Version: 1.2.8-1+b1
Architecture: amd64
Filename: pool/libasound2_1.2.8-1+b1_amd64.deb
Size: 1
Description: ALSA shared library
"""


def _apt(tmp_path: Path, packages: str) -> dict[str, str]:
    repo = tmp_path / "repo"
    for folder in (repo, tmp_path / "lists" / "partial", tmp_path / "cache" / "archives" / "partial",
                   tmp_path / "parts"):
        folder.mkdir(parents=True)
    (repo / "Packages").write_text(packages + "\n")
    (tmp_path / "status").write_text("")
    (tmp_path / "sources.list").write_text(f"deb [trusted=yes] file:{repo} ./\n")
    config = tmp_path / "apt.conf"
    config.write_text("\n".join([
        f'Dir::Etc::SourceList "{tmp_path / "sources.list"}";',
        f'Dir::Etc::SourceParts "{tmp_path / "parts"}";',
        f'Dir::State::Lists "{tmp_path / "lists"}";',
        f'Dir::Cache "{tmp_path / "cache"}";',
        f'Dir::State::status "{tmp_path / "status"}";',
        'APT::Architecture "amd64";',
        'Debug::NoLocking "true";', ""]))
    env = {**os.environ, "APT_CONFIG": str(config)}
    subprocess.run(["apt-get", "update"], env=env, check=True, capture_output=True, timeout=60)
    return env


def _chosen(env: dict[str, str]) -> list[str]:
    done = subprocess.run(["bash", str(ROOT / "scripts" / "system-deps.sh"), "list", "app"],
                          env=env, check=True, capture_output=True, text=True, timeout=60)
    return done.stdout.split()


def _installable(env: dict[str, str], name: str) -> bool:
    done = subprocess.run(["apt-get", "install", "-s", "-qq", name], env=env,
                          capture_output=True, text=True, timeout=60)
    return done.returncode == 0


def test_where_libasound2_is_virtual_the_t64_package_is_asked_for(tmp_path: Path) -> None:
    env = _apt(tmp_path, NOBLE)
    assert not _installable(env, "libasound2")  # what stopped start.sh before
    chosen = _chosen(env)
    assert "libasound2t64" in chosen and "libasound2" not in chosen
    assert _installable(env, "libasound2t64")


def test_where_only_libasound2_exists_it_is_asked_for(tmp_path: Path) -> None:
    env = _apt(tmp_path, BOOKWORM)
    chosen = _chosen(env)
    assert "libasound2" in chosen and "libasound2t64" not in chosen
    assert _installable(env, "libasound2")


def test_the_speech_library_is_asked_for(tmp_path: Path) -> None:
    """The read-aloud plugin PySide6 carries needs libspeechd.so.2 (from libspeechd2)."""
    env = _apt(tmp_path, BOOKWORM)
    assert "libspeechd2" in _chosen(env)
