#!/bin/sh
# The official Azure SDK for JavaScript against the Azure emulator over HTTPS, measured the way
# issue 15 measured it, beside atc-quota-benchmark (docs/azure-client.md, "Benchmark"). Needs
# node and npm (installs the pinned SDK into BUILD/sdk-bench on first use). Not part of ctest.
#
#   tests/bench/sdk/run-sdk-benchmark.sh [BUILD_DIR] [sizes] [latencies] [paths]
#   e.g. tests/bench/sdk/run-sdk-benchmark.sh build/ci small,large 20,100-500 arm8,graph
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../../.." && pwd)
build=$(cd "${1:-build/ci}" && pwd)
sizes=${2:-small,large}
latencies=${3:-20,100-500}
paths=${4:-arm8,graph}
emulator="$build/emulator/atc-azure-emulator"
work="$build/sdk-bench"
mkdir -p "$work"
cp "$here/package.json" "$here/package-lock.json" "$here/sdk-discover.mjs" "$work/"
[ -d "$work/node_modules" ] || (cd "$work" && npm ci --no-audit --no-fund --silent)

tls="$src/tests/data/tls"
export NODE_EXTRA_CA_CERTS="$tls/ca.pem"          # trusted, never NODE_TLS_REJECT_UNAUTHORIZED
export ATC_SDK_SECRET=sandbox-secret-value-not-for-production # the emulator's public demo key
client=0d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a
tenant=5e7d1a00-0000-4000-8000-000000000001            # --synthetic …,1 (seed 1)

for size in $(echo "$sizes" | tr , ' '); do
  case $size in
    small) spec=50,500,50000,1 ;;
    large) spec=200,2000,200000,1 ;;
    *) echo "unknown size $size" >&2; exit 2 ;;
  esac
  for latency in $(echo "$latencies" | tr , ' '); do
    min=${latency%-*}; max=${latency#*-}
    for path in $(echo "$paths" | tr , ' '); do
      extra=""
      # The SDK gives up on a Resource Graph 429 without Retry-After (as Azure sends it):
      # that path is measured with Retry-After added, as in the issue.
      [ "$path" = graph ] && extra=--arg-retry-after
      out=$(mktemp)
      "$emulator" --synthetic "$spec" --azure-quotas --latency-ms "$min" --latency-max-ms "$max" \
        --tls-cert "$tls/server.pem" --tls-key "$tls/server.key" $extra >"$out" 2>/dev/null &
      pid=$!
      for _ in $(seq 1 600); do [ -s "$out" ] && break; sleep 0.1; done
      base=$(head -n 1 "$out")
      case $path in
        arm*) args="arm ${path#arm}" ;;
        graph) args=graph ;;
      esac
      printf '%s latency %s ms, SDK %s: ' "$size" "$latency" "$path"
      node "$work/sdk-discover.mjs" "$base" "$tenant" "$client" $args 2>&1 | tail -n 1 || true
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
      rm -f "$out"
    done
  done
done
