#!/usr/bin/env bash
# The Debian packages as a technician meets them, on this machine (as root;
# CI runs it after tools/bootstrap.sh package): installed with apt from the
# files, the kiosk user, files, modes and conffile checked, the installed
# kiosk started offscreen, the installed unit verified and scored,
# exhibit-kiosk-setup run non-interactively on the real /etc, the package
# installed again over a changed kiosk.ini, removed (configuration and state
# kept, console given back), then purged: nothing of it is left.
#   installed-package.sh PACKAGES_DIR
set -euo pipefail
packages=$(cd "$1" && pwd)
[ "$(id -u)" = 0 ] || { echo "installed-package.sh: run it as root (it installs packages)" >&2; exit 2; }
failures=0
check() { # DESCRIPTION COMMAND...: runs it, says ok or FAIL
    local description=$1
    shift
    if "$@" >/dev/null 2>&1; then
        echo "ok   $description"
    else
        echo "FAIL $description"
        failures=$((failures + 1))
    fi
}
export DEBIAN_FRONTEND=noninteractive

# setup changes the PC's default target; this machine gets its own back.
default_target=$(readlink /etc/systemd/system/default.target 2>/dev/null || true)
restore() {
    rm -f /etc/systemd/system/default.target
    [ -n "$default_target" ] && ln -s "$default_target" /etc/systemd/system/default.target
    return 0
}
trap restore EXIT

echo "== install"
apt-get install -y "$packages"/exhibit-kiosk-data_*_all.deb "$packages"/exhibit-kiosk_*.deb \
    "$packages"/exhibit-studio_*.deb | tail -3
version=$(dpkg-query -W -f='${Version}' exhibit-kiosk)
check "exhibit-kiosk $version installed" dpkg-query -W exhibit-kiosk exhibit-studio exhibit-kiosk-data

echo "== the kiosk user"
IFS=: read -r _ _ uid _ _ home shell < <(getent passwd kiosk)
check "a system user (uid $uid below 1000)" test "$uid" -lt 1000
check "home /var/lib/exhibit-kiosk ($home)" test "$home" = /var/lib/exhibit-kiosk
check "no login shell ($shell)" test "$shell" = /usr/sbin/nologin
check "no groups but its own ($(id -nG kiosk))" test "$(id -nG kiosk)" = kiosk

echo "== files"
for file in /usr/bin/exhibit-kiosk /usr/libexec/exhibit-kiosk/exhibit-kiosk-session \
    /usr/sbin/exhibit-kiosk-setup /usr/bin/exhibit-studio /usr/bin/exhibit-curator; do
    check "$file is a program" test -x "$file"
done
check "the bundled exhibit in /usr/share/exhibit-kiosk" test -s /usr/share/exhibit-kiosk/content/content.db
check "its media" test -d /usr/share/exhibit-kiosk/media/images
check "the unit in /lib/systemd/system" test -f /lib/systemd/system/exhibit-kiosk.service
check "the lockdown files for setup" test -f /usr/share/exhibit-kiosk/kiosk-config/lockdown/sysctl.conf
check "the alerting rules" test -f /usr/share/exhibit-kiosk/monitoring/exhibit-kiosk-rules.yml
check "the guide" test -f /usr/share/doc/exhibit-kiosk/README.md.gz
check "manual pages" test -f /usr/share/man/man8/exhibit-kiosk-setup.8.gz
ini=/etc/exhibit-kiosk/kiosk.ini
check "kiosk.ini is 0640 root:kiosk ($(stat -c '%a %U:%G' $ini))" test "$(stat -c '%a %U:%G' $ini)" = "640 root:kiosk"
check "kiosk.ini is a conffile" grep -q "$ini" <(dpkg-query -W -f='${Conffiles}' exhibit-kiosk)
check "kiosk.ini writes the health files" grep -qx "metrics_file = /run/exhibit-kiosk/exhibit_kiosk.prom" $ini
check "others cannot read kiosk.ini" bash -c "! setpriv --reuid=nobody --regid=nogroup --clear-groups cat $ini"
check "the kiosk user can" setpriv --reuid=kiosk --regid=kiosk --clear-groups cat $ini
check "not enabled by installing" test ! -e /etc/systemd/system/graphical.target.wants/exhibit-kiosk.service
check "exhibit-kiosk --version says $version" grep -q "$version" <(exhibit-kiosk --version)
check "the installed kiosk checks its config" exhibit-kiosk --check-config --config $ini
check "the installed kiosk draws its first frame (offscreen, as kiosk)" \
    setpriv --reuid=kiosk --regid=kiosk --clear-groups env QT_QPA_PLATFORM=offscreen HOME=/tmp \
    timeout 60 exhibit-kiosk --windowed --benchmark-startup --config /usr/share/exhibit-kiosk/kiosk-config/kiosk.ini
check "exhibit-curator validates the bundled exhibit" exhibit-curator validate \
    /usr/share/exhibit-kiosk/content/content.db --media /usr/share/exhibit-kiosk/media

echo "== the installed unit"
check "systemd-analyze verify" systemd-analyze verify /lib/systemd/system/exhibit-kiosk.service
systemd-analyze security --offline=true /lib/systemd/system/exhibit-kiosk.service | tail -1
check "exposure 3.5 or less" systemd-analyze security --offline=true --threshold=35 /lib/systemd/system/exhibit-kiosk.service
check "the installed alerting rules load" promtool check rules /usr/share/exhibit-kiosk/monitoring/exhibit-kiosk-rules.yml

echo "== exhibit-kiosk-setup on /etc"
echo 97531864 | exhibit-kiosk-setup --pin-stdin --hours 09:30-17:00 --day tuesday=closed \
    --timezone "$(cat /etc/timezone 2>/dev/null || echo Etc/UTC)" --allow-no-screen --no-start --non-interactive
check "kiosk.ini keeps 0640 root:kiosk" test "$(stat -c '%a %U:%G' $ini)" = "640 root:kiosk"
check "the PIN hash written" grep -q '^pin_hash = pbkdf2-sha256' $ini
check "the hours written" grep -qx 'open = 09:30' $ini
check "the kiosk reads it cleanly" exhibit-kiosk --check-config --config $ini
check "sysctl lockdown" grep -qx 'kernel.sysrq = 0' /etc/sysctl.d/90-exhibit-kiosk.conf
check "logind lockdown" grep -qx 'HandlePowerKey=ignore' /etc/systemd/logind.conf.d/90-exhibit-kiosk.conf
check "Ctrl+Alt+Del masked" test "$(readlink /etc/systemd/system/ctrl-alt-del.target)" = /dev/null
check "enabled at boot" test -L /etc/systemd/system/graphical.target.wants/exhibit-kiosk.service
check "a second run changes nothing" grep -q "Nothing to change" \
    <(exhibit-kiosk-setup --hours 09:30-17:00 --allow-no-screen --no-start --non-interactive)
set +e
echo 123 | exhibit-kiosk-setup --pin-stdin --allow-no-screen --non-interactive 2>/dev/null
status=$?
set -e
check "a 3-digit PIN refused (exit $status)" test "$status" = 1

echo "== installed again over the changed kiosk.ini"
apt-get install -y --reinstall "$packages"/exhibit-kiosk_*.deb | tail -1
check "the technician's kiosk.ini kept" grep -q '^pin_hash = pbkdf2-sha256' $ini
check "still 0640 root:kiosk" test "$(stat -c '%a %U:%G' $ini)" = "640 root:kiosk"

echo "== removed"
install -d -o kiosk -g kiosk /var/lib/exhibit-kiosk
echo "visits" > /var/lib/exhibit-kiosk/analytics.db
dpkg --remove exhibit-studio exhibit-kiosk exhibit-kiosk-data >/dev/null
check "the configuration stays" grep -q '^pin_hash' $ini
check "the analytics stay" test -f /var/lib/exhibit-kiosk/analytics.db
check "the console given back (sysctl)" test ! -e /etc/sysctl.d/90-exhibit-kiosk.conf
check "the console given back (logind)" test ! -e /etc/systemd/logind.conf.d/90-exhibit-kiosk.conf
check "Ctrl+Alt+Del unmasked" test ! -e /etc/systemd/system/ctrl-alt-del.target
check "no longer enabled" test ! -e /etc/systemd/system/graphical.target.wants/exhibit-kiosk.service
check "the programs gone" test ! -e /usr/bin/exhibit-kiosk

echo "== purged"
dpkg --purge exhibit-studio exhibit-kiosk exhibit-kiosk-data >/dev/null
left=$(find /etc /var/lib /usr /lib /run -name '*exhibit*' -not -path '/var/lib/dpkg/*' 2>/dev/null || true)
check "nothing of it left on disk${left:+: $left}" test -z "$left"
check "no kiosk user" bash -c '! getent passwd kiosk'
check "no kiosk group" bash -c '! getent group kiosk'
check "no mode override" bash -c '! dpkg-statoverride --list | grep -q exhibit'
check "dpkg knows no exhibit package" bash -c "! dpkg-query -W -f='\${Status}\n' exhibit-kiosk exhibit-studio exhibit-kiosk-data 2>/dev/null | grep -q installed"

echo "$failures failed"
[ "$failures" = 0 ]
