#!/usr/bin/env bash
# Cold start, offscreen: `exhibit-kiosk --benchmark-startup` RUNS times
# (default 10). Three figures: from launch (the command starting, so loading
# the libraries counts) and from main() to the attract screen's first frame,
# and from main() until every screen of a visit is made in the background.
#   bench/startup.sh [BUILD_DIR] [RUNS] [KIOSK OPTIONS, e.g. --content DB]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
runs="${2:-10}"
whole_number RUNS "$runs"
shift 2 || shift $#

from_launch=() from_main=() screens=()
for _ in $(seq "$runs"); do
    launched=$(date +%s%3N)
    output=$("$build_dir/exhibit-kiosk" --benchmark-startup "$@" 2>/dev/null)
    from_launch+=($(( $(bench_value "$output" first-frame-epoch-ms) - launched )))
    from_main+=("$(bench_value "$output" first-frame-ms)")
    screens+=("$(bench_value "$output" screens-ready-ms)")
done

table_header
table_row "first frame from launch (ms)" 500 "${from_launch[@]}"
table_row "first frame from main() (ms)" - "${from_main[@]}"
table_row "the menu made, from main() (ms)" - "${screens[@]}"
