#!/usr/bin/env bash
# Install Coprod Desktop for this user (no root): the app, a `coprod` command, a menu entry,
# icons, and the .coprod file type, so double-clicking a programme file opens it.
#   ./install.sh                 into ~/.local
#   PREFIX=/some/dir ./install.sh   somewhere else (share/ and bin/ under it)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
SHARE="$PREFIX/share"
APP_HOME="$SHARE/coprod-desktop"
BIN="$PREFIX/bin"

if [ ! -x "$HERE/coprod/coprod" ]; then
  echo "install.sh: run me from the unpacked Coprod Desktop folder (coprod/coprod is missing)." >&2
  exit 1
fi

echo "Installing Coprod Desktop into $APP_HOME"
mkdir -p "$APP_HOME" "$BIN" "$SHARE/applications" "$SHARE/mime/packages"
# Copy beside, then swap, so a failed copy never leaves half an app behind.
rm -rf "$APP_HOME/app.new"
cp -a "$HERE/coprod" "$APP_HOME/app.new"
rm -rf "$APP_HOME/app"
mv "$APP_HOME/app.new" "$APP_HOME/app"
cp "$HERE/uninstall.sh" "$APP_HOME/uninstall.sh"
chmod +x "$APP_HOME/uninstall.sh"
ln -sfn "$APP_HOME/app/coprod" "$BIN/coprod"

# The menu entry runs the app by its full path (a desktop session's PATH may lack ~/.local/bin).
sed "s|^Exec=coprod |Exec=\"$APP_HOME/app/coprod\" |" "$HERE/share/coprod-desktop.desktop" \
  > "$SHARE/applications/coprod-desktop.desktop"
cp "$HERE/share/coprod-desktop-mime.xml" "$SHARE/mime/packages/coprod-desktop.xml"

for png in "$HERE"/share/icons/coprod-*.png; do
  size=$(basename "$png" .png); size=${size#coprod-}
  for kind in apps mimetypes; do mkdir -p "$SHARE/icons/hicolor/${size}x${size}/$kind"; done
  cp "$png" "$SHARE/icons/hicolor/${size}x${size}/apps/coprod-desktop.png"
  cp "$png" "$SHARE/icons/hicolor/${size}x${size}/mimetypes/application-x-coprod.png"
done
mkdir -p "$SHARE/icons/hicolor/scalable/apps"
cp "$HERE/share/icons/coprod.svg" "$SHARE/icons/hicolor/scalable/apps/coprod-desktop.svg"

# Tell the desktop about the new file type, menu entry and icons (each tool is optional).
command -v update-mime-database >/dev/null && update-mime-database "$SHARE/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null && \
  gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" 2>/dev/null || true
if [ "$PREFIX" = "$HOME/.local" ] && command -v xdg-mime >/dev/null; then
  xdg-mime default coprod-desktop.desktop application/x-coprod 2>/dev/null || true
fi

echo "Done. Open Coprod Desktop from your applications menu, or run: coprod"
case ":$PATH:" in
  *":$BIN:"*) ;;
  *) echo "(To use the \`coprod\` command in a terminal, add $BIN to your PATH.)" ;;
esac
