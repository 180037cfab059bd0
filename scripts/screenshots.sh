#!/usr/bin/env bash
# Renders every page of the Create Connector wizard offscreen into docs/screenshots/, after a
# real Test Connection against the in-process emulator's sandbox tenant (no network, no
# display): wizard-<n>-<page>.png in the light palette at 100%, and wizard-dark-<n>-<page>.png
# in a dark palette at 150% scaling, and wizard-de-<n>-<page>.png in German (the longest
# translation), to check that the layouts hold.
#   BUILD_DIR=build/dev scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD_DIR:-build/screenshots}"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
fi
cmake --build "$build" --target atc-wizard-screenshots -- -j"$(nproc)"
tool="$build/tests/ui/atc-wizard-screenshots"
out=docs/screenshots
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
"$tool" --out "$out" --prefix wizard 2> >(grep -v propagateSizeHints >&2)
QT_SCALE_FACTOR=1.5 "$tool" --out "$out" --prefix wizard-dark --dark \
    2> >(grep -v propagateSizeHints >&2)
"$tool" --out "$out" --prefix wizard-de --lang de 2> >(grep -v propagateSizeHints >&2)
