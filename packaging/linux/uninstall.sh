#!/usr/bin/env bash
# Remove Coprod Desktop as install.sh put it in. Programme files, settings and recent files
# (in ~/.local/share/Coprod Desktop) are left alone.
#   PREFIX=/some/dir ./uninstall.sh   if it was installed with the same PREFIX
set -euo pipefail
PREFIX=${PREFIX:-$HOME/.local}
SHARE="$PREFIX/share"
APP_HOME="$SHARE/coprod-desktop"
BIN="$PREFIX/bin"

echo "Removing Coprod Desktop from $APP_HOME"
if [ -L "$BIN/coprod" ] && [ "$(readlink "$BIN/coprod")" = "$APP_HOME/app/coprod" ]; then
  rm -f "$BIN/coprod"
fi
rm -f "$SHARE/applications/coprod-desktop.desktop" "$SHARE/mime/packages/coprod-desktop.xml"
rm -f "$SHARE/icons/hicolor/scalable/apps/coprod-desktop.svg"
for dir in "$SHARE"/icons/hicolor/*x*; do
  rm -f "$dir/apps/coprod-desktop.png" "$dir/mimetypes/application-x-coprod.png"
done
rm -rf "$APP_HOME"
# install.sh made Coprod Desktop the default for .coprod files; forget that line only.
mimeapps="${XDG_CONFIG_HOME:-$HOME/.config}/mimeapps.list"
if [ "$PREFIX" = "$HOME/.local" ] && [ -f "$mimeapps" ]; then
  sed -i.bak '/^application\/x-coprod=coprod-desktop\.desktop;*$/d' "$mimeapps" && rm -f "$mimeapps.bak"
fi

command -v update-mime-database >/dev/null && update-mime-database "$SHARE/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null && \
  gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" 2>/dev/null || true
echo "Done. Your programme files and settings are still where they were."
