#!/usr/bin/env bash
# Exhibit Studio, offscreen: the bundled exhibit opened and editable (a working
# copy of it, to the first frame of the studio with the kiosk's screen in its
# preview: the target is 1 s), and the preview following typing (COUNT words
# typed into a chapter's first paragraph at a quick typist's pace; for each, from its
# last keystroke to the frame that shows it with the previews' checks run:
# the target is 300 ms). The open is measured RUNS times, each in a fresh process.
#   bench/studio.sh [BUILD_DIR] [COUNT] [RUNS]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
count="${2:-60}"
runs="${3:-5}"
whole_number COUNT "$count"
whole_number RUNS "$runs"
start_audio

opens=()
output=""
for _ in $(seq "$runs"); do
    output=$("$build_dir/bench/exhibit-studio-bench" --count "$count")
    opens+=($(bench_value "$output" open-ms))
done
table_header
table_row "open the exhibit, editable (ms)" 1000 "${opens[@]}"
table_row "last keystroke to preview (ms)" 300 $(bench_value "$output" preview-ms)
