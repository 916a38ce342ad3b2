#!/usr/bin/env bash
# The kiosk session as the systemd unit starts it: kiosk-config/exhibit-kiosk-session
# runs the real exhibit-kiosk inside a real cage compositor (wlroots' headless
# backend stands in for the monitor), as an unprivileged user, with a
# NOTIFY_SOCKET and WATCHDOG_USEC as systemd gives them. Checks: the kiosk
# shows its first frame inside cage, tells "systemd" READY=1 and pings the
# watchdog, both sent on by the launcher's relay (the main process, as
# NotifyAccess=main wants), and the launcher hands back the kiosk's own exit status.
#   cage-session.sh SESSION_SCRIPT KIOSK_BINARY
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
session="$1"
kiosk="$2"
chmod 755 "$work" # the kiosk runs as another user

# cage refuses to run as root: run as "nobody" when we are root. And with
# what of exhibit-kiosk.service's hardening a test can apply without systemd
# (this test machine runs none; systemd-analyze checks the rest of the unit):
# NoNewPrivileges, an empty CapabilityBoundingSet, the unit's UMask, and its
# RuntimeDirectory beside the login session's runtime folder.
unit="$(dirname "$session")/exhibit-kiosk.service"
grep -qx "NoNewPrivileges=yes" "$unit" && grep -qx "CapabilityBoundingSet=" "$unit" \
    || fail "the unit no longer sets NoNewPrivileges and an empty CapabilityBoundingSet: mend this test"
umask_value=$(sed -n 's/^UMask=//p' "$unit")
[ -n "$umask_value" ] || fail "the unit sets no UMask"
as_user=(setpriv --no-new-privs)
if [ "$(id -u)" = 0 ]; then
    as_user=(setpriv --no-new-privs --bounding-set=-all --inh-caps=-all
        --reuid=nobody --regid=nogroup --clear-groups)
fi
for folder in runtime service-runtime; do
    mkdir -p "$work/$folder"
    chmod 700 "$work/$folder"
    [ "$(id -u)" = 0 ] && chown nobody "$work/$folder"
done
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

# A datagram socket standing where systemd's would be, recording what arrives
# and, as systemd checks for NotifyAccess=main, which process sent it.
python3 - "$work/notify" "$work/notify.log" "$work/senders.log" <<'PY' &
import os, socket, struct, sys
sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
sock.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
sock.bind(sys.argv[1])
os.chmod(sys.argv[1], 0o777)
with open(sys.argv[2], "a", buffering=1) as log, open(sys.argv[3], "a", buffering=1) as senders:
    while True:
        data, ancillary, _, _ = sock.recvmsg(4096, socket.CMSG_SPACE(12))
        pid = next((struct.unpack("3i", d)[0] for level, kind, d in ancillary
                    if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS), 0)
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                command = cmdline.read().replace(b"\0", b" ").decode()
        except OSError:
            command = "?"
        log.write(data.decode() + "\n")
        senders.write(f"{pid} {command}\n")
PY
for _ in $(seq 50); do [ -S "$work/notify" ] && break; sleep 0.1; done

run_session() {
    "${as_user[@]}" sh -c 'umask "$0"; exec "$@"' "$umask_value" env XDG_RUNTIME_DIR="$work/runtime" \
        RUNTIME_DIRECTORY="$work/service-runtime" WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 \
        WLR_RENDERER=pixman NOTIFY_SOCKET="$work/notify" WATCHDOG_USEC=2000000 WATCHDOG_PID=1 \
        EXHIBIT_KIOSK_CONFIG="$work/kiosk.ini" timeout 60 "$work/bin/exhibit-kiosk-session" "$@"
}

# 1. Starts inside cage and shows its first frame; systemd hears READY=1 and WATCHDOG=1.
# (cage removes its Wayland socket when it ends: look for it while it runs.)
(for _ in $(seq 600); do
    ls "$work/service-runtime"/wayland-* >/dev/null 2>&1 && { touch "$work/socket-seen"; break; }
    sleep 0.1
done) &
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
# Every message came from the session relay, the service's main process, not the kiosk.
if grep -v -- "--session-relay" "$work/senders.log" | grep -q .; then
    cat "$work/senders.log" >&2
    fail "a notification did not come from the session relay (NotifyAccess=main would drop it)"
fi

# cage's Wayland socket was in the service's runtime folder, as the hardened
# unit needs (the session's own is read-only there).
[ -e "$work/socket-seen" ] || fail "cage's Wayland socket was not in the service's runtime folder"

# 2. The kiosk's exit status comes back through cage (bad usage: 1).
set +e
run_session --no-such-option >/dev/null 2>&1
status=$?
set -e
[ "$status" = 1 ] || fail "bad option gave $status through the session, expected 1"

# 3. A session that ends without the kiosk reporting its status (it never
#    started, or was killed) is a crash to systemd, and the log says so.
set +e
output=$("$kiosk" --session-relay "$work/no-such-exit-file" true 2>&1)
status=$?
set -e
[ "$status" = 1 ] || fail "a session without the kiosk's status exited $status, expected 1"
echo "$output" | grep -q "without the kiosk reporting; treating it as a crash" \
    || fail "no clear message for a session without the kiosk's status: $output"

echo "kiosk in cage, with the unit's NoNewPrivileges, capability bounding set, UMask and runtime folder: first frame, READY=1, WATCHDOG=1 relayed by the main process, exit status passed through"
echo "1 passed, 0 failed"
