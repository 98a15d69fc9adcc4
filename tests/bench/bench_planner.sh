#!/usr/bin/env bash
# Open-to-ready of the same generated plan in Upgrade Workbench and in GNOME Planner.
# Run: tests/bench/bench_planner.sh [BUILD_DIR] [STEPS...]   (default: build 0 5000 20000)
# Needs the Debian packages planner, xdotool and xvfb (installed for the benchmark only).
#
# Method, the same X server for both programs (Xvfb through xvfb-run), median of three runs:
# - ours: uw_bench_open --ready FILE starts the application, opens FILE in the real main window,
#   shows the Plan page and exits once a frame with the schedule is painted; the time is from
#   launch to exit (the Monte Carlo simulation that follows in the background is not waited for).
# - Planner: launched with the file; ready is the last moment its CPU time (utime + stime in
#   /proc/PID/stat, sampled every 20 ms) still grew before it stayed flat for 500 ms with its
#   window mapped (xdotool search --onlyvisible --pid); the quiet 500 ms are not counted.
# 0 steps is an empty project: its time is each program's own start-up, subtracted from the
# others to compare the time spent on the plan itself.
set -euo pipefail

if [[ -z "${DISPLAY:-}" ]]; then
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi

build=$(realpath "${1:-build}")
shift || true
sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(0 5000 20000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=xcb

now_ms() { date +%s%3N; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo -1; }

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

ours_once() {
    local start end
    start=$(now_ms)
    "$build/tests/bench/uw_bench_open" --ready "$1" >/dev/null
    end=$(now_ms)
    echo $((end - start))
}

planner_once() {
    local start pid ticks last_ticks last_change quiet_since t
    start=$(now_ms)
    planner "$1" >/dev/null 2>&1 &
    pid=$!
    last_ticks=-1
    last_change=$start
    quiet_since=$start
    while true; do
        sleep 0.02
        t=$(now_ms)
        ticks=$(cpu_ticks "$pid")
        if [[ "$ticks" != "$last_ticks" ]]; then
            last_ticks=$ticks
            last_change=$t
            quiet_since=$t
            continue
        fi
        if (( t - quiet_since >= 500 )) && xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; then
            break
        fi
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo $((last_change - start))
}

declare -A ours planner
for steps in "${sizes[@]}"; do
    "$build/tests/bench/uw_bench_planner_files" "$steps" "$work" >/dev/null
    o=(); p=()
    for run in 1 2 3; do
        o+=("$(ours_once "$work/plan-$steps.uwb")")
        p+=("$(planner_once "$work/plan-$steps.planner")")
    done
    ours[$steps]=$(median "${o[@]}")
    planner[$steps]=$(median "${p[@]}")
    echo "$steps steps: ours ${o[*]} ms, Planner ${p[*]} ms"
done

base_ours=${ours[0]:-0}
base_planner=${planner[0]:-0}
printf '\n%8s %12s %12s %14s %14s %8s\n' steps "ours ms" "Planner ms" "ours plan ms" "Planner plan ms" ratio
for steps in "${sizes[@]}"; do
    plan_ours=$(( ${ours[$steps]} - base_ours ))
    plan_planner=$(( ${planner[$steps]} - base_planner ))
    ratio=$(awk -v a="$plan_planner" -v b="$plan_ours" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }')
    printf '%8s %12s %12s %14s %14s %8s\n' "$steps" "${ours[$steps]}" "${planner[$steps]}" \
        "$plan_ours" "$plan_planner" "$ratio"
done
