#!/usr/bin/env bash
# Content scale: the bundled exhibit against one a hundred times its size
# (make-large-content.py: every timeline event and key figure a hundred
# times, chapter texts a hundred times as long), for cold start and chapter
# navigation. Target: within 2x of the bundled figures.
#   bench/scale.sh [BUILD_DIR] [RUNS] [TAPS]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
runs="${2:-10}"
taps="${3:-200}"
whole_number RUNS "$runs"
whole_number TAPS "$taps"
start_audio

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/bench/make-large-content.py" "$here/content/exhibit.json" "$work/large.json" 100
"$build_dir/exhibit-curator" import "$work/large.db" "$work/large.json" >/dev/null
echo "content: bundled $(du -k "$build_dir/content/content.db" | cut -f1) KB, hundredfold $(du -k "$work/large.db" | cut -f1) KB"

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
measure() { # CONTENT_DB -> "first-frame-ms screens-ready-ms tap-work-ms" medians
    local frames=() screens=() output
    for _ in $(seq "$runs"); do
        output=$("$build_dir/exhibit-kiosk" --benchmark-startup --content "$1" 2>/dev/null)
        frames+=("$(bench_value "$output" first-frame-ms)")
        screens+=("$(bench_value "$output" screens-ready-ms)")
    done
    output=$("$build_dir/bench/exhibit-bench" taps --count "$taps" --content "$1" 2>/dev/null)
    echo "$(median "${frames[@]}") $(median "${screens[@]}") $(median $(bench_value "$output" tap-work-ms))"
}
read -r bundled_frame bundled_screens bundled_tap < <(measure "$build_dir/content/content.db")
read -r large_frame large_screens large_tap < <(measure "$work/large.db")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
printf '%-40s %10s %12s %8s %8s  %s\n' "measure (median)" "bundled" "hundredfold" "ratio" "target" ""
row() {
    local r
    r=$(ratio "$3" "$2")
    printf '%-40s %10s %12s %8s %8s  %s\n' "$1" "$2" "$3" "$r" "2" \
        "$(awk -v r="$r" 'BEGIN { print (r <= 2) ? "met" : "MISSED" }')"
}
row "first frame from main() (ms)" "$bundled_frame" "$large_frame"
row "the menu made, from main() (ms)" "$bundled_screens" "$large_screens"
row "tap to frame, GUI thread work (ms)" "$bundled_tap" "$large_tap"
