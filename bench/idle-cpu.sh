#!/usr/bin/env bash
# CPU use on the attract screen alone for SECONDS (default 60): the whole
# process (every thread), with the renderer this machine gives Qt Quick.
#   bench/idle-cpu.sh [BUILD_DIR] [SECONDS]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
seconds="${2:-60}"
whole_number SECONDS "$seconds"

output=$("$build_dir/bench/exhibit-bench" idle-cpu --seconds "$seconds" 2>/dev/null)
echo "renderer: $(printf '%s\n' "$output" | awk '$1 == "renderer" { $1 = ""; print; exit }')"
table_header
table_value "attract screen CPU, one core (%)" "$(bench_value "$output" idle-cpu-percent)" -
table_value "attract screen frames per second" "$(bench_value "$output" idle-frames-per-second)" -
