# Reading the kiosk's status file ($work/status.json) and finding its window
# on $display, from an end-to-end test; sourced after lib.sh. One field (written indented, a field a line); sed, not
# python, so that polling costs milliseconds on a busy machine.
field() { sed -n 's/^ *"'"$1"'": "\{0,1\}\([^",]*\)"\{0,1\},\{0,1\}$/\1/p' "$work/status.json" 2>/dev/null || true; }

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
