#!/usr/bin/env bash
# Resident memory over VISITS simulated visitors (default 1000), offscreen,
# narration playing through PulseAudio and visits recorded to an analytics
# database: each taps through every chapter while its narration plays, opens
# the timeline, map and people, walks away and is reset by the idle timer.
# About 1.3 s a visit here: 1000 visits take some 25 minutes.
#
# As in the gallery, a kiosk that asks for a restart (its memory above
# [health] restart_above_mb) is left quiet for QUIET seconds after the visit
# (default 5; the gallery's quiet_restart_after_s is 120), restarts with
# status 11, and this script starts it again, as systemd would, to go on with
# the next visit. QUIET 0: never restart, one process throughout.
# Growth is judged from the fiftieth visit: caches are full by the tenth, and
# malloc's heap settles by the fiftieth (the pages its freed space keeps while
# screens are made and let go: docs/PERFORMANCE.md); the start, first-visit
# and tenth-visit figures are printed beside it.
#   bench/memory.sh [BUILD_DIR] [VISITS] [QUIET]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
visits="${2:-1000}"
quiet="${3:-5}"
whole_number VISITS "$visits"
whole_number QUIET "$quiet" 0
start_audio

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
output=""
next=1
restarts=0
while :; do
    args=(visits --count "$visits" --first-visit "$next")
    [ "$quiet" -gt 0 ] && args+=(--quiet-restart "$quiet")
    part=$(QT_LOGGING_RULES="exhibit.*.info=false" "$build_dir/bench/exhibit-bench" "${args[@]}" 2>>"$log") || status=$?
    output+="$part"$'\n'
    [ "$status" -eq 11 ] || break
    status=0
    restarts=$((restarts + 1))
    next=$(($(bench_value "$part" restart-after | cut -d' ' -f1) + 1))
done
if printf '%s\n' "$output" | grep -q '^error'; then
    printf '%s\n' "$output" | grep '^error' >&2
    exit 1
fi
along() { printf '%s\n' "$output" | awk -v what="$1" '$1 == what { printf "%s%s=%s ", ($2 == "restart" || $2 == "start" ? $2 "@" : ""), $3, $4 }'; }
start=$(bench_rss "$output" start) first=$(bench_rss "$output" first) end=$(bench_rss "$output" end)
# The first visit makes pictures, glyphs and the audio pipeline; caches go on
# filling for about ten visits (held to the 140 MB target there), and malloc's
# heap settles by the fiftieth, flat after (docs/PERFORMANCE.md). Growth is
# judged from the fiftieth.
warm=$(bench_rss "$output" along 10)
warm="${warm:-$first}"
settled=$(bench_rss "$output" along 50)
settled="${settled:-$warm}"
echo "resident memory along the way (KB): $(along rss-kb)"
echo "of it, malloc's heap in use (KB):   $(along heap-kb)"
echo "and freed space the heap keeps (KB): $(along heap-free-kb)"
echo "of it, anonymous (KB):               $(along anon-kb)"
echo "of it, files mapped (KB):            $(along file-kb)"
printf '%s\n' "$output" | awk '$1 == "restart-after" { $1 = ""; print "restarted after visit" $0 }'
warnings=$(bench_value "$output" warnings | awk '{ n += $1 } END { print n + 0 }')
table_header
table_value "resident after start (KB)" "$start" -
table_value "resident after the first visit (KB)" "$first" -
table_value "resident after 10 visits, warmed (KB)" "$warm" 143360
table_value "resident after 50 visits, settled (KB)" "$settled" -
table_value "resident after $visits visits (KB)" "$end" -
table_value "growth from start (KB)" $((end - start)) -
table_value "growth after the first visit (KB)" $((end - first)) -
table_value "growth after 10 visits, warmed (KB)" $((end - warm)) -
table_value "growth after 50 visits, settled (KB)" $((end - settled)) 5120
table_value "quiet restarts" "$restarts" -
table_value "warnings" "$warnings" 0
# Any warning fails the run; say what it was.
if [ "$status" -ne 0 ] || [ "$warnings" -gt 0 ]; then
    grep -iE 'warning|exhibit\.' "$log" | head -10 >&2
    exit $((status != 0 ? status : 1))
fi
