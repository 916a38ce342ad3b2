# The kiosk in an end-to-end test, sourced after lib.sh: starting one offscreen
# on a live database, reading its status file ($work/status.json), finding its
# window on $display. One field (written indented, a field a line); sed, not
# python, so that polling costs milliseconds on a busy machine.
field() { sed -n 's/^ *"'"$1"'": "\{0,1\}\([^",]*\)"\{0,1\},\{0,1\}$/\1/p' "$work/status.json" 2>/dev/null || true; }

# start_offscreen_kiosk KIOSK DATABASE MEDIA: a kiosk (offscreen, silent) on a
# live database, writing its status file every second; $kiosk_pid.
start_offscreen_kiosk() {
    cat > "$work/kiosk.ini" <<INI
[content]
database = $2
media_root = $3
[narration]
volume = 0
[health]
status_file = $work/status.json
heartbeat_s = 1
INI
    "$1" -platform offscreen --config "$work/kiosk.ini" > "$work/kiosk.log" 2>&1 &
    kiosk_pid=$!
}

# wait_for FIELD VALUE SECONDS, else fail.
wait_for() {
    for _ in $(seq 1 $(($3 * 10))); do
        [ "$(field "$1")" = "$2" ] && return 0
        sleep 0.1
    done
    cat "$work/status.json" >&2 || true
    fail "status $1 is '$(field "$1")', expected '$2' within $3 s"
}

# wait_for_window SECONDS: the kiosk's window is shown on $display. Asked
# again on an X error: a window of a kiosk just killed can vanish while
# xdotool looks it over (BadWindow).
wait_for_window() {
    for _ in $(seq 1 $(($1 * 4))); do
        DISPLAY="$display" xdotool search --onlyvisible --class exhibit-kiosk >/dev/null 2>&1 && return 0
        sleep 0.25
    done
    fail "no kiosk window on $display within $1 s"
}
