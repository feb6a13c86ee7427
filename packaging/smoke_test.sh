#!/usr/bin/env bash
# Smoke test of the frozen app: build it, then use it headless as a facilitator's laptop would.
# Run on demand and by the release check, not on every CI run (the build takes a few minutes).
#
#   bash packaging/smoke_test.sh             build (packaging/build.sh), then test dist/coprod
#   bash packaging/smoke_test.sh --no-build  test the bundle already in dist/coprod
#
# Every step must pass; the script stops at the first failure with a plain message.
# It runs in a throw-away home folder, so it never touches your own settings or recent files.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

if [ "${1:-}" != "--no-build" ]; then
  bash packaging/build.sh
fi

APP="$ROOT/dist/coprod/coprod"
[ -x "$APP" ] || { echo "FAIL: no frozen app at $APP (run packaging/build.sh)" >&2; exit 1; }
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' coprod_desktop/__init__.py)
PY=$(command -v python3 || command -v python)

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" XDG_CONFIG_HOME="$WORK/home/.config"
export XDG_CACHE_HOME="$WORK/home/.cache" XDG_RUNTIME_DIR="$WORK/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
DATA="$XDG_DATA_HOME/Coprod Desktop"  # platformdirs' user data folder on Linux
SHOTS="$ROOT/artifacts"  # screenshots of the frozen app's windows, to look at
mkdir -p "$SHOTS"

step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
expect() {  # expect FILE TEXT: the step's output must contain TEXT
  grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "expected '$2' in the output above"; }
}

step "Bundle: ui/ and resources/ inside, no library left unresolved"
internal="$ROOT/dist/coprod/_internal"
for needed in coprod_desktop/ui coprod_desktop/resources/web/templates \
              coprod_desktop/resources/licences/THIRD-PARTY.txt coprod_desktop/resources/icons/app; do
  [ -e "$internal/$needed" ] || fail "the bundle has no $needed"
done
if command -v ldd >/dev/null; then
  missing=$(find "$internal" -name '*.so*' -type f -print0 \
    | LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" xargs -0 -n 20 ldd 2>/dev/null \
    | grep 'not found' | sort -u || true)
  [ -z "$missing" ] || fail "libraries the bundle needs but neither carries nor finds: $missing"
fi
echo "ok ($(du -sh "$ROOT/dist/coprod" | cut -f1))"

step "coprod --version"
"$APP" --version > "$WORK/version.txt"
expect "$WORK/version.txt" "Coprod Desktop $VERSION"
expect "$WORK/version.txt" "GPL-3.0-or-later"
expect "$WORK/version.txt" "PySide6"
head -2 "$WORK/version.txt"

step "coprod licences (the notice written at build time)"
"$APP" licences > "$WORK/licences.txt"
expect "$WORK/licences.txt" "GNU LESSER GENERAL PUBLIC LICENSE"
expect "$WORK/licences.txt" "Full licence texts"
echo "ok ($(wc -c < "$WORK/licences.txt") bytes)"

step "coprod demo, then coprod info"
"$APP" demo "$WORK/demo.coprod" > "$WORK/demo.txt"
"$APP" info "$WORK/demo.coprod" > "$WORK/info.txt"
expect "$WORK/info.txt" "Ashbrook"
cat "$WORK/info.txt"

step "coprod export: a handout PDF"
if "$APP" --help | grep -qF "'coprod export'"; then  # the sub-commands are listed there
  "$APP" export "$WORK/demo.coprod" --pdf "$WORK/handout.pdf" --kind handout > "$WORK/export.txt" 2>&1 \
    || { cat "$WORK/export.txt" >&2; fail "coprod export failed"; }
  [ "$(head -c 5 "$WORK/handout.pdf")" = "%PDF-" ] || fail "the handout is not a PDF"
  if command -v pdftotext >/dev/null; then
    pdftotext "$WORK/handout.pdf" "$WORK/handout.txt"
    [ -s "$WORK/handout.txt" ] || fail "the handout PDF has no text in it"
  fi
  echo "ok ($(wc -c < "$WORK/handout.pdf") bytes)"
else
  echo "NOT RUN: this build has no 'coprod export' command yet (PDF export has not landed in main)."
  echo "         The step runs by itself once it has."
fi

step "coprod serve: start the phone server on 127.0.0.1, fetch the join page, stop it with Ctrl-C"
"$PY" - "$APP" "$WORK/demo.coprod" <<'PYEOF'
import re, signal, socket, subprocess, sys, threading, time, urllib.request
app, programme = sys.argv[1:3]
# A background job of a script ignores Ctrl-C; give the server the ordinary handling back.
proc = subprocess.Popen([app, "serve", programme, "--host", "127.0.0.1", "--port", "0"],
                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
lines = []
threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True).start()
url, deadline = None, time.monotonic() + 60
while url is None and time.monotonic() < deadline and proc.poll() is None:
    found = re.search(r"http://127\.0\.0\.1:\d+/\S+", "".join(lines))
    url = found.group(0) if found else None
    time.sleep(0.1)
try:
    if url is None:
        sys.exit("FAIL: the server printed no join address:\n" + "".join(lines))
    with urllib.request.urlopen(url, timeout=10) as reply:
        page = reply.read().decode("utf-8")
        if reply.status != 200 or "<form" not in page:
            sys.exit(f"FAIL: the join page answered {reply.status} without a form")
    print(f"ok: {url.split('/j/')[0]}/j/… answered 200 ({len(page)} bytes)")
finally:
    proc.send_signal(signal.SIGINT)
    try:
        code = proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        sys.exit("FAIL: the server did not stop within 30 s of Ctrl-C")
time.sleep(0.2)
if code != 0 or "Closing sign-in" not in "".join(lines):
    sys.exit(f"FAIL: the server stopped with code {code}:\n" + "".join(lines))
port = int(url.split(":")[2].split("/")[0])
with socket.socket() as probe:
    if probe.connect_ex(("127.0.0.1", port)) == 0:
        sys.exit(f"FAIL: port {port} still answers after the server stopped")
print("ok: stopped cleanly on Ctrl-C, port closed")
PYEOF

step "GUI, first run: the welcome page (offscreen)"
COPROD_SMOKE_SCREENSHOT="$SHOTS/frozen_welcome.png" "$APP" --smoke-test 2 > "$WORK/gui1.txt" 2>&1 || { cat "$WORK/gui1.txt" >&2; fail "the app did not start"; }
expect "$WORK/gui1.txt" "(welcomePage)"
grep "Smoke test" "$WORK/gui1.txt"

step "GUI: Try the demo (a fresh demo copy in the data folder, remembered as recent)"
COPROD_SMOKE_SCREENSHOT="$SHOTS/frozen_demo.png" "$APP" --demo --smoke-test 2 > "$WORK/gui2.txt" 2>&1 || { cat "$WORK/gui2.txt" >&2; fail "the demo did not open"; }
expect "$WORK/gui2.txt" "(programmeView)"
grep "Smoke test" "$WORK/gui2.txt"
ls "$DATA"/Ashbrook\ demo\ *.coprod > /dev/null 2>&1 || fail "no demo copy in $DATA"
[ -f "$DATA/settings.ini" ] || fail "no settings.ini in $DATA"
expect "$DATA/settings.ini" "Ashbrook demo"

step "GUI: the next start reopens the most recent programme"
"$APP" --smoke-test 1 > "$WORK/gui3.txt" 2>&1 || { cat "$WORK/gui3.txt" >&2; fail "the app did not restart"; }
expect "$WORK/gui3.txt" "Ashbrook demo"
grep "Smoke test" "$WORK/gui3.txt"

if [ "$(uname -s)" = Linux ]; then
  step "Linux tarball: install.sh into a throw-away home, open a .coprod as a double-click would"
  tarball=$(ls -t "$ROOT"/dist/coprod-desktop-"$VERSION"-linux-*.tar.gz 2>/dev/null | head -1)
  [ -n "$tarball" ] || fail "no tarball for $VERSION in dist/ (run packaging/build.sh)"
  mkdir -p "$WORK/unpacked"
  tar -C "$WORK/unpacked" -xzf "$tarball"
  (cd "$WORK/unpacked"/coprod-desktop-*/ && ./install.sh > "$WORK/install.txt")
  "$HOME/.local/bin/coprod" --version > "$WORK/installed-version.txt"
  expect "$WORK/installed-version.txt" "Coprod Desktop $VERSION"
  entry="$XDG_DATA_HOME/applications/coprod-desktop.desktop"
  [ -f "$entry" ] || fail "no menu entry at $entry"
  if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$entry"; fi
  if command -v gio >/dev/null; then
    cp "$WORK/demo.coprod" "$WORK/renamed.bin"
    for file in "$WORK/demo.coprod" "$WORK/renamed.bin"; do
      type=$(gio info -a standard::content-type "$file" | sed -n 's/.*content-type: //p')
      [ "$type" = application/x-coprod ] || fail "$(basename "$file") is seen as '$type'"
    done
    handlers=$(gio mime application/x-coprod)
    [[ "$handlers" == *"coprod-desktop.desktop"* ]] \
      || fail "coprod-desktop.desktop is not the handler for application/x-coprod"
    echo "ok: a .coprod file, and a renamed one (by its header), are application/x-coprod"
  fi
  # What a double-click runs: the entry's Exec line, with %f replaced by the file.
  exec_line=$(sed -n 's/^Exec=//p' "$entry")
  eval "set -- ${exec_line//%f/\"\$WORK/demo.coprod\"}"
  "$@" --smoke-test 1 > "$WORK/gui4.txt" 2>&1 || { cat "$WORK/gui4.txt" >&2; fail "double-click open failed"; }
  expect "$WORK/gui4.txt" "demo.coprod"
  grep "Smoke test" "$WORK/gui4.txt"
  "$XDG_DATA_HOME/coprod-desktop/uninstall.sh" > "$WORK/uninstall.txt"
  left=$(find "$HOME" \( -name 'coprod-desktop*' -o -name 'application-x-coprod*' -o -path '*/bin/coprod' \) -print)
  [ -z "$left" ] || fail "uninstall.sh left these behind: $left"
  echo "ok: uninstall.sh removed it all"
fi

printf '\nSmoke test passed: Coprod Desktop %s, bundle %s.\n' "$VERSION" "$(du -sh "$ROOT/dist/coprod" | cut -f1)"
