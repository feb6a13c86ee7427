#!/usr/bin/env bash
# Install Coprod Desktop (system libraries, .venv) and open it: the first time on a fresh copy of
# the demo, after that on the programme used last (the app reopens it by itself).
# Extra arguments go to `coprod`, e.g. `scripts/start.sh my-programme.coprod`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh app
bash scripts/venv.sh app
marker=.venv/.coprod-demo-opened
if [ $# -eq 0 ] && [ ! -e "$marker" ]; then
    touch "$marker"
    set -- --demo
fi
BIN=.venv/bin
if [ -d .venv/Scripts ]; then BIN=.venv/Scripts; fi  # made by Windows' Python (Git Bash)
exec "$BIN/coprod" "$@"
