#!/usr/bin/env bash
# Load run of a Kilowatch server with wrk (Debian package 'wrk'), printed as a Markdown table:
# requests/s and p50/p99 latency per endpoint at 1, 50 and 200 connections, then the heavy
# endpoints with and without gzip, then every endpoint with 'Connection: close' (as the
# reference's own server runs), then the same-bodies check at 200 connections. Loopback only.
#
#   scripts/bench-http.sh [URL] [SECONDS]      default http://127.0.0.1:8080, 10 s per run
#
# Environment: ENDPOINTS (space-separated paths), CONNECTIONS (default "1 50 200"),
# WARMUP (seconds, default 5), TOKEN (sent as Authorization: Bearer), SERVER_PID (prints its RSS
# after the run), HEAVY (paths of the large-body and gzip runs).
set -euo pipefail
url=${1:-http://127.0.0.1:8080}
seconds=${2:-10}
case "$url" in
  http://127.*|http://localhost*|http://\[::1\]*) ;;
  *) echo "bench-http: only loopback targets are allowed, not $url" >&2; exit 64 ;;
esac
command -v wrk >/dev/null || { echo "bench-http: wrk is missing: apt-get install wrk" >&2; exit 69; }
endpoints=${ENDPOINTS:-/health /status /current-state /prices /metrics /monthly-summary}
connections=${CONNECTIONS:-1 50 200}
warmup=${WARMUP:-5}
auth=()
[[ -n "${TOKEN:-}" ]] && auth=(-H "Authorization: Bearer $TOKEN")

# run PATH CONNECTIONS [extra wrk args...] -> "req/s p50 p99"
run() {
  local path=$1 conns=$2; shift 2
  local threads=$(( conns < 2 ? 1 : 2 ))
  wrk -t"$threads" -c"$conns" -d"${seconds}s" --latency "${auth[@]}" "$@" "$url$path" > /tmp/bench-http.$$ 2>&1 || true
  local rps p50 p99
  rps=$(awk '/^Requests\/sec/ {print $2}' /tmp/bench-http.$$)
  p50=$(awk '$1=="50%" {print $2}' /tmp/bench-http.$$)
  p99=$(awk '$1=="99%" {print $2}' /tmp/bench-http.$$)
  if grep -q "Non-2xx or 3xx responses" /tmp/bench-http.$$; then rps="$rps (errors!)"; fi
  echo "${rps:-?} | ${p50:-?} | ${p99:-?}"
  rm -f /tmp/bench-http.$$
}

for path in $endpoints; do
  wrk -t1 -c10 -d"${warmup}s" "${auth[@]}" "$url$path" >/dev/null 2>&1 || true
done

echo "### Keep-alive, $seconds s per run"
echo
echo "| endpoint | connections | req/s | p50 | p99 |"
echo "|---|---|---|---|---|"
for path in $endpoints; do
  for c in $connections; do
    echo "| \`$path\` | $c | $(run "$path" "$c") |"
  done
done

echo
echo "### Large bodies, 50 connections, with and without gzip"
echo
echo "| endpoint | encoding | req/s | p50 | p99 |"
echo "|---|---|---|---|---|"
for path in ${HEAVY:-/decisions?time_range=7d /logs?lines=100}; do
  echo "| \`$path\` | identity | $(run "$path" 50) |"
  echo "| \`$path\` | gzip | $(run "$path" 50 -H 'Accept-Encoding: gzip') |"
done

echo
echo "### Connection: close (new connection per request), 1 and 50 connections"
echo
echo "| endpoint | connections | req/s | p50 | p99 |"
echo "|---|---|---|---|---|"
for path in $endpoints; do
  for c in 1 50; do
    echo "| \`$path\` | $c | $(run "$path" "$c" -H 'Connection: close') |"
  done
done

echo
echo "### Same bodies under load: 200 connections, every 200 response checked"
echo
echo "Per endpoint: one request alone first (its ETag and body), then wrk at 200 connections with"
echo "scripts/same-bodies.lua comparing every body with the first of its ETag (clock-derived fields"
echo "such as ages and timestamps blanked)."
echo
echo "| endpoint | responses checked | differing | versions seen | non-200 |"
echo "|---|---|---|---|---|"
script_dir=$(dirname "$0")
for path in $endpoints ${HEAVY:-/decisions?time_range=7d /logs?lines=100}; do
  curl -s "${auth[@]}" -D /tmp/bench-http-ref-h.$$ -o /tmp/bench-http-ref-b.$$ "$url$path"
  { grep -i '^etag:' /tmp/bench-http-ref-h.$$ | sed 's/^[Ee][Tt][Aa][Gg]: //; s/\r$//' || echo; cat /tmp/bench-http-ref-b.$$; } > /tmp/bench-http-ref.$$
  line=$(wrk -t2 -c200 -d"${seconds}s" "${auth[@]}" -s "$script_dir/same-bodies.lua" "$url$path" -- /tmp/bench-http-ref.$$ 2>&1 | grep '^same-bodies:' || true)
  # same-bodies: N checked, D differing, A differing across threads, V versions, X non-200, E without ETag
  read -r checked differing across versions other <<<"$(echo "$line" | awk '{print $2, $4, $6, $10, $12}')"
  echo "| \`$path\` | ${checked:-?} | $(( ${differing:-0} + ${across:-0} )) | ${versions:-?} | ${other:-?} |"
  rm -f /tmp/bench-http-ref*.$$
done

if [[ -n "${SERVER_PID:-}" && -r /proc/$SERVER_PID/status ]]; then
  echo
  echo "RSS of the server (pid $SERVER_PID) after the run: $(awk '/VmRSS/ {printf "%d MB", $2 / 1024}' "/proc/$SERVER_PID/status"), peak $(awk '/VmHWM/ {printf "%d MB", $2 / 1024}' "/proc/$SERVER_PID/status")."
fi
