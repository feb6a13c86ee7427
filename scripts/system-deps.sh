#!/usr/bin/env bash
# Install the Debian packages Coprod Desktop needs, only those missing.
#   system-deps.sh app    Qt's libraries for a real window (xcb) and sound
#   system-deps.sh test   the above, plus what the tests use: Xvfb, poppler (pdftotext,
#                         pdftoppm) and Chromium for the phone pages
#   system-deps.sh package  the app's, plus what packaging/build.sh and smoke_test.sh use:
#                         binutils (PyInstaller reads libraries with objdump), png2icns,
#                         desktop-file-validate, gio and update-mime-database, pdftotext
#   system-deps.sh list KIND  print the package names KIND would want, one a line, and stop
# Off Debian/Ubuntu, or without root/sudo, it says what to install and carries on.
set -euo pipefail

APP_PKGS=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
          libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1
          libpulse0 ALSA libspeechd2 fonts-dejavu-core)
TEST_PKGS=(xvfb xauth poppler-utils chromium locales)
PACKAGE_PKGS=(binutils icnsutils desktop-file-utils libglib2.0-bin shared-mime-info poppler-utils)

# The first of these names that apt knows as a real package. Since the 64-bit time rename (Debian
# 13, Ubuntu 24.04) ALSA's library is libasound2t64 and `libasound2` is only a virtual name, which
# apt-get refuses to install; older releases have only libasound2.
pick_package() {
  local name record
  for name in "$@"; do
    record=$(apt-cache show --no-all-versions "$name" 2>/dev/null || true)
    if grep -qx "Package: $name" <<<"$record"; then echo "$name"; return; fi
  done
  echo "$1"
}

listing=0
if [ "${1:-}" = "list" ]; then listing=1; shift; fi
kind=${1:-app}

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "Not a Debian-like system: make sure Qt 6's xcb libraries are installed." >&2
  exit 0
fi

want=()
for pkg in "${APP_PKGS[@]}"; do
  if [ "$pkg" = ALSA ]; then pkg=$(pick_package libasound2t64 libasound2); fi
  want+=("$pkg")
done
if [ "$kind" = "test" ]; then want+=("${TEST_PKGS[@]}"); fi
if [ "$kind" = "package" ]; then want+=("${PACKAGE_PKGS[@]}"); fi
if [ $listing -eq 1 ]; then printf '%s\n' "${want[@]}"; exit 0; fi

missing=()
for pkg in "${want[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == *"install ok installed"* ]] || missing+=("$pkg")
done
# The export runs under a Welsh and a Polish system locale in tests/export (dates must not follow
# it): make those two locales if they are not there (needs the locales package's sources).
test_locales() {
  [ "$kind" = "test" ] && command -v localedef >/dev/null || return 0
  local name
  for name in cy_GB pl_PL; do
    if ! locale -a 2>/dev/null | grep -qi "^$name.utf-\?8$"; then
      if [ "$(id -u)" -eq 0 ]; then localedef -i "$name" -f UTF-8 "$name.UTF-8" || true
      elif command -v sudo >/dev/null; then sudo localedef -i "$name" -f UTF-8 "$name.UTF-8" || true
      fi
    fi
  done
}
if [ ${#missing[@]} -eq 0 ]; then test_locales; exit 0; fi

if [ "$(id -u)" -eq 0 ]; then SUDO=(); elif command -v sudo >/dev/null; then SUDO=(sudo); else
  echo "Please install these packages (needs an administrator): ${missing[*]}" >&2; exit 0
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
test_locales
