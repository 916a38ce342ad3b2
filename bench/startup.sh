#!/usr/bin/env bash
# Cold start to the attract screen's first frame, offscreen: `exhibit-kiosk
# --benchmark-startup` N times (default 10); prints a table with the median.
# A benchmark, not a test: this machine is shared, so read the median.
#   bench/startup.sh [BUILD_DIR] [RUNS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${1:-$here/build}"
runs="${2:-10}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

samples=()
for _ in $(seq "$runs"); do
    line=$("$build_dir/exhibit-kiosk" --benchmark-startup 2>/dev/null | grep '^first-frame-ms ')
    samples+=("${line#first-frame-ms }")
done
sorted=$(printf '%s\n' "${samples[@]}" | sort -n)
median=$(printf '%s\n' "$sorted" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }')
min=$(printf '%s\n' "$sorted" | head -1)
max=$(printf '%s\n' "$sorted" | tail -1)
verdict=$([ "$median" -le 500 ] && echo "met" || echo "MISSED")

printf '%-34s %8s %8s %8s %8s  %s\n' "measure" "median" "min" "max" "target" "runs"
printf '%-34s %8s %8s %8s %8s  %s\n' "cold start to first frame (ms)" "$median" "$min" "$max" "500" "$runs ($verdict)"
