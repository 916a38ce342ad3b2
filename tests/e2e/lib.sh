# The setup every end-to-end test shares, sourced first:
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# Strict mode; a private work folder ($work); `fail` that says why (and shows
# the end of $fail_log, when the test names one); and, however the test
# ends, every process it started in the background still running is stopped
# (newest first; asked, then killed after 3 s) and the work folder removed.
set -euo pipefail
work="$(mktemp -d)"

fail() {
    echo "FAIL: $*" >&2
    if [ -n "${fail_log:-}" ] && [ -f "$fail_log" ]; then
        echo "--- the end of $fail_log" >&2
        tail -20 "$fail_log" >&2
    fi
    exit 1
}

# Newest first, each gone before the next is asked: the X server is started
# before the programs drawing on it, and a kiosk that loses its display while
# it is still shutting down exits from its render thread as well as its main
# one (a double free the sanitizers report).
e2e_cleanup() {
    local pid
    for pid in $(jobs -p | tac); do
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap e2e_cleanup EXIT

# start_xvfb BASE [WIDTHxHEIGHT]: an X server of the test's own on $display
# (BASE + a number from the process id, so tests run side by side). It does
# not reset when its last client goes (-noreset): a program killed and
# started again would otherwise find no server for a moment.
start_xvfb() {
    display=":$(($1 + $$ % 9))"
    Xvfb "$display" -screen 0 "${2:-1280x720}x24" -nolisten tcp -noreset >/dev/null 2>&1 &
    for _ in $(seq 1 50); do
        DISPLAY="$display" xdotool getdisplaygeometry >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    fail "Xvfb did not start on $display"
}
