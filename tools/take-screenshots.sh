#!/usr/bin/env bash
# Photographs the kiosk as a visitor sees it, in both orientations, into docs/screens/.
# Runs the real exhibit-kiosk under Xvfb and taps through it with xdotool.
#
#   tools/take-screenshots.sh [BUILD_DIR]
#
# Needs: xvfb xdotool imagemagick (apt-get install -y xvfb xdotool imagemagick), and a
# PulseAudio server so that narration plays and its captions show (started if missing).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${1:-$here/build}"
out="$here/docs/screens"
mkdir -p "$out"
pactl info >/dev/null 2>&1 || pulseaudio --start --exit-idle-time=-1 2>/dev/null || true

shoot() { # display name
    sleep 2.5 # let transitions finish and the narration reach its first caption
    DISPLAY="$1" import -window root "$out/$2.png"
    echo "wrote docs/screens/$2.png"
}
tap() { DISPLAY="$1" xdotool mousemove "$2" "$3" click 1; }

photograph() { # orientation width height
    local orientation="$1" w="$2" h="$3" display=":97"
    Xvfb "$display" -screen 0 "${w}x${h}x24" -nolisten tcp >/dev/null 2>&1 &
    local xvfb=$!
    sleep 1
    DISPLAY="$display" "$build_dir/exhibit-kiosk" >/dev/null 2>&1 &
    local kiosk=$!
    sleep 3
    shoot "$display" "$orientation-1-attract"
    tap "$display" $((w / 2)) $((h / 2))
    shoot "$display" "$orientation-2-menu"

    local ids=(background causes battles aftermath legacy)
    # Open the first chapter from the menu, then walk with the "next" arrow.
    if [ "$orientation" = landscape ]; then
        tap "$display" $((w / 10)) $((h / 2))
        local next_x=$((w * 1122 / 1920)) next_y=$((h - 72))
    else
        tap "$display" $((w / 2)) $((h * 450 / 1920))
        local next_x=$((w * 700 / 1080)) next_y=$((h - 72))
    fi
    for i in "${!ids[@]}"; do
        shoot "$display" "$orientation-3-chapter-$((i + 1))-${ids[$i]}-en"
        tap "$display" "$next_x" "$next_y"
    done
    # The same chapters in Chinese: the language switch sits bottom right.
    tap "$display" $((w - 150)) $((h - 72))
    for i in 4 3 2 1 0; do
        shoot "$display" "$orientation-4-chapter-$((i + 1))-${ids[$i]}-zh"
        tap "$display" $((next_x - 325)) "$next_y" # the "previous" arrow
    done
    kill "$kiosk" "$xvfb" 2>/dev/null || true
    wait 2>/dev/null || true
}

# The staff's screens (PIN 2468, from tests/data/staff.ini) and the closed screen.
photograph_staff() { # orientation width height
    local orientation="$1" w="$2" h="$3" display=":97"
    Xvfb "$display" -screen 0 "${w}x${h}x24" -nolisten tcp >/dev/null 2>&1 &
    local xvfb=$!
    sleep 1
    DISPLAY="$display" "$build_dir/exhibit-kiosk" --config "$here/tests/data/staff.ini" >/dev/null 2>&1 &
    local kiosk=$!
    sleep 3
    DISPLAY="$display" xdotool mousemove 40 40 mousedown 1
    sleep 3.5
    DISPLAY="$display" xdotool mouseup 1
    shoot "$display" "$orientation-5-staff-pin-pad"
    # The keypad sits in the middle: columns 150 px apart, rows at -125, 6, 135, 266 px.
    local cx=$((w / 2)) cy=$((h / 2))
    tap "$display" "$cx" $((cy - 125))           # 2
    tap "$display" $((cx - 150)) $((cy + 6))     # 4
    tap "$display" $((cx + 150)) $((cy + 6))     # 6
    tap "$display" "$cx" $((cy + 135))           # 8
    tap "$display" $((cx + 150)) $((cy + 266))   # OK
    shoot "$display" "$orientation-6-staff-admin"
    kill "$kiosk" 2>/dev/null || true
    wait "$kiosk" 2>/dev/null || true

    # Closed except for one minute after midnight: shows when it opens next.
    printf '[schedule]\nopen = 00:00\nclose = 00:01\n' > "$out/.closed.ini"
    DISPLAY="$display" "$build_dir/exhibit-kiosk" --config "$out/.closed.ini" >/dev/null 2>&1 &
    kiosk=$!
    sleep 3
    shoot "$display" "$orientation-7-closed"
    rm -f "$out/.closed.ini"
    kill "$kiosk" "$xvfb" 2>/dev/null || true
    wait 2>/dev/null || true
}

photograph landscape 1920 1080
photograph portrait 1080 1920
photograph_staff landscape 1920 1080
photograph_staff portrait 1080 1920
