#!/bin/sh
# Adds the Back-office to the desktop's application menu, for the current user:
# the .desktop file (Exec pointing at this folder's `backoffice`) and the hicolor icons.
# Run it from the unpacked bundle: ./install-desktop-entry.sh  (again after moving the folder).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
share="$here/_internal/share"  # PyInstaller 6 puts the data files under _internal/
[ -d "$share" ] || share="$here/share"
mkdir -p "$data/applications"
sed "s|^Exec=.*|Exec=\"$here/backoffice\"|" "$share/applications/fr.boutique.backoffice.desktop" \
  > "$data/applications/fr.boutique.backoffice.desktop"
mkdir -p "$data/icons"
cp -R "$share/icons/hicolor" "$data/icons/"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Back-office ajouté au menu des applications ($data/applications)."
