#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with its own unlocked gnome-keyring, in a
# throwaway HOME, so that tests use a real Secret Service and never the user's keychain.
set -euo pipefail
tmp_home="$(mktemp -d)"
trap 'rm -rf "$tmp_home"' EXIT
mkdir -p "$tmp_home/run" "$tmp_home/.local/share" "$tmp_home/.config" "$tmp_home/.cache"
chmod 700 "$tmp_home/run"
export HOME="$tmp_home" XDG_RUNTIME_DIR="$tmp_home/run" XDG_DATA_HOME="$tmp_home/.local/share" \
    XDG_CONFIG_HOME="$tmp_home/.config" XDG_CACHE_HOME="$tmp_home/.cache"
export ATC_TEST_SECRET_SERVICE=1
exec dbus-run-session -- bash -c '
    # The keyring password only unlocks this throwaway keyring.
    eval "$(printf "throwaway" | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
    exec "$@"' bash "$@"
