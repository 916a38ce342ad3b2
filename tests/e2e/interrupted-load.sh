#!/usr/bin/env bash
# A content version that stops the kiosk while it loads (here: killed part
# way, as a hang would have the watchdog do) must not start a restart loop.
# The kiosk notes in its state folder which version it is loading; started
# again on the same file it goes straight to the last good content and says
# why (log and status file), and so again at every start, until a different
# version is published, which it then loads.
#   interrupted-load.sh KIOSK_BINARY CURATOR_BINARY CONTENT_DB SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
kiosk="$1"
curator="$2"
content="$3"
source_dir="$4"
export STATE_DIRECTORY="$work/state"
mkdir -p "$STATE_DIRECTORY"
marker="$STATE_DIRECTORY/content-loading"

start_kiosk() { # LOG
    rm -f "$work/status.json"
    "$kiosk" -platform offscreen --content "$work/live.db" --status-file "$work/status.json" > "$1" 2>&1 &
    kiosk_pid=$!
}
wait_for_status() { # LOG
    for _ in $(seq 1 600); do grep -q '"contentStatus"' "$work/status.json" 2>/dev/null && return 0; sleep 0.1; done
    cat "$1"
    fail "no status file"
}
stop_kiosk() {
    kill "$kiosk_pid"
    wait "$kiosk_pid" || true
    kiosk_pid=""
}

# 1. Good content loads and is kept as the last good copy.
cp "$content" "$work/live.db"
start_kiosk "$work/good.log"
wait_for_status "$work/good.log"
stop_kiosk
grep -q '"contentStatus": "ok"' "$work/status.json" || { cat "$work/status.json"; fail "good content not ok"; }
[ -f "$STATE_DIRECTORY/last-good-content.db" ] || fail "no last good copy kept"
[ ! -e "$marker" ] || fail "the marker outlived a load that finished"

# 2. A large version; the kiosk is killed while it reads it.
python3 "$source_dir/bench/make-large-content.py" "$source_dir/content/exhibit.json" "$work/large.json" 3500 --timeline-only
"$curator" import "$work/large.db" "$work/large.json" > /dev/null
cp "$work/large.db" "$work/live.db"
start_kiosk "$work/killed.log"
for _ in $(seq 1 600); do [ -e "$marker" ] && break; sleep 0.02; done
[ -e "$marker" ] || { cat "$work/killed.log"; fail "no marker while loading"; }
kill -9 "$kiosk_pid"
wait "$kiosk_pid" 2>/dev/null || true
kiosk_pid=""

# 3. Started again, twice: the last good content, with the reason, and the
# large version is not read again.
for run in second third; do
    start_kiosk "$work/$run.log"
    wait_for_status "$work/$run.log"
    stop_kiosk
    grep -q '"contentStatus": "fallback"' "$work/status.json" || { cat "$work/status.json"; fail "$run start: not on the last good content"; }
    grep -qF "was being loaded when the kiosk stopped" "$work/status.json" || { cat "$work/status.json"; fail "$run start: the status does not say why"; }
    grep -qF "was being loaded when the kiosk stopped" "$work/$run.log" || { cat "$work/$run.log"; fail "$run start: the log does not say why"; }
    [ -e "$marker" ] || fail "$run start: the marker is gone"
done

# 4. A new version is published: it is tried, and loads.
cp "$content" "$work/next.db"
"$curator" set "$work/next.db" exhibit.subtitle.en "The Song dynasty loses the north" > /dev/null
cp "$work/next.db" "$work/live.db"
start_kiosk "$work/new.log"
wait_for_status "$work/new.log"
stop_kiosk
grep -q '"contentStatus": "ok"' "$work/status.json" || { cat "$work/status.json"; fail "the new version did not load"; }
[ ! -e "$marker" ] || fail "the marker outlived the new version's load"
echo "ok: a version that stopped the kiosk while loading is skipped at every start, with the reason, until a new one is published"
