#!/usr/bin/env bash
# Fault: the kiosk killed outright (kill -9: a crash, the power switch, the
# OOM killer) and started again, as in the gallery. The real exhibit-kiosk on
# an X server (Xvfb), visitors' taps with xdotool:
#   1. two visits end (idle reset) and are recorded; a third is under way
#      when the kiosk is killed, twice more killed at random moments;
#   2. every time: the status file is whole JSON, the analytics database
#      passes SQLite's integrity check and holds every visit that ended;
#   3. restarted, the kiosk shows the attract screen, writes its status
#      again and records the next visit beside the old ones.
#   kill-restart.sh KIOSK_BINARY
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
kiosk="$1"
fail_log="$work/kiosk.log"

cat > "$work/kiosk.ini" <<INI
[idle]
timeout_s = 3
warning_s = 2
pause_while_narrating = false
[narration]
volume = 0
[health]
status_file = status.json
heartbeat_s = 1
[analytics]
database = analytics.db
INI

source "$(dirname "${BASH_SOURCE[0]}")/status-file.sh"
visits() { python3 - "$work/analytics.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
ok = db.execute("PRAGMA integrity_check").fetchone()[0]
print(db.execute("SELECT count(*) FROM visits").fetchone()[0] if ok == "ok" else f"corrupt: {ok}")
PY
}
status_is_whole() { python3 -c "import json, sys; json.load(open(sys.argv[1]))" "$work/status.json" || fail "status file is not whole JSON after kill -9"; }
start_kiosk() {
    rm -f "$work/status.json"
    DISPLAY="$display" "$kiosk" --config "$work/kiosk.ini" >> "$work/kiosk.log" 2>&1 &
    kiosk_pid=$!
    wait_for state attract 20
    wait_for_window 20
}
visit() { # a tap, then nobody: the idle reset ends the visit
    DISPLAY="$display" xdotool mousemove 640 360 click 1
    wait_for state menu 5
    DISPLAY="$display" xdotool mousemove 300 300 click 1 # a menu card: a chapter opens, narration starts
    wait_for state chapter 5
}
kill_kiosk() {
    kill -9 "$kiosk_pid"
    wait "$kiosk_pid" 2>/dev/null || true
    status_is_whole
}

start_xvfb 80

start_kiosk
for n in 1 2; do
    visit
    wait_for state attract 10
    wait_for resets "$n" 3
done
sleep 1.5 # the visit's rows are written as it ends; give the disk a moment
[ "$(visits)" = 2 ] || fail "2 visits ended, the database holds '$(visits)'"
visit # the third is under way...
kill_kiosk
after_kill=$(visits)
[ "$after_kill" = 2 ] || fail "after kill -9 mid-visit the database holds '$after_kill', expected the 2 that ended"
echo "killed mid-visit: status file whole, analytics intact (2 visits)"

for _ in 1 2; do # and at random moments, whatever it was doing
    start_kiosk
    sleep "0.$((RANDOM % 10))"
    kill_kiosk
    [ "$(visits)" = 2 ] || fail "after a kill at a random moment the database holds '$(visits)'"
done
echo "killed twice more at random moments: status file whole, analytics intact"

start_kiosk
[ "$(field sessions)" = 0 ] || fail "a fresh start reports sessions '$(field sessions)'"
visit
wait_for state attract 10
sleep 1.5
[ "$(visits)" = 3 ] || fail "after the restart a visit ended, the database holds '$(visits)', expected 3"
echo "restarted: attract screen, status written again, the next visit recorded beside the old (3 visits)"
echo "1 passed, 0 failed"
