#!/usr/bin/env bash
# Build Coprod Desktop as a one-folder app with PyInstaller, in its own build environment.
#
#   bash packaging/build.sh              the release build (trimmed): dist/coprod/
#   COPROD_UNTRIMMED=1 bash packaging/build.sh   keep everything PyInstaller finds (to measure trimming)
#
# On Linux it also makes dist/coprod-desktop-VERSION-linux-ARCH.tar.gz with install.sh inside.
# On macOS the spec adds dist/Coprod Desktop.app; on Windows (Git Bash) dist/coprod/coprod.exe.
# Settings (environment): PYTHON (the interpreter the build environment is made from, 3.11+),
# COPROD_BUILD_VENV (default build/package-venv; reused, and refreshed when the lock file changes).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

case "$(uname -s)" in
  Linux*) OS=linux ;;
  Darwin*) OS=macos ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows ;;
  *) echo "Unknown system $(uname -s): trying the Linux steps." >&2; OS=linux ;;
esac

# Debian/Ubuntu: the libraries Qt needs and the tools the build uses (skipped elsewhere).
if [ "$OS" = linux ]; then bash scripts/system-deps.sh package; fi

VENV=${COPROD_BUILD_VENV:-build/package-venv}
PY=${PYTHON:-python3}
if [ "$OS" = windows ]; then VPY="$VENV/Scripts/python.exe"; else VPY="$VENV/bin/python"; fi

# 1. The build environment: the app's locked dependencies plus the `package` extra (PyInstaller).
if [ ! -x "$VPY" ]; then
  "$PY" -c 'import sys; assert sys.version_info >= (3, 11), "Coprod Desktop needs Python 3.11 or newer"'
  echo "Making the build environment in $VENV"
  "$PY" -m venv "$VENV"
fi
stamp="$VENV/.installed-package"
if [ ! -f "$stamp" ] || [ requirements/app.lock -nt "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "Installing the app's dependencies and PyInstaller into $VENV"
  # uv (if there is one) installs the same packages much faster, from its cache.
  UV=${UV:-$(command -v uv || true)}
  if [ -n "$UV" ]; then PIP=("$UV" pip install -q --python "$VPY"); else
    "$VPY" -m pip install -q --disable-pip-version-check --upgrade pip
    PIP=("$VPY" -m pip install -q --disable-pip-version-check)
  fi
  if [ -f requirements/package.lock ]; then
    "${PIP[@]}" -r requirements/package.lock
  else
    "${PIP[@]}" -r requirements/app.lock
    # The `package` extra from pyproject.toml, read with the standard library.
    extra=()
    while IFS= read -r line; do extra+=("$line"); done < <("$VPY" -c 'import tomllib
for r in tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["package"]:
    print(r)' | tr -d '\r')
    "${PIP[@]}" "${extra[@]}"
  fi
  touch "$stamp"
fi

# 2. Icons: made from packaging/icons/coprod.svg when missing (they are kept in git).
if [ ! -f resources/icons/app/coprod-256.png ] || [ ! -f packaging/icons/coprod.ico ]; then
  QT_QPA_PLATFORM=offscreen "$VPY" packaging/make_icons.py
fi

# 3. The frozen app.
rm -rf dist/coprod "dist/Coprod Desktop.app"
"$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/coprod.spec

VERSION=$("$VPY" -c 'import re; print(re.search(r"__version__ = \"([^\"]+)\"", open("coprod_desktop/__init__.py").read())[1])')
echo "Built dist/coprod ($(du -sh dist/coprod | cut -f1)), version $VERSION"

# 4. Linux: a tarball a facilitator unpacks and installs with install.sh (no root needed).
if [ "$OS" = linux ]; then
  name="coprod-desktop-$VERSION-linux-$(uname -m)"
  stage="build/tarball/$name"
  rm -rf "build/tarball"
  mkdir -p "$stage"
  cp -a dist/coprod "$stage/coprod"
  cp packaging/linux/install.sh packaging/linux/uninstall.sh packaging/linux/README.txt "$stage/"
  mkdir -p "$stage/share"
  cp packaging/linux/coprod-desktop.desktop packaging/linux/coprod-desktop-mime.xml "$stage/share/"
  cp -a resources/icons/app "$stage/share/icons"
  chmod +x "$stage/install.sh" "$stage/uninstall.sh"
  tar -C build/tarball -czf "dist/$name.tar.gz" "$name"
  echo "Built dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1))"
fi
