#!/usr/bin/env bash
# Start to the first 200 from /status, per JVM setting: the server jar on a fresh demo
# installation (written once with the CLI), RUNS starts per setting, median and range in ms.
# Needs the built jars (mvn -B -q package -DskipTests -pl app-http,app-cli -am) and curl.
#
#   scripts/bench-startup.sh [RUNS]       default 7
#
# Settings: plain; AppCDS (a dynamic class-data archive written by a first run with
# -XX:ArchiveClassesAtExit, then -XX:SharedArchiveFile); AppCDS with a small heap for a Raspberry
# Pi (-Xmx64m -XX:+UseSerialGC), which is what scripts/kilowatch-server uses; each also reports the
# RSS right after the first 200.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
port=${PORT:-18611}
jar=app-http/target/kilowatch-server.jar
[[ -f $jar && -f app-cli/target/kilowatch.jar ]] || { echo "bench-startup: build the jars first" >&2; exit 66; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar app-cli/target/kilowatch.jar demo-data "$work/demo" >/dev/null
archive="$work/kilowatch-server.jsa"

# start JVM-OPTIONS... -> "ms rss_kb"
start() {
  local t0 t1 pid rss
  t0=$(date +%s%N)
  KILOWATCH_PATHS_KILOWATCH_DATABASE="$work/kilowatch.db" \
    java "$@" -jar "$jar" --config "$work/demo/kilowatch.yaml" --port "$port" >"$work/server.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/status"; do
    kill -0 "$pid" 2>/dev/null || { echo "bench-startup: the server died:" >&2; cat "$work/server.log" >&2; exit 70; }
    sleep 0.01
  done
  t1=$(date +%s%N)
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (t1 - t0) / 1000000 )) $rss"
}

# measure NAME JVM-OPTIONS... -> a table row
measure() {
  local name=$1; shift
  local times=() rsss=()
  for _ in $(seq 1 "$runs"); do
    read -r ms rss <<<"$(start "$@")"
    times+=("$ms"); rsss+=("$rss")
  done
  local sorted; sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  local median; median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
  local rss_median; rss_median=$(printf '%s\n' "${rsss[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  echo "| $name | $median | $(echo "$sorted" | head -1) to $(echo "$sorted" | tail -1) | $(( rss_median / 1024 )) MB |"
}

echo "| JVM setting | median ms | range ms | RSS at first 200 |"
echo "|---|---|---|---|"
measure "plain \`java -jar\`"
start -XX:ArchiveClassesAtExit="$archive" >/dev/null
measure "AppCDS" -XX:SharedArchiveFile="$archive"
measure "AppCDS, -Xmx64m, serial GC" -XX:SharedArchiveFile="$archive" -Xmx64m -XX:+UseSerialGC
measure "AppCDS, C1 only (TieredStopAtLevel=1)" -XX:SharedArchiveFile="$archive" -XX:TieredStopAtLevel=1
