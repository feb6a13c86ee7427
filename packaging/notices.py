"""Write the frozen app's licence notice (resources/licences/THIRD-PARTY.txt), for coprod.spec.

It lists what the bundle really carries: the Python distributions whose modules went in, Python
and Qt, the fonts in resources/fonts, and the shared libraries PyInstaller copied from the build
machine's own system. On Debian and Ubuntu those are traced to their packages, whose copyright
files are included; elsewhere they are named.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path, PurePosixPath

from coprod_desktop.licences import (
    font_components,
    library_components,
    notice_text,
    python_component,
    qt_component,
)


def _top_level(dest: str) -> str:
    first = PurePosixPath(dest.replace("\\", "/")).parts[0]
    return first.split(".")[0]


def bundled_modules(pure: list[tuple], binaries: list[tuple]) -> set[str]:
    names = {str(entry[0]).split(".")[0] for entry in pure}
    names |= {_top_level(str(e[0])) for e in binaries if e[2] == "EXTENSION"}
    return names


def _python_places() -> list[str]:
    places = {sys.prefix, sys.base_prefix, sysconfig.get_paths()["purelib"],
              sysconfig.get_paths()["platlib"]}
    return [os.path.realpath(p) for p in places]


def system_libraries(binaries: list[tuple]) -> list[Path]:
    """The shared libraries that came from the system rather than from Python or a wheel."""
    ours = _python_places()
    found = set()
    for _dest, source, kind in binaries:
        if kind not in ("BINARY", "EXTENSION") or not source:
            continue
        real = os.path.realpath(source)
        if not any(real.startswith(place + os.sep) for place in ours):
            found.add(Path(real))
    return sorted(found)


def _debian_package(path: Path) -> str | None:
    candidates = {str(path)}
    text = str(path)
    if text.startswith("/usr/"):
        candidates.add(text[len("/usr"):])
    else:
        candidates.add("/usr" + text)
    for candidate in sorted(candidates):
        result = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0 and ":" in result.stdout:
            return result.stdout.split(":")[0].strip()
    return None


def _debian_version(package: str) -> str:
    result = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True,
                            text=True)
    return result.stdout.strip()


def system_section(libraries: list[Path]) -> tuple[str, str]:
    """A summary of the system libraries and, where Debian's records allow, their copyright
    files (the summary goes with the other summaries, the copyright files at the end)."""
    if not libraries:
        return "", ""
    lines = ["System libraries copied from the machine that built this copy:"]
    if shutil.which("dpkg-query") is None:
        lines.extend(f"  {lib.name}" for lib in libraries)
        lines.append("  (their licences are those of that system's packages)")
        return "\n".join(lines), ""
    packages: dict[str, list[str]] = {}
    for lib in libraries:
        packages.setdefault(_debian_package(lib) or "(no package)", []).append(lib.name)
    texts = []
    for package, names in sorted(packages.items()):
        version = _debian_version(package) if package != "(no package)" else ""
        lines.append(f"  {package} {version}: {', '.join(sorted(names))}".rstrip())
        copyright_file = Path("/usr/share/doc") / package.split(":")[0] / "copyright"
        if copyright_file.is_file():
            body = copyright_file.read_text(encoding="utf-8", errors="replace").rstrip()
            texts.append(f"--- Debian package {package}: copyright ---\n\n{body}\n")
    lines.append("  (Debian package copyright files follow, after the other licence texts)")
    return "\n".join(lines), "\n".join(texts)


def write_notice(target: Path, root: Path, pure: list[tuple], binaries: list[tuple]) -> Path:
    with (root / "pyproject.toml").open("rb") as handle:
        requirements = tomllib.load(handle)["project"]["dependencies"]
    libraries = library_components(requirements, modules=bundled_modules(pure, binaries))
    components = [python_component(), *qt_component(libraries), *libraries,
                  *font_components(root / "resources" / "fonts")]
    summary, appendix = system_section(system_libraries(binaries))
    text = notice_text(components, summary)
    if appendix:
        text = text.rstrip() + "\n\n" + appendix
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target
