#!/bin/bash
# `make install-desktop`: a desktop entry and the app icon for the current user (XDG).
#   build_scripts/install_desktop.sh /absolute/path/to/pregao
set -euo pipefail
exec_path="${1:?usage: install_desktop.sh /absolute/path/to/pregao}"
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$data/applications"
icons="$data/icons/hicolor/scalable/apps"
mkdir -p "$apps" "$icons"
install -m 644 "$root/desktop/resources/icons/app.svg" "$icons/pregao.svg"
sed "s|^Exec=.*|Exec=\"$exec_path\"|" "$root/desktop/resources/pregao.desktop" > "$apps/pregao.desktop"
chmod 644 "$apps/pregao.desktop"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$apps/pregao.desktop"; fi
if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$apps" || true; fi
if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
fi
echo "Installed $apps/pregao.desktop (runs $exec_path) and $icons/pregao.svg"
