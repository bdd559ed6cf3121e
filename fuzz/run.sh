#!/usr/bin/env bash
# Fuzzes one harness of fuzz/Concord.Fuzz with afl++ for a given time (docs/fuzzing.md).
#   fuzz/run.sh HARNESS SECONDS        HARNESS: tle, kvn, xml, json, csv (fuzz/run.sh --list prints them)
# Builds the harness (Release), instruments Concord.Formats.dll with SharpFuzz in a copy of the output, seeds from the
# harness's generated seeds plus the reference samples (../shared/reference when present, else tests/data), runs
# afl-fuzz, prints the executions, crashes and hangs from fuzzer_stats, and replays every crash or hang to print its
# exception. Exit 0 only when none was found.
# Findings stay in fuzz/findings/HARNESS (ignored by git). FUZZ_SKIP_BUILD=1 reuses the last build (fuzz/smoke.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
work="$root/fuzz/.work"
bin="$work/bin"
inst="$work/instrumented"

if [ "${1:-}" = "--list" ]; then
    exec dotnet "$bin/Concord.Fuzz.dll" --list
fi
if [ $# -ne 2 ] || ! [[ "$2" =~ ^[0-9]+$ ]] || [ "$2" -lt 1 ]; then
    echo "usage: fuzz/run.sh HARNESS SECONDS   (HARNESS: tle, kvn, xml, json, csv)" >&2
    exit 2
fi
harness="$1"
seconds="$2"
case "$harness" in tle|kvn|xml|json|csv) ;; *) echo "error: unknown harness '$harness' (tle, kvn, xml, json, csv)" >&2; exit 2 ;; esac
if ! command -v afl-fuzz >/dev/null 2>&1; then
    echo "error: afl-fuzz not found; install Debian's afl++ (apt-get install -y afl++)" >&2
    exit 3
fi

if [ "${FUZZ_SKIP_BUILD:-0}" != "1" ] || [ ! -f "$inst/Concord.Fuzz.dll" ]; then
    rm -rf "$bin" "$inst"
    dotnet build fuzz/Concord.Fuzz/Concord.Fuzz.csproj -c Release -o "$bin" -nologo -v quiet
    cp -r "$bin" "$inst"
    dotnet tool restore >/dev/null
    # Only the code under test is instrumented: afl's coverage map then measures the readers, not the harness or SGP4.
    dotnet sharpfuzz "$inst/Concord.Formats.dll"
fi

# Seeds (made by the uninstrumented build: instrumented code needs afl's shared memory): the harness's own (always), then
# the reference samples of its encoding: ../shared/reference where it exists (the complete set), else the
# redistributable copies in tests/data (tests/data/SOURCES.md). afl works best on small seeds, so files over 16 KiB
# are left out and large element-set files contribute their first sets.
seeds="$(mktemp -d)"
trap 'rm -rf "$seeds"' EXIT
dotnet "$bin/Concord.Fuzz.dll" --seeds "$harness" "$seeds" >/dev/null
reference="$root/../shared/reference"
[ -d "$reference" ] || reference="$root/tests/data"
if [ -d "$reference" ]; then
    add() { local f; for f in "$@"; do [ -f "$f" ] && [ "$(stat -c %s "$f")" -le 16384 ] && cp "$f" "$seeds/ref-$(basename "$(dirname "$f")")-$(basename "$f")"; done; return 0; }
    shopt -s nullglob globstar
    case "$harness" in
        tle)
            head -n 12 "$reference/sgp4/SGP4-VER.TLE" > "$seeds/ref-sgp4-ver-head.tle"
            [ -f "$reference/catalog/spacetrack_3le_2022-01-22/3le.txt" ] && head -n 9 "$reference/catalog/spacetrack_3le_2022-01-22/3le.txt" > "$seeds/ref-spacetrack-head.3le"
            ;;
        kvn)
            add "$reference"/ccsds/{omm,opm,oem,cdm}/**/*.txt "$reference"/ccsds/{omm,opm,oem,cdm}/**/*.kvn "$reference"/ccsds/lexical/*.kvn
            ;;
        xml)
            add "$reference"/ccsds/{omm,opm,oem,cdm,ndm}/**/*.xml "$reference"/ccsds/lexical/*.xml
            ;;
        json)
            add "$reference"/ccsds/omm/**/*.json
            ;;
        csv)
            add "$reference"/ccsds/omm/**/*.csv
            for f in "$reference"/catalog/*/*.csv; do head -n 4 "$f" > "$seeds/ref-$(basename "$f")"; done
            ;;
    esac
fi
echo "fuzz: $harness: $(ls "$seeds" | wc -l) seeds, $seconds s"

findings="$root/fuzz/findings/$harness"
rm -rf "$findings"
mkdir -p "$(dirname "$findings")"
# AFL_SKIP_BIN_CHECK: the target is `dotnet`, not an afl-instrumented binary (SharpFuzz speaks afl's fork-server
# protocol itself). AFL_NO_AFFINITY: the machine is shared, so no core is bound. -m none: the CLR reserves far more
# virtual memory than afl's default limit. -t 5000: the first inputs include the CLR's start.
status=0
AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
    AFL_QUIET=1 afl-fuzz -i "$seeds" -o "$findings" -t 5000 -m none -V "$seconds" \
    -- "$(command -v dotnet)" "$inst/Concord.Fuzz.dll" "$harness" > "$findings.log" 2>&1 || status=$?

stats="$findings/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
    echo "error: afl-fuzz did not run (exit $status); its output:" >&2
    tail -n 40 "$findings.log" >&2
    exit 3
fi
stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
execs="$(stat execs_done)"; runtime="$(stat run_time)"; speed="$(stat execs_per_sec)"
crashes="$(stat saved_crashes)"; hangs="$(stat saved_hangs)"; corpus="$(stat corpus_count)"; coverage="$(stat bitmap_cvg)"
echo "fuzz: $harness: $execs executions in $runtime s ($speed/s), corpus $corpus, coverage $coverage, $crashes crashes, $hangs hangs"

found=0
shopt -s nullglob
for kind in crashes hangs; do
    inputs=("$findings/default/$kind"/id:*)
    [ "${#inputs[@]}" -gt 0 ] && [ -f "${inputs[0]}" ] || continue
    found=1
    echo "fuzz: $harness: ${#inputs[@]} $kind in $findings/default/$kind; replayed (one line per distinct failure):"
    timeout 120 dotnet "$bin/Concord.Fuzz.dll" "$harness" --replay "${inputs[@]}" 2>&1 | head -n 40 || true
    echo "fuzz: $harness: the first in full (fuzz/run.sh replays with: dotnet fuzz/.work/bin/Concord.Fuzz.dll $harness --replay FILE):"
    timeout 20 dotnet "$bin/Concord.Fuzz.dll" "$harness" --replay "${inputs[0]}" 2>&1 | head -n 25 || true
done
if [ "${crashes:-0}" != "0" ] || [ "${hangs:-0}" != "0" ] || [ "$found" = "1" ]; then
    exit 1
fi
exit 0
