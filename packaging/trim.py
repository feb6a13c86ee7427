"""What the frozen app leaves out, and the small helpers coprod.spec needs.

PyInstaller's Qt hooks take every plugin a Qt module might load. For a widgets app that is far
too much: the GTK3 platform theme brings GTK, Pango, Cairo and ATK from the build machine; the
virtual keyboard brings QtQuick and QML; the PDF image format brings QtPdf. We drop those plugins
(and Qt's translations: the app is in English only), then drop every library that only the
dropped files needed, worked out from the libraries' own import tables, so a library that
something we keep still links to can never be removed by mistake.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

# Python packages and modules the app never imports (some libraries import them optionally).
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data", "test",
    "unittest", "pytest", "_pytest", "IPython", "PyInstaller",
    # Qt modules we do not use (the ones we do: QtCore, QtGui, QtWidgets, QtSvg, QtMultimedia).
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.Qt3DCore", "PySide6.Qt3DRender",
    "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtPdf",
    "PySide6.QtPdfWidgets", "PySide6.QtMultimediaWidgets", "PySide6.QtDesigner",
    "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtOpenGLWidgets", "PySide6.QtTest",
    "PySide6.QtDBus", "PySide6.QtConcurrent", "PySide6.QtSql", "PySide6.QtBluetooth",
    "PySide6.QtPositioning", "PySide6.QtLocation", "PySide6.QtSensors", "PySide6.QtSerialPort",
    # Pillow image formats we never read or write (we make PNGs for QR codes).
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingtk",
    "PIL.ImageTk", "PIL.ImageQt",
]

# Files (by their place in the bundle, '/'-separated) that are dropped. Every file that only
# these needed goes too (see `keep`).
DROPPED = [
    "pyside6/*translations/*",                           # Qt's own translations: English only
    "pyside6/*plugins/platformthemes/*gtk3*",                   # GTK3 theme: GTK, Pango, Cairo, ATK …
    "pyside6/*plugins/platforminputcontexts/*virtualkeyboard*", # QtQuick and QML
    "pyside6/*plugins/platforms/*eglfs*", "pyside6/*plugins/platforms/*linuxfb*",
    "pyside6/*plugins/platforms/*vnc*", "pyside6/*plugins/platforms/*vkkhrdisplay*",
    "pyside6/*plugins/platforms/*minimalegl*",                  # kiosk and embedded screens
    "pyside6/*plugins/egldeviceintegrations/*", "pyside6/*plugins/generic/*",
    "pyside6/*plugins/imageformats/*pdf*", "pyside6/*plugins/imageformats/*tiff*",
    "pyside6/*plugins/imageformats/*webp*", "pyside6/*plugins/imageformats/*tga*",
    "pyside6/*plugins/imageformats/*wbmp*", "pyside6/*plugins/imageformats/*icns*",
    "pyside6/*plugins/networkinformation/*", "pyside6/*plugins/tls/*",  # we make no network calls through Qt
    "pyside6/*plugins/qmltooling/*", "pyside6/*qml/*",
    # FFmpeg is for playing media files; the chime (QSoundEffect) plays WAV through the system's
    # own sound service, which is built into QtMultimedia itself (see docs/packaging.md).
    "pyside6/*plugins/multimedia/*ffmpeg*",
]


# PyInstaller runtime hooks that run before our code at every start and do nothing for this app.
# pyi_rth_multiprocessing imports multiprocessing with socket, selectors, subprocess and pickle
# (4-8 ms a start measured at load 1-1.7, 12-15 ms at load 2; the dev app never pays it: nothing
# imports multiprocessing before the first paint) so that `multiprocessing.freeze_support()` can
# divert a spawned child. The app never calls freeze_support() and starts no process through
# multiprocessing (its phone server runs uvicorn on a thread), so the hook could never divert
# anything; it is in the bundle only because uvicorn and concurrent.futures import
# multiprocessing. tests/packaging/test_trim.py fails if our code starts using multiprocessing:
# then restore the hook and call freeze_support() first thing in packaging/launch.py.
UNUSED_RUNTIME_HOOKS = ["pyi_rth_multiprocessing"]


def _dest(entry: tuple) -> str:
    return PurePosixPath(str(entry[0]).replace("\\", "/")).as_posix()


def dropped(dest: str) -> bool:
    lowered = dest.lower()
    return any(fnmatch.fnmatchcase(lowered, pattern.lower()) for pattern in DROPPED)


def _imports(source: str) -> set[str]:
    """Base names of the libraries `source` links to (PyInstaller's own reader, any platform)."""
    from PyInstaller.depend.bindepend import get_imports

    try:
        return {PurePosixPath(name.replace("\\", "/")).name.lower()
                for name, _path in get_imports(source)}
    except Exception:  # not a binary PyInstaller can read: it links to nothing we track
        return set()


def keep(binaries: Iterable[tuple], datas: Iterable[tuple]) -> tuple[list[tuple], list[tuple]]:
    """The binaries and data files left after dropping `DROPPED` and what only they needed."""
    binaries, datas = list(binaries), list(datas)
    by_name: dict[str, list[tuple]] = {}
    for entry in binaries:
        by_name.setdefault(PurePosixPath(_dest(entry)).name.lower(), []).append(entry)

    def closure(roots: Iterable[tuple]) -> set[str]:
        seen: set[str] = set()
        todo = [PurePosixPath(_dest(e)).name.lower() for e in roots]
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            for entry in by_name.get(name, []):
                if entry[2] != "SYMLINK":
                    todo.extend(_imports(str(entry[1])))
        return seen

    dropped_roots = [e for e in binaries if dropped(_dest(e))]
    # Libraries the dropped files link to; each stays if anything else we keep links to it.
    candidates = closure(dropped_roots) - {PurePosixPath(_dest(e)).name.lower() for e in dropped_roots}
    kept_roots = [e for e in binaries if not dropped(_dest(e))
                  and PurePosixPath(_dest(e)).name.lower() not in candidates]
    only_for_dropped = candidates - closure(kept_roots)

    def wanted(entry: tuple) -> bool:
        dest = _dest(entry)
        if dropped(dest):
            return False
        name = PurePosixPath(dest).name.lower()
        if name in only_for_dropped:
            return False
        if entry[2] == "SYMLINK":  # a link to a library we dropped goes with it
            target = PurePosixPath(str(entry[1]).replace("\\", "/")).name.lower()
            return target not in only_for_dropped
        return True

    return [e for e in binaries if wanted(e)], [e for e in datas if wanted(e)]


def runtime_hooks(scripts: Iterable[tuple]) -> list[tuple]:
    """The Analysis' scripts (runtime hooks, then our entry point) without UNUSED_RUNTIME_HOOKS."""
    return [entry for entry in scripts if entry[0] not in UNUSED_RUNTIME_HOOKS]


def optional_qt_modules(package: Path) -> list[str]:
    """Every PySide6 module the package's code names, so one imported inside a function
    (like QtMultimedia for the chime, or a future QtTextToSpeech) is never left out."""
    found: set[str] = set()
    for path in package.rglob("*.py"):
        found.update(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return sorted(f"PySide6.{name}" for name in found)


def write_windows_version(path: Path, version: str, name: str) -> None:
    """The version resource Windows shows in a program's Properties › Details."""
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple(numbers)}, prodvers={tuple(numbers)}),
  kids=[StringFileInfo([StringTable('080904b0', [
    StringStruct('CompanyName', 'Coprod Desktop team'),
    StringStruct('FileDescription', '{name}'),
    StringStruct('FileVersion', '{version}'),
    StringStruct('ProductName', '{name}'),
    StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [2057, 1200])])])
""", encoding="utf-8")
