#!/usr/bin/env bash
# Refresh the interface catalogues from the code, then compile them.
#   scripts/i18n.sh          update resources/i18n/*.ts from tr() calls, then build the .qm files
# Translate new strings in resources/i18n/coprod_pl.ts (Qt Linguist: pyside6-linguist), then run
# this again. English (UK) is the source language: its catalogue holds only plural forms.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${VENV_BIN:-.venv/bin}"
mapfile -t SOURCES < <(find coprod_desktop/gui -name '*.py' | sort; ls coprod_desktop/app.py 2>/dev/null || true)
"$BIN/pyside6-lupdate" -locations none -no-obsolete "${SOURCES[@]}" -ts resources/i18n/coprod_pl.ts
"$BIN/pyside6-lupdate" -locations none -no-obsolete -pluralonly "${SOURCES[@]}" \
  -ts resources/i18n/coprod_en_GB.ts
for ts in resources/i18n/*.ts; do
  "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
