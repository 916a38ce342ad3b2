#!/usr/bin/env bash
# Validation scale: reading and validating a content database whose timeline
# has 10,000 events against one with 100,000 (make-large-content.py
# --timeline-only), as `exhibit-curator validate` and the kiosk's load do.
# The media folder is empty, so media checks (a fixed cost) do not hide the
# growth. Target: the tenfold file within 10x the time (linear, not quadratic).
#   bench/validation.sh [BUILD_DIR] [RUNS]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
runs="${2:-3}"
whole_number RUNS "$runs"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/no-media"
per_copy=$(python3 -c "import json, sys; print(len(json.load(open(sys.argv[1]))['timeline']))" "$here/content/exhibit.json")

measure() { # EVENTS -> milliseconds per run, one per line
    local events="$1" copies
    copies=$(( (events + per_copy - 1) / per_copy ))
    python3 "$here/bench/make-large-content.py" "$here/content/exhibit.json" "$work/$events.json" "$copies" --timeline-only
    "$build_dir/exhibit-curator" import "$work/$events.db" "$work/$events.json" >/dev/null
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$build_dir/exhibit-curator" validate "$work/$events.db" --media "$work/no-media" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        echo $(( (end - start) / 1000000 ))
    done
}
mapfile -t small < <(measure 10000)
mapfile -t large < <(measure 100000)
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
small_median=$(median "${small[@]}")
large_median=$(median "${large[@]}")

table_header
table_row "validate, ~10,000 events (ms)" "-" "${small[@]}"
table_row "validate, ~100,000 events (ms)" "-" "${large[@]}"
table_value "100,000 / 10,000 time ratio" "$(awk -v a="$large_median" -v b="$small_median" 'BEGIN { printf "%.2f", a / b }')" 10
