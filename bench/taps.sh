#!/usr/bin/env bash
# Tap-to-frame latency of chapter navigation, offscreen: COUNT taps (default
# 200) on a chapter's next/previous buttons, each from a still screen. Work is
# the GUI thread's CPU time from the touch to the frame that shows the new
# chapter (event handling, bindings, layout, rendering: the target is one
# frame, 16 ms); wall adds the wait for the window system's next frame.
# First, ten visits begun: the attract screen's tap and how long until the
# visit's screens past the menu are made, which a visitor could reach at the
# soonest after the menu's fade-in (250 ms) and a tap on it, some 750 ms;
# then ten hurried visitors who tap a chapter 300 ms after the first tap.
#   bench/taps.sh [BUILD_DIR] [COUNT] [exhibit-bench OPTIONS, e.g. --content DB]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
count="${2:-200}"
whole_number COUNT "$count"
shift 2 || shift $#
start_audio

output=$("$build_dir/bench/exhibit-bench" taps --count "$count" "$@" 2>/dev/null)
echo "renderer: $(printf '%s\n' "$output" | awk '$1 == "renderer" { $1 = ""; print; exit }')"
table_header
table_row "visit begun: tap to frame, work (ms)" 16 $(bench_value "$output" begin-work-ms)
table_row "visit begun: its screens made after (ms)" 750 $(bench_value "$output" visit-screens-ready-ms)
table_row "hurried: a chapter 300 ms in, work (ms)" - $(bench_value "$output" hurried-tap-work-ms)
table_row "tap to frame, GUI thread work (ms)" 16 $(bench_value "$output" tap-work-ms)
table_row "tap to frame, wall (ms)" - $(bench_value "$output" tap-wall-ms)
