#!/usr/bin/env bash
# Soak, offscreen, the whole kiosk with narration through PulseAudio:
#   RESETS idle resets (default 10000, some 40 minutes): a tap starts a visit,
#     nobody touches, the idle warning shows and the kiosk resets;
#   SWITCHES chapter changes at random moments while narration loads and
#     plays (default 2000, some 5 minutes).
# Fails on a crash, a hang (a step not done in 10 s), any warning logged, or
# resident memory growing more than 5 MB after the first cycle.
# CI runs a short form of each (tests/CMakeLists.txt: soak_*).
#   bench/soak.sh [BUILD_DIR] [RESETS] [SWITCHES]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
resets="${2:-10000}"
switches="${3:-2000}"
start_audio

failed=0
table_header
for run in "idle-resets $resets" "switches $switches"; do
    read -r mode count <<<"$run"
    status=0
    output=$(QT_LOGGING_RULES="exhibit.*.info=false" "$build_dir/bench/exhibit-bench" "$mode" --count "$count" 2>&1) || status=$?
    rss() { printf '%s\n' "$output" | awk -v when="$1" '$1 == "rss-kb" && $2 == when { print $4 }' | tail -1; }
    first=$(rss first)
    last=$(printf '%s\n' "$output" | awk '$1 == "rss-kb" { v = $4 } END { print v }')
    table_value "$mode x$count: exit status" "$status" 0
    table_value "$mode x$count: warnings" "$(bench_value "$output" warnings)" 0
    [ -n "$first" ] && table_value "$mode x$count: growth after the first (KB)" $((last - first)) 5120
    grew=0
    [ -n "$first" ] && [ $((last - first)) -gt 5120 ] && grew=1
    if [ "$status" -ne 0 ] || [ "$grew" -eq 1 ]; then
        failed=1
        printf '%s\n' "$output" | grep -E '^(error|warnings)|[Ww]arning' | head -20 >&2
    fi
done
exit "$failed"
