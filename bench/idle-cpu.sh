#!/usr/bin/env bash
# CPU use while nobody is there, for SECONDS each (default 60): the attract
# screen (target 3 % of a core), then the closed screen outside opening hours
# (target: close to nothing, 0.5 %), each the whole process (every thread), with
# the renderer this machine gives Qt Quick. The closed screen is the bundled
# configuration with every day closed.
#   bench/idle-cpu.sh [BUILD_DIR] [SECONDS]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
seconds="${2:-60}"
whole_number SECONDS "$seconds"

closed_config=$(mktemp --suffix=.ini)
trap 'rm -f "$closed_config"' EXIT
sed -E 's/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday) *=.*$/\1 = closed/' \
    "$here/kiosk-config/kiosk.ini" > "$closed_config"

# measure SCREEN [exhibit-bench OPTIONS]: the output of a run, which must have shown SCREEN.
measure() {
    local screen="$1" shown
    shift
    output=$("$build_dir/bench/exhibit-bench" idle-cpu --seconds "$seconds" "$@" 2>/dev/null)
    shown=$(bench_value "$output" idle-screen)
    if [ "$shown" != "$screen" ]; then
        echo "$(basename "$0"): expected the $screen, the kiosk showed '${shown:-nothing}'" >&2
        exit 1
    fi
}

measure AttractScreen
attract="$output"
measure ClosedScreen --config "$closed_config"
closed="$output"
echo "renderer: $(printf '%s\n' "$attract" | awk '$1 == "renderer" { $1 = ""; print; exit }')"
table_header
table_value "attract screen CPU, one core (%)" "$(bench_value "$attract" idle-cpu-percent)" 3
table_value "attract screen frames per second" "$(bench_value "$attract" idle-frames-per-second)" -
table_value "closed screen CPU, one core (%)" "$(bench_value "$closed" idle-cpu-percent)" 0.5
table_value "closed screen frames per second" "$(bench_value "$closed" idle-frames-per-second)" -
