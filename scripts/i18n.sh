#!/usr/bin/env bash
# Refresh every catalogue from the code, then compile them (docs/translating.md says more).
#   scripts/i18n.sh          update the gettext catalogues (phone pages; the desktop: console,
#                            projector, PDFs) and build the .mo files
#   scripts/i18n.sh new CODE  start catalogues for a new language, e.g. `new cy` (Welsh)
# Translate new strings in resources/i18n/web/<code>/LC_MESSAGES/phone.po and
# resources/i18n/desktop/<code>/LC_MESSAGES/coprod.po (Poedit or any .po editor), then run this
# again. English (UK) is the source language: it needs no .po.
set -euo pipefail
cd "$(dirname "$0")/.."
NEW=""
if [ "${1:-}" = "new" ]; then NEW="${2:?usage: scripts/i18n.sh new CODE}"; fi
BIN="${VENV_BIN:-.venv/bin}"
if [ -z "${VENV_BIN:-}" ] && [ -d .venv/Scripts ]; then BIN=.venv/Scripts; fi  # Windows venv

# gettext catalogues (Babel): the phone pages' Jinja2 templates and Python text ("phone"), and
# the desktop's text: the console and projector (coprod_desktop/gui) and PDFs ("coprod"). A
# language has a folder under each.
# count:1,2 is named per folder in babel.cfg (not here): services call other things count().
KEYWORDS=(--no-default-keywords -k _ -k N_ -k ngettext:1,2 -k Nn_:1,2 -k pgettext:1c,2)
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
