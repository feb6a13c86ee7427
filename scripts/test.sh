#!/usr/bin/env bash
# Install everything the tests need and run the whole suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh test
bash scripts/venv.sh test
export QT_QPA_PLATFORM=offscreen
BIN=.venv/bin
if [ -d .venv/Scripts ]; then BIN=.venv/Scripts; fi  # made by Windows' Python (Git Bash)
"$BIN/ruff" check .
"$BIN/lint-imports"
# Types over the Qt-free core: every def typed, no unused ignores ([tool.mypy] in pyproject.toml).
"$BIN/mypy"
# The Qt-free core with PySide6 made unimportable: the layers' rule, checked by running it.
"$BIN/python" -m pytest -q -p no:pytest-qt -p tests.no_qt tests/unit tests/store \
  -W "ignore:Unknown config option" --no-header
set +e
"$BIN/python" -m pytest "$@"
rc=$?
set -e
# pytest exits 5 when it collected no tests: that is a failure here, never a pass.
if [ $rc -eq 5 ]; then echo "No tests were collected." >&2; exit 1; fi
exit $rc
