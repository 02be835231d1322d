#!/usr/bin/env bash
# How long `paragraf-cli push` takes for the generated database (bench/generate.cpp) of 1, 5 and
# 10 years, each into a fresh database of a throwaway server (scripts/pg-test-server.sh), with
# the number of rows moved. Use a Release build:
#   bench/push-timing.sh build-release [YEARS...]
set -euo pipefail
build=${1:?usage: bench/push-timing.sh BUILD_DIR [YEARS...]}
shift
[[ $# -gt 0 ]] && years=("$@") || years=(1 5 10)
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/paragraf-push-timing.XXXXXX)
trap 'bash "$here/scripts/pg-test-server.sh" stop "$work/pg" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
bash "$here/scripts/pg-test-server.sh" start "$work/pg" >/dev/null
export PGSERVICEFILE=$work/pg/pg_service.conf
export LANG=C LC_ALL=C.UTF-8
cli=$(find "$build" -name paragraf-cli -type f | head -1)
generate=$(find "$build" -name paragraf-generate -type f | head -1)
printf '%-6s %10s %10s %10s\n' years rows seconds rows/s
for y in "${years[@]}"; do
    file=$work/large-$y.paragraf
    "$generate" "$file" "$y" >/dev/null
    psql "service=paragraf-test" -qc "CREATE DATABASE push_$y TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'"
    start=$(date +%s.%N)
    # Opening never gives a database Paragraf's schema; init does (timed with the push, as the
    # migration of the empty server was before).
    "$cli" init "service=paragraf-test dbname=push_$y"
    summary=$("$cli" push "$file" "service=paragraf-test dbname=push_$y" 2>/dev/null | tail -1)
    end=$(date +%s.%N)
    rows=$(sed -E 's/^Moved ([0-9]+) rows.*/\1/' <<<"$summary")
    secs=$(echo "$end - $start" | bc -l)
    printf '%-6s %10s %10.1f %10.0f\n' "$y" "$rows" "$secs" "$(echo "$rows / $secs" | bc -l)"
done
