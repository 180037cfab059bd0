#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test. CI runs exactly this.
#   ATC_PRESET=ci|dev|asan (default ci: -Werror)
# The suite runs inside a private D-Bus session with an unlocked gnome-keyring, so the
# keychain integration test uses a real Secret Service and never the user's own keychain.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${ATC_PRESET:-ci}"
scripts/install-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -- -j"$(nproc)"
export QT_QPA_PLATFORM=offscreen
# Private session: its own bus, its own keyring in a throwaway HOME/XDG dirs.
tmp_home="$(mktemp -d)"
trap 'rm -rf "$tmp_home"' EXIT
export ATC_TEST_KEYRING_HOME="$tmp_home"
exec env HOME="$tmp_home" XDG_DATA_HOME="$tmp_home/.local/share" \
    XDG_CONFIG_HOME="$tmp_home/.config" XDG_RUNTIME_DIR="$tmp_home/run" \
    dbus-run-session -- bash -c '
        mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
        eval "$(printf "test-password" | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
        export GNOME_KEYRING_CONTROL
        ctest --preset '"$preset"' -j"$(nproc)" "$@"' bash "$@"
