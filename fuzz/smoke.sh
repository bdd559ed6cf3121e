#!/usr/bin/env bash
# CI's fuzzing smoke: every harness briefly (FUZZ_SMOKE_SECONDS each, 15 by default: under 2 minutes of fuzzing in
# all), after one build. Exit 1 on any crash or hang, 3 when afl-fuzz could not run.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SMOKE_SECONDS:-15}"
status=0
first=1
for harness in tle kvn xml json csv; do
    if [ "$first" = "1" ]; then
        FUZZ_SKIP_BUILD=0 bash fuzz/run.sh "$harness" "$seconds" || { code=$?; [ "$code" -gt "$status" ] && status=$code; }
        first=0
    else
        FUZZ_SKIP_BUILD=1 bash fuzz/run.sh "$harness" "$seconds" || { code=$?; [ "$code" -gt "$status" ] && status=$code; }
    fi
done
if [ "$status" -eq 0 ]; then echo "fuzz smoke: no crash or hang"; else echo "fuzz smoke: FAILED (exit $status)" >&2; fi
exit "$status"
