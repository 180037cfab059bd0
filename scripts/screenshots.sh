#!/usr/bin/env bash
# Renders the screenshots in docs/screenshots/ as a user sees the windows: real windows under
# Xvfb on a 1280×800 screen, each at the size it opens with, against the in-process emulator's
# sandbox tenant (and FakeQualys) after real Test Connections and runs (no network):
#   docs/screenshots/*.png           English, light palette, 100 %
#   docs/screenshots/de/*.png        German (Qt's strings and ours, loaded as the app does)
#   docs/screenshots/wizard-dark-*   the wizard in a dark palette at 150 % scaling
#   BUILD_DIR=build/dev scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD_DIR:-build/screenshots}"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
fi
cmake --build "$build" --target atc-wizard-screenshots atc-desktop-screenshots \
    atc-qualys-screenshots -- -j"$(nproc)"
wizard="$build/tests/ui/atc-wizard-screenshots"
desktop="$build/tests/ui/atc-desktop-screenshots"
qualys="$build/tests/qualys_ui/atc-qualys-screenshots"
out=docs/screenshots
mkdir -p "$out/de"
unset QT_QPA_PLATFORM QT_SCALE_FACTOR
# One X server per tool run: a 1280×800 screen, like the smaller screen of issue 12.
x() { xvfb-run -a -s "-screen 0 1280x800x24" "$@"; }
x "$wizard" --out "$out" --prefix wizard
x "$wizard" --out "$out" --prefix wizard-dark --dark --scale 1.5
x "$desktop" "$out"
x "$qualys" "$out"
x "$wizard" --out "$out/de" --prefix wizard --lang de
x "$desktop" --lang de "$out/de"
x "$qualys" --lang de "$out/de"
