# Shared by the bench/ scripts: a results table with the median (and the
# 95th percentile) of a set of samples, and a verdict against the target.
# A benchmark, not a test: this machine is shared, so read the median.
#
# Sourced with the script's own arguments: sets `here` (the repository) and
# `build_dir` (the first argument, default build/), stops on any error, and
# runs Qt offscreen unless told otherwise.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${1:-$here/build}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

# A count from the command line (RUNS, VISITS, ...): a positive whole number,
# or with MIN 0 any whole number, or the script stops, naming the argument
# (worded as exhibit-bench and tools/bootstrap.sh word theirs).
whole_number() { # NAME VALUE [MIN]
    if ! [[ "$2" =~ ^[0-9]+$ ]] || [ "$2" -lt "${3:-1}" ]; then
        echo "$(basename "$0"): $1 '$2' is not a $([ "${3:-1}" -gt 0 ] && echo "positive ")whole number" >&2
        exit 2
    fi
}

table_header() {
    printf '%-40s %8s %8s %8s %8s %8s  %s\n' "measure" "median" "p95" "min" "max" "target" "samples"
}

# table_row NAME TARGET SAMPLE... : TARGET "-" reports without a verdict.
table_row() {
    local name="$1" target="$2"
    shift 2
    local sorted
    sorted=$(printf '%s\n' "$@" | sort -n)
    read -r median p95 min max < <(printf '%s\n' "$sorted" | awk '
        { a[NR] = $1 }
        END {
            m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
            p = a[int(0.95 * NR + 0.999999)]
            printf "%g %g %g %g\n", m, p, a[1], a[NR]
        }')
    local verdict="$#"
    if [ "$target" != "-" ]; then
        verdict="$# ($(awk -v m="$median" -v t="$target" 'BEGIN { print (m <= t) ? "met" : "MISSED" }'))"
    fi
    printf '%-40s %8s %8s %8s %8s %8s  %s\n' "$name" "$median" "$p95" "$min" "$max" "$target" "$verdict"
}

# table_value NAME VALUE TARGET : one measured value (no spread); TARGET "-"
# reports it without a verdict.
table_value() {
    local name="$1" value="$2" target="$3" verdict=""
    if [ "$target" != "-" ]; then
        verdict=$(awk -v v="$value" -v t="$target" 'BEGIN { print (v <= t) ? "met" : "MISSED" }')
    fi
    printf '%-40s %8s %8s %8s %8s %8s  %s\n' "$name" "$value" "" "" "" "$target" "$verdict"
}

# bench_rss OUTPUT [WHEN] [CYCLE] : the first resident memory (KB) exhibit-bench
# printed at WHEN (start, first, along, restart, end) and/or after cycle CYCLE;
# an empty WHEN or CYCLE matches any.
bench_rss() {
    printf '%s\n' "$1" | awk -v when="${2:-}" -v at="${3:-}" \
        '$1 == "rss-kb" && (when == "" || $2 == when) && (at == "" || $3 == at) { print $4; exit }'
}

# bench_value OUTPUT KEY : the value(s) of "KEY value" lines in OUTPUT.
bench_value() {
    printf '%s\n' "$1" | awk -v key="$2" '$1 == key { print $2 }'
}

# The kiosk's narration reaches audio outputs only through a PulseAudio server.
start_audio() {
    pactl info >/dev/null 2>&1 || pulseaudio --start --exit-idle-time=-1 2>/dev/null || true
}
