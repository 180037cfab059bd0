#!/usr/bin/env bash
# Installs what is missing, builds, and starts Azure Tenant Connector. With no tenant
# configured it offers the built-in sandbox tenant. Without a display it runs the CLI on
# the sandbox tenant instead, and says so.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export CCACHE_BASEDIR="$PWD"
cmake --preset dev >/dev/null
# Only what it starts (the tests and benchmarks are scripts/test.sh's business).
cmake --build --preset dev --target azure-tenant-connector atc -- -j"$(nproc)"
bin=build/dev/app
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "${QT_QPA_PLATFORM:-}" = offscreen ]; then
    exec "$bin/azure-tenant-connector" "$@"
fi
echo "No display found: running the command-line interface on the sandbox tenant instead." >&2
echo "(Start the desktop application with a display, e.g. from a desktop session.)" >&2
exec "$bin/atc" sandbox "$@"
