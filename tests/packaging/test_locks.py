"""Each lock holds, for Windows, macOS and Linux, every package its packages ask for there.

The locks were once compiled for Linux only and lacked colorama, which click and qrcode need on
Windows. Here each locked package's own metadata (from the installed copy) is read, its
requirements are evaluated in the marker environment of each platform, and each one that applies
must be locked with a marker that is true there too.
"""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]

PLATFORMS = {
    "windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
                "platform_machine": "AMD64"},
    "macos": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
              "platform_machine": "arm64"},
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
              "platform_machine": "x86_64"},
}
PYTHON = {"python_version": "3.11", "python_full_version": "3.11.9",
          "implementation_name": "cpython", "platform_python_implementation": "CPython"}


def _environment(platform: str) -> dict[str, str]:
    return {**PYTHON, **PLATFORMS[platform], "extra": ""}


def _locked(lock: str) -> dict[str, Marker | None]:
    pins: dict[str, Marker | None] = {}
    for line in (ROOT / "requirements" / lock).read_text().splitlines():
        if not re.match(r"^[A-Za-z0-9]", line):
            continue
        requirement = Requirement(line)
        assert requirement.specifier and str(requirement.specifier).startswith("=="), line
        pins[canonicalize_name(requirement.name)] = requirement.marker
    return pins


def _applies(marker: Marker | None, platform: str) -> bool:
    return marker is None or marker.evaluate(_environment(platform))  # type: ignore[arg-type]


@pytest.mark.parametrize("lock", ["app.lock", "test.lock", "package.lock"])
@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_every_requirement_on_the_platform_is_locked(lock: str, platform: str) -> None:
    pins = _locked(lock)
    missing = []
    checked = 0
    for name, marker in pins.items():
        if not _applies(marker, platform):
            continue
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue  # not installed here (another platform's or the packaging lock's): no metadata
        checked += 1
        for text in requires:
            needed = Requirement(text)
            if needed.marker is not None and not needed.marker.evaluate(_environment(platform)):
                continue  # an extra we do not ask for, or another platform's
            if not _applies(pins.get(canonicalize_name(needed.name)), platform) or \
                    canonicalize_name(needed.name) not in pins:
                missing.append(f"{name} needs {needed}")
    assert checked >= 10
    assert not missing, f"{lock} on {platform}: " + "; ".join(missing)


def test_windows_gets_colorama_and_linux_does_not() -> None:
    """click and qrcode ask for colorama on Windows only: the lock must say just that."""
    pins = _locked("app.lock")
    assert _applies(pins["colorama"], "windows")
    assert not _applies(pins["colorama"], "linux")
    assert _applies(pins["tzdata"], "windows")


def test_the_windows_check_lock_pins_what_test_lock_pins_for_windows() -> None:
    """packaging/windows/check.lock is test.lock for win_amd64 with every file's hash."""
    windows = {}
    for line in (ROOT / "packaging" / "windows" / "check.lock").read_text().splitlines():
        if re.match(r"^[A-Za-z0-9]", line):
            requirement = Requirement(line.rstrip(" \\"))
            windows[canonicalize_name(requirement.name)] = str(requirement.specifier)
    text = (ROOT / "packaging" / "windows" / "check.lock").read_text()
    assert text.count("--hash=sha256:") >= len(windows)
    expected = {}
    for line in (ROOT / "requirements" / "test.lock").read_text().splitlines():
        if re.match(r"^[A-Za-z0-9]", line):
            requirement = Requirement(line)
            if _applies(requirement.marker, "windows"):
                expected[canonicalize_name(requirement.name)] = str(requirement.specifier)
    assert windows == expected
