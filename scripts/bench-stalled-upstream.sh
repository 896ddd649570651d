#!/usr/bin/env bash
# Does a stalled PSE upstream slow the API? Starts a Kilowatch server on a fresh demo installation
# whose PSE base URL points at a local port that accepts connections and never answers
# (scripts/StallingUpstream.java), with tomorrow's price day removed from the archive, so that the
# first load of tomorrow's prices asks PSE and hangs until the read timeout (60 s here). Measures
# /prices and /status with wrk (50 connections) while that load hangs, then again after it has
# failed and no PSE call is in flight. Prints a Markdown table. Needs the built jars:
#
#   mvn -B -q package -DskipTests -pl app-http,app-cli -am
#   scripts/bench-stalled-upstream.sh [SECONDS]     default 10 s per run (both fit in the stall)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
port=${PORT:-18601}
upstream=${UPSTREAM_PORT:-18602}
command -v wrk >/dev/null || { echo "bench-stalled-upstream: wrk is missing: apt-get install wrk" >&2; exit 69; }
for jar in app-http/target/kilowatch-server.jar app-cli/target/kilowatch.jar; do
  [[ -f $jar ]] || { echo "bench-stalled-upstream: $jar is missing; build it first" >&2; exit 66; }
done
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

java -jar app-cli/target/kilowatch.jar demo-data "$work/demo" >/dev/null
rm -f "$work"/demo/kilowatch/kilowatch-prices/*"$(TZ=Europe/Warsaw date -d tomorrow +%F)"*
java scripts/StallingUpstream.java "$upstream" > "$work/upstream.log" 2>&1 & pids+=($!)
until grep -q stalling "$work/upstream.log" 2>/dev/null; do sleep 0.1; done
KILOWATCH_PSE_BASE_URL="http://127.0.0.1:$upstream" KILOWATCH_PSE_RETRIES=0 \
KILOWATCH_PSE_READ_TIMEOUT=60s KILOWATCH_PSE_CALL_TIMEOUT=60s KILOWATCH_PSE_TOMORROW_POLL_START=00:00 \
  java -jar app-http/target/kilowatch-server.jar --config "$work/demo/kilowatch.yaml" --port "$port" \
  > "$work/server.log" 2>&1 & pids+=($!)
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/prices" >/dev/null 2>&1 && break
  sleep 0.2
done

# run PATH -> "req/s p50 p99"
run() {
  wrk -t2 -c50 -d"${seconds}s" --latency "http://127.0.0.1:$port$1" > "$work/wrk" 2>&1 || true
  echo "$(awk '/^Requests\/sec/ {print $2}' "$work/wrk") $(awk '$1=="50%" {print $2}' "$work/wrk") $(awk '$1=="99%" {print $2}' "$work/wrk")"
}
for _ in $(seq 1 100); do grep -q "held connection" "$work/upstream.log" && break; sleep 0.1; done
grep -q "held connection" "$work/upstream.log" \
  || { echo "bench-stalled-upstream: no load reached the upstream; server log:" >&2; cat "$work/server.log" >&2; exit 70; }
stalled_at=$(date +%s)
for path in /prices /status; do wrk -t1 -c10 -d5s "http://127.0.0.1:$port$path" >/dev/null 2>&1; done
during_prices=$(run /prices); during_status=$(run /status)
elapsed=$(( $(date +%s) - stalled_at ))
# the hung load ends at the read timeout; the next PSE call waits for the poll interval (15 min)
sleep $(( elapsed < 62 ? 62 - elapsed : 0 ))
after_prices=$(run /prices); after_status=$(run /status)
failed=$(curl -s "http://127.0.0.1:$port/cache" | grep -o '"prices-tomorrow"[^}]*' || true)

echo "| endpoint | upstream | req/s | p50 | p99 |"
echo "|---|---|---|---|---|"
echo "| \`/prices\` | stalled, a load hanging on it | ${during_prices// / | } |"
echo "| \`/prices\` | no call in flight | ${after_prices// / | } |"
echo "| \`/status\` | stalled, a load hanging on it | ${during_status// / | } |"
echo "| \`/status\` | no call in flight | ${after_status// / | } |"
echo
echo "The stalled runs ended ${elapsed} s after the load reached the upstream (read timeout 60 s)."
echo "Tomorrow's prices in the cache report afterwards: {${failed}}."
