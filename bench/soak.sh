#!/usr/bin/env bash
# Soak, offscreen, the whole kiosk with narration through PulseAudio:
#   RESETS idle resets (default 10000, some 40 minutes): a tap starts a visit,
#     nobody touches, the idle warning shows and the kiosk resets;
#   SWITCHES chapter changes at random moments while narration loads and
#     plays (default 2000, some 5 minutes);
#   CYCLES rapid load, seek, pause, play and next-chapter cycles of the
#     narration player, which must play on every tenth (default 1000, some
#     5 minutes).
# Fails on a crash, a hang (a step not done in 10 s), any warning logged, or
# resident memory growing more than 5 MB after the first reset (after the
# first 500 chapter changes or cycles, which meet every chapter in both languages).
# CI runs a short form of each (tests/CMakeLists.txt: soak_*).
#   bench/soak.sh [BUILD_DIR] [RESETS] [SWITCHES] [CYCLES]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
resets="${2:-10000}"
switches="${3:-2000}"
cycles="${4:-1000}"
whole_number RESETS "$resets"
whole_number SWITCHES "$switches"
whole_number CYCLES "$cycles"
start_audio

failed=0
table_header
for run in "idle-resets $resets" "switches $switches" "narration-cycles $cycles"; do
    read -r mode count <<<"$run"
    status=0
    output=$(QT_LOGGING_RULES="exhibit.*.info=false" "$build_dir/bench/exhibit-bench" "$mode" --count "$count" 2>&1) || status=$?
    echo "$mode x$count: resident memory along the way (KB): $(printf '%s\n' "$output" | awk '$1 == "rss-kb" { printf "%s=%s ", $3, $4 }')"
    # The baseline: after the first reset (the attract screen and menu made);
    # for chapter changes, after the first 500 (every chapter's pictures and
    # both languages' narration met at least once; see docs/PERFORMANCE.md).
    if [ "$mode" != idle-resets ]; then
        first=$(bench_rss "$output" "" 500)
        since="the first 500"
    else
        first=$(bench_rss "$output" first)
        since="the first"
    fi
    last=$(printf '%s\n' "$output" | awk '$1 == "rss-kb" { v = $4 } END { print v }')
    table_value "$mode x$count: exit status" "$status" 0
    table_value "$mode x$count: warnings" "$(bench_value "$output" warnings)" 0
    [ -n "$first" ] && table_value "$mode x$count: growth after $since (KB)" $((last - first)) 5120
    grew=0
    [ -n "$first" ] && [ $((last - first)) -gt 5120 ] && grew=1
    if [ "$status" -ne 0 ] || [ "$grew" -eq 1 ]; then
        failed=1
        printf '%s\n' "$output" | grep -E '^(error|warnings)|[Ww]arning' | head -20 >&2
    fi
done
exit "$failed"
