#!/usr/bin/env bash
# The kiosk's start against the floor: `exhibit-kiosk --benchmark-startup` and
# `bench-bare-window` (a bare Qt Quick window with a chapter's title and four
# paragraphs, same Qt, same renderer), alternately RUNS times each (default 9)
# so both meet the same machine. Prints the medians, the kiosk's ratio to the
# floor (target 2) and the peak resident memory by the first frame (target 80 MiB).
#   bench/first-frame.sh [BUILD_DIR] [RUNS] [KIOSK OPTIONS, e.g. --content DB]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
runs="${2:-9}"
whole_number RUNS "$runs"
shift 2 || shift $#

kiosk_launch=() kiosk_main=() kiosk_rss=() bare_launch=() bare_main=() bare_rss=()
kiosk_anon=() kiosk_file=()
measure() { # PREFIX COMMAND...
    local prefix="$1" launched
    shift
    launched=$(date +%s%3N)
    output=$("$@" 2>/dev/null)
    eval "${prefix}_launch+=($(($(bench_value "$output" first-frame-epoch-ms) - launched)))"
    eval "${prefix}_main+=($(bench_value "$output" first-frame-ms))"
    eval "${prefix}_rss+=($(($(bench_value "$output" first-frame-peak-rss-kb) / 1024)))"
}
for _ in $(seq "$runs"); do
    measure kiosk "$build_dir/exhibit-kiosk" --benchmark-startup "$@"
    kiosk_anon+=($(($(bench_value "$output" first-frame-anon-kb) / 1024)))
    kiosk_file+=($(($(bench_value "$output" first-frame-file-kb) / 1024)))
    measure bare "$build_dir/bench/bench-bare-window"
done

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v k="$1" -v b="$2" 'BEGIN { printf "%.2f", k / b }'; }

table_header
table_row "kiosk: first frame from launch (ms)" - "${kiosk_launch[@]}"
table_row "bare window: first frame from launch (ms)" - "${bare_launch[@]}"
table_value "kiosk / bare window, from launch" "$(ratio "$(median "${kiosk_launch[@]}")" "$(median "${bare_launch[@]}")")" 2
table_row "kiosk: first frame from main() (ms)" - "${kiosk_main[@]}"
table_row "bare window: first frame from main() (ms)" - "${bare_main[@]}"
table_value "kiosk / bare window, from main()" "$(ratio "$(median "${kiosk_main[@]}")" "$(median "${bare_main[@]}")")" 2
table_row "kiosk: peak resident by first frame (MiB)" 80 "${kiosk_rss[@]}"
table_row "kiosk: resident then, own memory (MiB)" - "${kiosk_anon[@]}"
table_row "kiosk: resident then, files mapped (MiB)" - "${kiosk_file[@]}"
table_row "bare window: peak resident (MiB)" - "${bare_rss[@]}"
