#!/usr/bin/env bash
# exhibit-kiosk-setup as a technician runs it, into a test root (--root) that
# stands for a freshly installed kiosk PC: the package's unit and kiosk.ini,
# the time zones, a connected screen. Checks: the first run from options
# writes kiosk.ini (mode kept), time zone, rotation drop-in, lockdown and
# enables the service, and prints each change; a second run with the same
# options changes nothing; one option alone changes only that; each bad input
# (a 3-digit PIN, 25:00 hours, an unknown time zone, no screen) gets a clear
# message, exit 1 and leaves every file as it was; --unlock undoes the lockdown.
#   kiosk-setup.sh SETUP_SCRIPT KIOSK_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
setup="$1"
kiosk="$2"
source_dir="$3"
root="$work/root"

# The PC as the package leaves it.
mkdir -p "$root/etc/exhibit-kiosk" "$root/lib/systemd/system" "$root/usr/share" \
    "$root/sys/class/drm/card0-HDMI-A-1" "$root/sys/class/drm/card0-DP-1"
cp "$source_dir/kiosk-config/exhibit-kiosk.service" /lib/systemd/system/graphical.target \
    /lib/systemd/system/multi-user.target "$root/lib/systemd/system/"
install -m 0640 "$source_dir/kiosk-config/kiosk.ini" "$root/etc/exhibit-kiosk/kiosk.ini"
ln -s /usr/share/zoneinfo "$root/usr/share/zoneinfo"
echo disconnected > "$root/sys/class/drm/card0-DP-1/status"
echo connected > "$root/sys/class/drm/card0-HDMI-A-1/status"

run_setup() {
    EXHIBIT_SETUP_DATA="$source_dir/kiosk-config" EXHIBIT_KIOSK_PROGRAM="$kiosk" \
        "$setup" --root "$root" --non-interactive "$@"
}
snapshot() { # every file under the root, its mode, and its content
    (cd "$root" && find etc -printf '%p %m %l\n' | sort && find etc -type f -exec md5sum {} + | sort)
}

# 1. The first run, from options, as for a fleet.
output=$(echo 246813 | run_setup --pin-stdin --hours 09:00-17:30 --day monday=closed \
    --timezone Europe/London --rotation 90 --no-start)
echo "$output"
ini="$root/etc/exhibit-kiosk/kiosk.ini"
grep -q '^pin_hash = pbkdf2-sha256\$' "$ini" || fail "no PIN hash written"
grep -q '^246813' "$ini" && fail "the PIN itself was written"
grep -qx 'open = 09:00' "$ini" || fail "opening time not written"
grep -qx 'close = 17:30' "$ini" || fail "closing time not written"
grep -qx 'monday = closed' "$ini" || fail "monday not written"
grep -qx 'status_file = /run/exhibit-kiosk/status.json' "$ini" || fail "no status file"
[ "$(stat -c %a "$ini")" = 640 ] || fail "kiosk.ini mode $(stat -c %a "$ini"), expected 640 kept"
# The comments a technician reads are all still there.
[ "$(grep -c '^#' "$ini")" = "$(grep -c '^#' "$source_dir/kiosk-config/kiosk.ini")" ] \
    || fail "kiosk.ini lost comments"
"$kiosk" --check-config --config "$ini" >/dev/null || fail "the written kiosk.ini does not pass --check-config"
[ "$(readlink "$root/etc/localtime")" = /usr/share/zoneinfo/Europe/London ] || fail "time zone not set"
grep -qx 'Europe/London' "$root/etc/timezone" || fail "/etc/timezone not written"
grep -qx 'Environment=EXHIBIT_CAGE_OPTIONS=-r' \
    "$root/etc/systemd/system/exhibit-kiosk.service.d/rotation.conf" || fail "no rotation drop-in"
grep -qx 'kernel.sysrq = 0' "$root/etc/sysctl.d/90-exhibit-kiosk.conf" || fail "no sysctl lockdown"
grep -qx 'HandlePowerKey=ignore' "$root/etc/systemd/logind.conf.d/90-exhibit-kiosk.conf" \
    || fail "no logind lockdown"
grep -qx 'NAutoVTs=0' "$root/etc/systemd/logind.conf.d/90-exhibit-kiosk.conf" || fail "spare consoles left"
[ "$(readlink "$root/etc/systemd/system/ctrl-alt-del.target")" = /dev/null ] || fail "Ctrl+Alt+Del not masked"
[ -L "$root/etc/systemd/system/graphical.target.wants/exhibit-kiosk.service" ] || fail "service not enabled"
echo "$output" | grep -q "staff PIN: set" || fail "the change of PIN was not printed"
echo "$output" | grep -q "Ctrl+Alt+Del masked" || fail "the lockdown was not printed"

# 2. The same again: nothing changes, and it says so.
before=$(snapshot)
output=$(run_setup --hours 09:00-17:30 --day monday=closed --timezone Europe/London --rotation 90)
echo "$output" | grep -q "Nothing to change" || fail "a second identical run changed: $output"
[ "$(snapshot)" = "$before" ] || fail "a second identical run changed files"

# 3. One option alone changes only that.
hash_before=$(grep '^pin_hash' "$ini")
output=$(run_setup --hours 10:00-18:00)
echo "$output"
grep -qx 'open = 10:00' "$ini" && grep -qx 'close = 18:00' "$ini" || fail "new hours not written"
[ "$(grep '^pin_hash' "$ini")" = "$hash_before" ] || fail "changing the hours changed the PIN"
grep -qx 'monday = closed' "$ini" || fail "changing the hours changed monday"
[ "$(echo "$output" | grep -c '^kiosk.ini:')" = 2 ] || fail "expected two changes printed: $output"

# 4. Bad input: a clear message, exit 1, nothing changed.
before=$(snapshot)
refused() { # EXPECTED_MESSAGE_PATTERN SETUP_ARGS...
    local pattern=$1
    shift
    set +e
    message=$(run_setup "$@" 2>&1 </dev/null)
    status=$?
    set -e
    echo "refused ($*): $message"
    [ "$status" = 1 ] || fail "setup $* exited $status, expected 1"
    echo "$message" | grep -qE "$pattern" || fail "setup $*: no clear message: $message"
    echo "$message" | grep -q "nothing was changed" || fail "setup $*: does not say nothing changed"
    [ "$(snapshot)" = "$before" ] || fail "setup $* changed files"
}
set +e
message=$(echo 123 | run_setup --pin-stdin 2>&1)
status=$?
set -e
[ "$status" = 1 ] && echo "$message" | grep -q "staff PIN" || fail "3-digit PIN: $status $message"
[ "$(snapshot)" = "$before" ] || fail "a 3-digit PIN changed files"
refused "/etc/exhibit-kiosk/kiosk.ini:[0-9]+: schedule.open: '25:00' is not a time" --hours 25:00-17:30
refused "kiosk.ini:[0-9]+: schedule.thursday: .*25:00" --day thursday=09:00-25:00
refused "'Mars/Olympus_Mons' is not a time zone" --timezone Mars/Olympus_Mons
refused "rotation '45'" --rotation 45
refused "'funday' is not a day" --day funday=closed
echo disconnected > "$root/sys/class/drm/card0-HDMI-A-1/status"
refused "no screen is connected.*--allow-no-screen" --hours 08:00-16:00
run_setup --allow-no-screen --hours 08:00-16:00 >/dev/null || fail "--allow-no-screen refused"
grep -qx 'open = 08:00' "$ini" || fail "--allow-no-screen did not write"

# 5. --unlock gives the console back.
run_setup --unlock
[ ! -e "$root/etc/sysctl.d/90-exhibit-kiosk.conf" ] || fail "sysctl lockdown left"
[ ! -e "$root/etc/systemd/logind.conf.d/90-exhibit-kiosk.conf" ] || fail "logind lockdown left"
[ ! -e "$root/etc/systemd/system/ctrl-alt-del.target" ] || fail "Ctrl+Alt+Del still masked"
[ ! -e "$root/etc/systemd/system/graphical.target.wants/exhibit-kiosk.service" ] || fail "still enabled"

echo "1 passed, 0 failed"
