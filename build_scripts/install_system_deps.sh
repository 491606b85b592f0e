#!/usr/bin/env bash
# Debian packages the tests need: an X server (Xvfb) and the xcb/EGL/font libraries Qt
# loads, and D-Bus + gnome-keyring (a real Secret Service for the keyring tests). Installed only when missing and only when running as root; otherwise
# we say what is missing and the tests that need it skip with that reason.
set -euo pipefail

packages=(
  xvfb xauth
  libegl1 libgl1 libfontconfig1 libfreetype6 fonts-dejavu-core libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
  libxcb-xfixes0 libxcb-xkb1 libxrender1 libxi6 libsm6 libice6 libglib2.0-0
  # a real Secret Service for the keyring tests
  dbus dbus-daemon gnome-keyring
  # alert delivery tests: dbus-monitor watches the Notify call; aplay plays the alert sounds
  dbus-bin alsa-utils
  # pdftotext / pdftoppm: the report tests read the PDF tearsheets back
  poppler-utils
  # make dist: PyInstaller reads libraries with objdump; the spec strips them with strip,
  # rebuilds Qt's ICU data library (icupkg, genccode, a C compiler) and packs libraries with
  # UPX, built from source (build_scripts/build_upx.sh: cmake, g++, make)
  binutils icu-devtools gcc g++ cmake make xz-utils
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "note: missing system packages (install them as root): ${missing[*]}" >&2
  exit 0
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
