#!/usr/bin/env bash
# Refresh every catalogue from the code, then compile them (docs/translating.md says more).
#   scripts/i18n.sh          update resources/i18n/*.ts from tr() calls and build the .qm files;
#                            update the gettext catalogues (phone pages, desktop/PDFs) and build .mo
#   scripts/i18n.sh new CODE  start catalogues for a new language, e.g. `new cy` (Welsh)
# Translate new strings in resources/i18n/coprod_pl.ts (Qt Linguist: pyside6-linguist),
# resources/i18n/web/<code>/LC_MESSAGES/phone.po and resources/i18n/desktop/<code>/LC_MESSAGES/
# coprod.po (Poedit or any .po editor), then run this again. English (UK) is the source language:
# its Qt catalogue holds only plural forms, and it needs no .po.
set -euo pipefail
cd "$(dirname "$0")/.."
NEW=""
if [ "${1:-}" = "new" ]; then NEW="${2:?usage: scripts/i18n.sh new CODE}"; fi
BIN="${VENV_BIN:-.venv/bin}"
if [ -z "${VENV_BIN:-}" ] && [ -d .venv/Scripts ]; then BIN=.venv/Scripts; fi  # Windows venv
mapfile -t SOURCES < <(find coprod_desktop/gui -name '*.py' | sort; ls coprod_desktop/app.py 2>/dev/null || true)
"$BIN/pyside6-lupdate" -locations none -no-obsolete "${SOURCES[@]}" -ts resources/i18n/coprod_pl.ts
"$BIN/pyside6-lupdate" -locations none -no-obsolete -pluralonly "${SOURCES[@]}" \
  -ts resources/i18n/coprod_en_GB.ts
for ts in resources/i18n/*.ts; do
  "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done

# gettext catalogues (Babel): the phone pages' Jinja2 templates and Python text ("phone"), and
# the desktop's Qt-free text, PDFs first ("coprod"). A language has a folder under each.
KEYWORDS=(--no-default-keywords -k _ -k N_ -k ngettext:1,2 -k count:1,2 -k Nn_:1,2
          -k pgettext:1c,2)
gettext_domain() {  # folder, domain, extra extract options...
  local dir=$1 domain=$2; shift 2
  "$BIN/pybabel" -q extract -F "$dir/babel.cfg" --no-location --omit-header "$@" \
    -o "$dir/$domain.pot" .
  if [ -n "$NEW" ] && [ ! -d "$dir/$NEW" ]; then mkdir -p "$dir/$NEW/LC_MESSAGES"; fi
  local lang
  for lang in $(find "$dir" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort); do
    if [ -f "$dir/$lang/LC_MESSAGES/$domain.po" ]; then
      "$BIN/pybabel" -q update -i "$dir/$domain.pot" -d "$dir" -D "$domain" -l "$lang" \
        --no-fuzzy-matching --ignore-obsolete
    else
      "$BIN/pybabel" -q init -i "$dir/$domain.pot" -d "$dir" -D "$domain" -l "$lang"
    fi
  done
  # The dates would change on every run; the catalogues do not need them.
  sed -i '/^"POT-Creation-Date:/d' "$dir"/*/LC_MESSAGES/"$domain".po
  "$BIN/pybabel" -q compile -d "$dir" -D "$domain"
}
gettext_domain resources/i18n/web phone
gettext_domain resources/i18n/desktop coprod "${KEYWORDS[@]}"
