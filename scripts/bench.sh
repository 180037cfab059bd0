#!/usr/bin/env bash
# Benchmarks (not tests): builds a release tree and prints time, requests, retries, rows
# written and peak memory for
#   1. discovery alone (atc-benchmark): 500 subs / 50 groups / 50,000 resources and
#      2,000 / 200 / 200,000, at 20 ms latency per request;
#   2. a full tenant run (atc-runtime-benchmark): discovery + reconcile + inventory write of
#      2,000 subscriptions / 200,000 resources, then an unchanged re-run;
#   3. discovery under Azure's read quotas (atc-quota-benchmark) over HTTPS, both sizes, at
#      20 ms and 100-500 ms;
#   4. with ATC_BENCH_SDK=1 (needs node and npm): the official Azure SDK for JavaScript
#      against the same emulator, for the comparison (tests/bench/sdk).
# The emulator runs as a separate process. Run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export CCACHE_BASEDIR="$PWD"
build=build/bench
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
    >/dev/null
cmake --build "$build" --target atc-benchmark atc-runtime-benchmark atc-quota-benchmark \
    atc-azure-emulator \
    -- -j"$(nproc)"
status=0
"$build/tests/bench/atc-benchmark" "$@" || status=1
"$build/tests/runtime/atc-runtime-benchmark" || status=1
"$build/tests/bench/atc-quota-benchmark" --emulator "$build/emulator/atc-azure-emulator" || status=1
if [ "${ATC_BENCH_SDK:-0}" = 1 ]; then
    tests/bench/sdk/run-sdk-benchmark.sh "$build" || status=1
fi
exit $status
