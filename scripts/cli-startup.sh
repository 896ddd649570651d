#!/usr/bin/env bash
# Start-up to output of `kilowatch status` (embedded) on a demo installation, for BENCHMARKS.md
# ("CLI start-up"). Needs hyperfine (apt-get install hyperfine) and the built jar:
#   mvn -B -q -pl app-cli -am package -DskipTests && scripts/cli-startup.sh [runs]
# Run it when the machine is quiet (uptime): other builds make the figures noisy.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-20}
jar="$here/app-cli/target/kilowatch.jar"
demo=$(mktemp -d)
trap 'rm -rf "$demo"' EXIT
# Offline: PSE is a closed local port (the demo's prices are in its archive anyway).
export KILOWATCH_PSE_BASE_URL=http://127.0.0.1:9/api KILOWATCH_PSE_RETRIES=0
"$here/kilowatch" demo-data "$demo/demo" > /dev/null
config="$demo/demo/kilowatch.yaml"
"$here/kilowatch" status --config "$config" > /dev/null # writes the AppCDS archive if missing
uptime
hyperfine -N --warmup 3 --runs "$runs" --export-json "$demo/result.json" \
  -n "java -jar (JVM defaults)" "java -jar $jar status --config $config" \
  -n "C1 + SerialGC (the old launcher)" \
  "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -jar $jar status --config $config" \
  -n "./kilowatch, KILOWATCH_CDS=off" "env KILOWATCH_CDS=off $here/kilowatch status --config $config" \
  -n "./kilowatch (C1, SerialGC, AppCDS)" "$here/kilowatch status --config $config" \
  -n "./kilowatch --version (floor: JVM + picocli)" "$here/kilowatch --version"
uptime
# Median, mean and min per command (hyperfine's Markdown table has no median).
python3 - "$demo/result.json" <<'PY'
import json, sys
print("| command | median | mean ± σ | min |")
print("|---|---|---|---|")
for r in json.load(open(sys.argv[1]))["results"]:
    ms = lambda s: "%.0f ms" % (s * 1000)
    print("| %s | %s | %s ± %s | %s |" % (r["command"], ms(r["median"]), ms(r["mean"]), ms(r["stddev"]), ms(r["min"])))
PY
