"""The Linux installer and file type, checked without building the frozen app (that is the smoke
test's job): install.sh and uninstall.sh run on a stand-in bundle in a throw-away home."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coprod_desktop.store.header import APPLICATION_ID
from coprod_desktop.store.programme_file import ProgrammeFile

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux installer")


def _magic_matches(data: bytes) -> bool:
    """Evaluate the MIME file's nested magic rules the way shared-mime-info does."""
    magic = ET.parse(LINUX / "coprod-desktop-mime.xml").find("m:mime-type/m:magic", NS)
    assert magic is not None

    def matches(rule: ET.Element) -> bool:
        offset = int(rule.get("offset", "0"))
        value = rule.get("value", "")
        if rule.get("type") == "string":
            wanted = value.encode().decode("unicode_escape").encode("latin-1")
            wanted = wanted.replace(b"\\000", b"\0")
        elif rule.get("type") == "big32":
            wanted = int(value, 16).to_bytes(4, "big")
        else:
            raise AssertionError(rule.get("type"))
        here = data[offset:offset + len(wanted)] == wanted
        children = rule.findall("m:match", NS)
        return here and (not children or any(matches(child) for child in children))

    return any(matches(rule) for rule in magic.findall("m:match", NS))


def test_magic_knows_a_programme_file_and_not_a_plain_database(tmp_path: Path) -> None:
    ProgrammeFile.create(tmp_path / "p.coprod").close()
    assert _magic_matches((tmp_path / "p.coprod").read_bytes()[:100])
    assert APPLICATION_ID == 0x43505244
    import sqlite3

    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("create table t (x)")
    assert not _magic_matches(plain.read_bytes()[:100])


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(["desktop-file-validate", str(LINUX / "coprod-desktop.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def _stand_in_tarball(tmp_path: Path) -> Path:
    """The tarball's layout, with a tiny script where the frozen app would be."""
    unpacked = tmp_path / "coprod-desktop-0.0.0-linux"
    (unpacked / "coprod").mkdir(parents=True)
    app = unpacked / "coprod" / "coprod"
    app.write_text('#!/bin/sh\necho "stand-in coprod $*"\n')
    app.chmod(0o755)
    for name in ("install.sh", "uninstall.sh"):
        shutil.copy2(LINUX / name, unpacked / name)
    share = unpacked / "share"
    share.mkdir()
    shutil.copy2(LINUX / "coprod-desktop.desktop", share)
    shutil.copy2(LINUX / "coprod-desktop-mime.xml", share)
    shutil.copytree(ROOT / "resources" / "icons" / "app", share / "icons")
    return unpacked


def test_install_then_uninstall_leaves_nothing(tmp_path: Path) -> None:
    unpacked = _stand_in_tarball(tmp_path)
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share"),
           "XDG_CONFIG_HOME": str(home / ".config")}
    subprocess.run(["bash", str(unpacked / "install.sh")], env=env, check=True,
                   capture_output=True, text=True)
    share = home / ".local" / "share"
    linked = home / ".local" / "bin" / "coprod"
    out = subprocess.run([str(linked), "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "stand-in coprod --version"
    entry = (share / "applications" / "coprod-desktop.desktop").read_text()
    assert f'Exec="{share}/coprod-desktop/app/coprod" %f' in entry
    assert (share / "mime" / "packages" / "coprod-desktop.xml").is_file()
    for size in (16, 48, 256, 512):
        assert (share / f"icons/hicolor/{size}x{size}/apps/coprod-desktop.png").is_file()
        assert (share / f"icons/hicolor/{size}x{size}/mimetypes/application-x-coprod.png").is_file()
    assert (share / "icons/hicolor/scalable/apps/coprod-desktop.svg").is_file()
    (home / "Documents").mkdir()
    (home / "Documents" / "mine.coprod").write_text("a programme the uninstaller must keep")

    subprocess.run([str(share / "coprod-desktop" / "uninstall.sh")], env=env, check=True,
                   capture_output=True, text=True)
    left = [p for p in home.rglob("*") if "coprod-desktop" in p.name or "x-coprod" in p.name
            or p == linked]
    assert left == []
    assert (home / "Documents" / "mine.coprod").is_file()
    mimeapps = home / ".config" / "mimeapps.list"
    assert not mimeapps.exists() or "x-coprod" not in mimeapps.read_text()


def test_install_refuses_outside_the_unpacked_folder(tmp_path: Path) -> None:
    lone = tmp_path / "install.sh"
    shutil.copy2(LINUX / "install.sh", lone)
    result = subprocess.run(["bash", str(lone)], env={**os.environ, "HOME": str(tmp_path)},
                            capture_output=True, text=True)
    assert result.returncode == 1 and "unpacked" in result.stderr
