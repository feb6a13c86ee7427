#!/usr/bin/env bash
# Refresh the interface catalogues from the code, then compile them.
#   scripts/i18n.sh          update resources/i18n/*.ts from tr() calls, then build the .qm files
# Translate new strings in resources/i18n/coprod_pl.ts (Qt Linguist: pyside6-linguist) and
# resources/i18n/web/pl/LC_MESSAGES/phone.po (any .po editor), then run
# this again. English (UK) is the source language: its catalogue holds only plural forms.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${VENV_BIN:-.venv/bin}"
if [ -z "${VENV_BIN:-}" ] && [ -d .venv/Scripts ]; then BIN=.venv/Scripts; fi  # Windows venv
mapfile -t SOURCES < <(find coprod_desktop/gui -name '*.py' | sort; ls coprod_desktop/app.py 2>/dev/null || true)
"$BIN/pyside6-lupdate" -locations none -no-obsolete "${SOURCES[@]}" -ts resources/i18n/coprod_pl.ts
"$BIN/pyside6-lupdate" -locations none -no-obsolete -pluralonly "${SOURCES[@]}" \
  -ts resources/i18n/coprod_en_GB.ts
for ts in resources/i18n/*.ts; do
  "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done

# Phone pages: gettext catalogues for the Jinja2 templates (needs Babel, in the test extra).
WEB=resources/i18n/web
"$BIN/pybabel" -q extract -F "$WEB/babel.cfg" --no-location --omit-header -o "$WEB/phone.pot" .
for lang in pl; do
  if [ -f "$WEB/$lang/LC_MESSAGES/phone.po" ]; then
    "$BIN/pybabel" -q update -i "$WEB/phone.pot" -d "$WEB" -D phone -l "$lang" --no-fuzzy-matching \
      --ignore-obsolete
  else
    "$BIN/pybabel" -q init -i "$WEB/phone.pot" -d "$WEB" -D phone -l "$lang"
  fi
done
# The creation date would change on every run; the catalogue does not need it.
sed -i '/^"POT-Creation-Date:/d' "$WEB"/*/LC_MESSAGES/phone.po
"$BIN/pybabel" -q compile -d "$WEB" -D phone
