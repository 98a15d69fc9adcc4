#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, AddressSanitizer, UndefinedBehaviorSanitizer) into
# build-fuzz/ and runs each for a bounded time: scripts/fuzz.sh [SECONDS-PER-TARGET] [TARGET...]
# Not part of the test run. Prints per target the executions, exec/s, coverage and crashes;
# crash files stay in build-fuzz/crashes/<target>/, the grown corpus in build-fuzz/corpus/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(csv mspdi projectjson versions template projectfile)
build="$root/build-fuzz"

"$root/scripts/install-deps.sh"
"$root/scripts/install-deps.sh" "$root/scripts/packages-fuzz.txt"
export CCACHE_BASEDIR="$root"
nice -n 19 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DUW_FUZZ=ON \
    -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
nice -n 19 cmake --build "$build" --parallel 2

# Seeds: the test data and the shipped files each reader is meant for, plus the inputs that once
# broke it (tests/data/fuzz/<target>/). They are read only; libFuzzer grows its own corpus.
seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"/{csv,mspdi,projectjson,versions,template,projectfile}
cp "$root"/tests/fuzz/corpus/csv/* "$seeds/csv/"
cp "$root"/tests/data/mspdi/* "$seeds/mspdi/"
cp "$root"/resources/samples/*.json "$seeds/projectjson/"
cp "$root"/tests/fuzz/corpus/versions/* "$seeds/versions/"
cp "$root"/resources/templates/*.json "$seeds/template/"
"$build/tests/fuzz/uw_fuzz_seeds" "$seeds/projectfile"
sqlite3 "$seeds/projectfile/v1.sqlite" <"$root/tests/data/v1/project.sql"

export TZ=UTC LC_ALL=C.UTF-8 LANG=C.UTF-8 QT_LOGGING_RULES="*=false"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
summary=()
failed=0
for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    crashes="$build/crashes/$target"
    log="$build/logs/$target.log"
    mkdir -p "$corpus" "$crashes" "$(dirname "$log")"
    before=$(find "$crashes" -type f | wc -l)
    echo "== fuzz_$target for ${seconds}s (log: $log)"
    # A reader gets 10 s per input and 2 GB; beyond that is a hang or a blow-up we want reported.
    status=0
    nice -n 19 "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$crashes/" \
        "$corpus" "$seeds/$target" "$root/tests/data/fuzz/$target" >"$log" 2>&1 || status=$?
    found=$(($(find "$crashes" -type f | wc -l) - before))
    runs=$(grep -oP 'stat::number_of_executed_units:\s+\K\d+' "$log" || echo '?')
    speed=$(grep -oP 'stat::average_exec_per_sec:\s+\K\d+' "$log" || echo '?')
    coverage=$(grep -oP 'cov: \d+ ft: \d+' "$log" | tail -1 || true)
    summary+=("$(printf '%-12s %10s runs %7s exec/s  %-20s %s crash(es)' "$target" "$runs" \
        "$speed" "${coverage:-cov: ?}" "$found")")
    if [[ $status -ne 0 || $found -gt 0 ]]; then
        failed=1
        grep -m1 -E 'ERROR: |runtime error|FATAL|==[0-9]+==' "$log" || true
    fi
done
echo
printf '%s\n' "${summary[@]}"
[[ $failed -eq 0 ]] || echo "Crash files are in $build/crashes/; see the logs in $build/logs/."
exit $failed
