#!/usr/bin/env bash
# Cold start, offscreen: `exhibit-kiosk --benchmark-startup` RUNS times
# (default 10). Three figures: from launch (the command starting, so loading
# the libraries counts) and from main() to the attract screen's first frame,
# and from main() until every screen of a visit is made in the background.
#   bench/startup.sh [BUILD_DIR] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/bench/lib.sh"
build_dir="${1:-$here/build}"
runs="${2:-10}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

from_launch=() from_main=() screens=()
for _ in $(seq "$runs"); do
    launched=$(date +%s%3N)
    output=$("$build_dir/exhibit-kiosk" --benchmark-startup 2>/dev/null)
    value() { printf '%s\n' "$output" | awk -v key="$1" '$1 == key { print $2 }'; }
    from_launch+=($(( $(value first-frame-epoch-ms) - launched )))
    from_main+=("$(value first-frame-ms)")
    screens+=("$(value screens-ready-ms)")
done

table_header
table_row "first frame from launch (ms)" 500 "${from_launch[@]}"
table_row "first frame from main() (ms)" - "${from_main[@]}"
table_row "every screen made, from main() (ms)" - "${screens[@]}"
