#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs, only those that are missing.
set -euo pipefail
packages=(
    cmake ninja-build g++ ccache git clang-format
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite qt6-qpa-plugins
    libgl-dev libgtest-dev libsqlite3-dev
    dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth openssl
    appstream desktop-file-utils qt6-translations-l10n
    libqt6svg6 help2man dpkg-dev
)
# libqt6svg6: the SVG image and icon-engine plugins (the window icon). help2man: the man pages
# (app/CMakeLists.txt). dpkg-dev: dpkg-shlibdeps, which computes the .deb's Depends (cpack).
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
