#!/usr/bin/env bash
# Install Coprod Desktop (system libraries, .venv) and open it on a fresh copy of the demo.
# Extra arguments go to `coprod`, e.g. `scripts/start.sh my-programme.coprod`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh app
bash scripts/venv.sh app
if [ $# -eq 0 ]; then set -- --demo; fi
BIN=.venv/bin
if [ -d .venv/Scripts ]; then BIN=.venv/Scripts; fi  # made by Windows' Python (Git Bash)
exec "$BIN/coprod" "$@"
