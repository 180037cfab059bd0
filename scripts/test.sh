#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test. CI runs exactly this.
#   ATC_PRESET=ci|dev|asan (default ci: -Werror). Extra arguments go to ctest.
# Tests that need a keychain start their own private D-Bus session with gnome-keyring
# (tests/common/with-secret-service.sh); no test touches the user's own keychain.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${ATC_PRESET:-ci}"
scripts/install-deps.sh
# ccache keys on paths relative to the checkout, so fresh clones reuse earlier builds.
export CCACHE_BASEDIR="$PWD"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -- -j"$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset" -j"$(nproc)" "$@"
