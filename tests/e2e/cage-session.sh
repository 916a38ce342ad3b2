#!/usr/bin/env bash
# The kiosk session as the systemd unit starts it: kiosk-config/exhibit-kiosk-session
# runs the real exhibit-kiosk inside a real cage compositor (wlroots' headless
# backend stands in for the monitor), as an unprivileged user, with a
# NOTIFY_SOCKET and WATCHDOG_USEC as systemd gives them. Checks: the kiosk
# shows its first frame inside cage, tells "systemd" READY=1 and pings the
# watchdog, and the launcher hands back the kiosk's own exit status.
#   cage-session.sh SESSION_SCRIPT KIOSK_BINARY
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
session="$1"
kiosk="$2"
chmod 755 "$work" # the kiosk runs as another user

# cage refuses to run as root: run as "nobody" when we are root.
as_user=()
if [ "$(id -u)" = 0 ]; then as_user=(runuser -u nobody --); fi
mkdir -p "$work/runtime"
chmod 700 "$work/runtime"
[ "$(id -u)" = 0 ] && chown nobody "$work/runtime"
# That user must reach the build (a checkout under /root is closed to it).
if ! "${as_user[@]}" "$kiosk" --check-config >/dev/null 2>&1; then
    echo "SKIP: ${as_user[*]:-this user} cannot read the kiosk's build, content or media here"
    exit 77
fi

# The launcher looks for exhibit-kiosk next to itself, as once installed.
mkdir -p "$work/bin"
cp "$session" "$work/bin/exhibit-kiosk-session"
ln -s "$(readlink -f "$kiosk")" "$work/bin/exhibit-kiosk"
cat > "$work/kiosk.ini" <<INI
[narration]
volume = 0
INI
chmod 644 "$work/kiosk.ini"

# A datagram socket standing where systemd's would be, recording what arrives.
python3 - "$work/notify" "$work/notify.log" <<'PY' &
import os, socket, sys
sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
sock.bind(sys.argv[1])
os.chmod(sys.argv[1], 0o777)
with open(sys.argv[2], "a", buffering=1) as log:
    while True:
        log.write(sock.recv(4096).decode() + "\n")
PY
for _ in $(seq 50); do [ -S "$work/notify" ] && break; sleep 0.1; done

run_session() {
    "${as_user[@]}" env XDG_RUNTIME_DIR="$work/runtime" WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 \
        WLR_RENDERER=pixman NOTIFY_SOCKET="$work/notify" WATCHDOG_USEC=2000000 WATCHDOG_PID=1 \
        EXHIBIT_KIOSK_CONFIG="$work/kiosk.ini" timeout 60 "$work/bin/exhibit-kiosk-session" "$@"
}

# 1. Starts inside cage and shows its first frame; systemd hears READY=1 and WATCHDOG=1.
set +e
output=$(run_session --benchmark-startup 2>&1)
status=$?
set -e
echo "$output" | grep -E "first-frame-ms|error|Error" || true
[ "$status" = 0 ] || { echo "$output" >&2; fail "the session exited $status, expected 0"; }
echo "$output" | grep -q "first-frame-ms [0-9]" || fail "no first frame inside cage"
sleep 0.3
grep -qx "READY=1" "$work/notify.log" || { cat "$work/notify.log" >&2; fail "no READY=1"; }
grep -qx "WATCHDOG=1" "$work/notify.log" || { cat "$work/notify.log" >&2; fail "no WATCHDOG=1"; }

# 2. The kiosk's exit status comes back through cage (bad usage: 1).
set +e
run_session --no-such-option >/dev/null 2>&1
status=$?
set -e
[ "$status" = 1 ] || fail "bad option gave $status through the session, expected 1"

echo "kiosk in cage: first frame, READY=1, WATCHDOG=1, exit status passed through"
echo "1 passed, 0 failed"
