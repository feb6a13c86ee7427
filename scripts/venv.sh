#!/usr/bin/env bash
# Create .venv (if missing) and install Coprod Desktop into it from the lock file.
#   venv.sh app | test
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
"$PY" -c 'import sys; assert sys.version_info >= (3, 11), "Coprod Desktop needs Python 3.11 or newer"'
if [ ! -x .venv/bin/python ] && [ ! -x .venv/Scripts/python.exe ]; then
  "$PY" -m venv .venv
fi
# A venv made by Windows' Python (e.g. from Git Bash) keeps its programs in Scripts, not bin.
BIN=.venv/bin
if [ -d .venv/Scripts ]; then BIN=.venv/Scripts; fi
stamp=.venv/.installed-$1
lock=requirements/$1.lock
if [ ! -f "$stamp" ] || [ "$lock" -nt "$stamp" ] || [ pyproject.toml -nt "$stamp" ] \
   || [ setup.py -nt "$stamp" ]; then
  "$BIN/python" -m pip install -q --disable-pip-version-check --upgrade pip
  "$BIN/python" -m pip install -q --disable-pip-version-check -r "$lock"
  # setuptools is chatty about editable installs: keep its output unless the install fails.
  if ! out=$("$BIN/python" -m pip install -q --disable-pip-version-check --no-deps -e . 2>&1); then
    echo "$out" >&2; exit 1
  fi
  touch "$stamp"
fi
