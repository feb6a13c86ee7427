"""The app's licence, and the licences of the libraries and fonts it carries.

Help › About, `coprod --version` and `coprod licences` show the same notice. A frozen build has
no package metadata to read, so the build writes the notice into `resources/licences/` and the
app reads it from there; from a checkout or an installed wheel it is made from the installed
packages' own metadata. No Qt here: the build script uses it too.
"""

from __future__ import annotations

import platform
import re
import sys
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from coprod_desktop import __version__
from coprod_desktop.paths import resource

APP_LICENCE = "GPL-3.0-or-later"
APP_LICENCE_WORDS = "GNU General Public License, version 3 or any later version"
DISTRIBUTION = "coprod-desktop"
NOTICE_FILE = "THIRD-PARTY.txt"
TEXTS_HEADING = "Full licence texts"
FONT_SUFFIXES = {".ttf", ".otf", ".ttc", ".woff", ".woff2"}
LICENCE_NAME = re.compile(r"licen[cs]e|copying|notice|ofl", re.IGNORECASE)
# Qt and PySide6 ship no licence file in their wheels: their LGPL text is in resources/licences.
GNU_TEXTS = ("LGPL-3.0.txt", "GPL-3.0.txt")
QT_DISTRIBUTIONS = {"pyside6-essentials", "pyside6-addons", "shiboken6"}


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    kind: str  # "library", "font" or "runtime"
    texts: tuple[tuple[str, str], ...] = ()  # (file name, text); empty: see the shared GNU texts

    @property
    def title(self) -> str:
        return f"{self.name} {self.version}".strip()


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(requirement: str) -> str | None:
    """The distribution a requirement names, or None for one that only an extra asks for."""
    text, _, marker = requirement.partition(";")
    if "extra" in marker:
        return None
    found = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", text)
    return found.group(1) if found else None


def _app_requirements() -> list[str]:
    try:
        return metadata.requires(DISTRIBUTION) or []
    except metadata.PackageNotFoundError:  # a checkout that was never installed
        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        if not pyproject.is_file():
            return []
        with pyproject.open("rb") as handle:
            return list(tomllib.load(handle)["project"]["dependencies"])


def _first(meta: metadata.PackageMetadata, field: str) -> str:
    """A metadata field's first value, or "" (PackageMetadata has no `get` before Python 3.12)."""
    return (meta.get_all(field) or [""])[0]


def _licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = _first(meta, "License-Expression")
    if expression:
        return expression.strip()
    short = _first(meta, "License").strip()
    if short and "\n" not in short and len(short) <= 60:
        return short
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    if classifiers:
        return "; ".join(classifiers)
    return short.splitlines()[0][:60] if short else "see its licence text"


def _licence_texts(dist: metadata.Distribution) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    for file in dist.files or []:
        parts = file.parts
        if not parts or not parts[0].endswith(".dist-info") or not LICENCE_NAME.search(file.name):
            continue
        located = Path(str(dist.locate_file(file)))
        if located.is_file():
            found.append((file.name, located.read_text(encoding="utf-8", errors="replace")))
    return tuple(found)


def library_components(requirements: Iterable[str] | None = None,
                       modules: set[str] | None = None) -> list[Component]:
    """Every installed distribution the app's requirements pull in, each once. Given `modules`
    (the top-level modules a frozen build carries), only the distributions that provide one."""
    providers = metadata.packages_distributions() if modules is not None else {}
    bundled = {_canonical(d) for m in modules or () for d in providers.get(m, [])}
    todo = [name for r in (requirements or _app_requirements()) if (name := _requirement_name(r))]
    seen: dict[str, Component | None] = {}
    while todo:
        name = todo.pop()
        key = _canonical(name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:  # not for this Python or platform
            continue
        todo.extend(n for r in dist.requires or [] if (n := _requirement_name(r)))
        if modules is not None and key not in bundled:
            seen[key] = None
            continue
        seen[key] = Component(dist.metadata["Name"], dist.version, _licence_of(dist), "library",
                              () if key in QT_DISTRIBUTIONS else _licence_texts(dist))
    return sorted((c for c in seen.values() if c is not None), key=lambda c: c.name.lower())


def font_components(folder: Path | None = None) -> list[Component]:
    """Each folder of fonts under resources/fonts, with the licence file that came with it."""
    folder = folder or resource("fonts")
    if not folder.is_dir():
        return []
    found = []
    for family in sorted({p.parent for p in folder.rglob("*") if p.suffix.lower() in FONT_SUFFIXES}):
        texts = tuple((p.name, p.read_text(encoding="utf-8", errors="replace"))
                      for p in sorted(family.iterdir()) if p.is_file() and LICENCE_NAME.search(p.name))
        licence = "SIL Open Font License 1.1" if any("SIL OPEN FONT" in t.upper() for _, t in texts) \
            else "see its licence text"
        found.append(Component(family.name, "", licence, "font", texts))
    return found


def python_component() -> Component:
    version = platform.python_version()
    major_minor = f"python{sys.version_info.major}.{sys.version_info.minor}"
    texts: tuple[tuple[str, str], ...] = ()
    for place in (Path(sys.base_prefix) / "lib" / major_minor / "LICENSE.txt",
                  Path(sys.base_prefix) / "LICENSE.txt"):
        if place.is_file():
            texts = (("LICENSE.txt", place.read_text(encoding="utf-8", errors="replace")),)
            break
    return Component("Python", version, "PSF-2.0", "runtime", texts)


def qt_component(libraries: list[Component]) -> list[Component]:
    """Qt itself, inside the PySide6 wheels (the same version as PySide6-Essentials)."""
    return [Component("Qt", c.version, "LGPL-3.0-only", "runtime") for c in libraries
            if _canonical(c.name) == "pyside6-essentials"]


def notice_text(components: list[Component], extra: str = "") -> str:
    """The whole notice: a summary line per component, then every licence text once."""
    width = max((len(c.title) for c in components), default=10) + 2
    lines = [f"Coprod Desktop {__version__} carries these libraries and fonts, each under its own "
             "licence.", "Qt and PySide6 are used under the GNU LGPL, version 3.", ""]
    for kind, heading in (("runtime", "Runtime"), ("library", "Libraries"), ("font", "Fonts")):
        chosen = [c for c in components if c.kind == kind]
        if chosen:
            lines.append(f"{heading}:")
            lines.extend(f"  {c.title.ljust(width)}{c.licence}" for c in chosen)
            lines.append("")
    if extra:
        lines.extend([extra.rstrip(), ""])
    lines.extend(["=" * 72, TEXTS_HEADING, "=" * 72, ""])
    for name in GNU_TEXTS:
        lines.extend([f"--- {name} (Coprod Desktop, Qt, PySide6, shiboken6) ---", "",
                      resource("licences", name).read_text(encoding="utf-8"), ""])
    for component in components:
        for file_name, text in component.texts:
            lines.extend([f"--- {component.title}: {file_name} ---", "", text.rstrip(), ""])
    return "\n".join(lines)


def current_notice(built: Path | None = None) -> str:
    """The notice as built into a frozen app, or made from this installation's packages."""
    built = built or resource("licences", NOTICE_FILE)
    if built.is_file():
        return built.read_text(encoding="utf-8")
    libraries = library_components()
    return notice_text([python_component(), *qt_component(libraries), *libraries,
                        *font_components()])


def version_text() -> str:
    """What `coprod --version` prints: the version, the licence and the summary of the notice."""
    summary = current_notice().split("=" * 72)[0].rstrip()
    return (f"Coprod Desktop {__version__}\nLicence: {APP_LICENCE_WORDS} ({APP_LICENCE}).\n"
            "It comes with no warranty.\n\n" + summary +
            "\n\nThe full licence texts: Help › About in the app, or `coprod licences`.")
