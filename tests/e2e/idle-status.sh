#!/usr/bin/env bash
# End to end, as a technician would check it: the real exhibit-kiosk on an X
# server (Xvfb), 2 s idle timeout and 2 s warning, a tap with xdotool, and the
# status file read back: menu after the tap, attract again with resets = 1.
#   idle-status.sh KIOSK_BINARY
set -euo pipefail
kiosk="$1"
work="$(mktemp -d)"
display=":$((90 + $$ % 9))"
cleanup() { kill "${kiosk_pid:-}" "${xvfb_pid:-}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

cat > "$work/kiosk.ini" <<INI
[idle]
timeout_s = 2
warning_s = 2
[narration]
volume = 0
[health]
status_file = status.json
heartbeat_s = 1
INI

field() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$work/status.json" "$1" 2>/dev/null || true; }
wait_for() { # field value seconds
    for _ in $(seq 1 $(($3 * 10))); do
        [ "$(field "$1")" = "$2" ] && return 0
        sleep 0.1
    done
    echo "FAIL: status $1 is '$(field "$1")', expected '$2' within $3 s" >&2
    cat "$work/status.json" >&2 || true
    exit 1
}

Xvfb "$display" -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
DISPLAY="$display" "$kiosk" --config "$work/kiosk.ini" > "$work/kiosk.log" 2>&1 &
kiosk_pid=$!

wait_for state attract 15
DISPLAY="$display" xdotool mousemove 640 360 click 1
wait_for state menu 5
wait_for sessions 1 5
start=$(date +%s.%N)
wait_for state warning 6
wait_for state attract 8
wait_for resets 1 2
echo "tap -> menu -> warning -> attract in $(python3 -c "print(round($(date +%s.%N) - $start, 1))") s; resets = $(field resets)"
echo "1 passed, 0 failed"
