#!/usr/bin/env bash
# Pictures of the kiosk, in both orientations, into docs/screens/: the visitor's
# screens from exhibit-kiosk --render-previews (a selection), the staff's and
# the closed screen from the real exhibit-kiosk under Xvfb, tapped with xdotool.
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
    sleep 2.5 # let transitions finish
    DISPLAY="$1" import -window root "$out/$2.png"
    echo "wrote docs/screens/$2.png"
}
tap() { DISPLAY="$1" xdotool mousemove "$2" "$3" click 1; }

# The visitor's screens come from the curators' previews (--render-previews),
# so docs/screens shows exactly what the preview check passed; a selection of
# its 240 pictures is kept here.
visitor_screens() {
    local previews
    previews="$(mktemp -d)"
    "$build_dir/exhibit-kiosk" --render-previews "$previews" | tail -1
    local chapters=(background causes battles aftermath legacy) names=()
    for language in en zh; do
        names+=("menu-$language-landscape-normal" "timeline-$language-landscape-normal"
                "figures-$language-landscape-normal" "figure-yue-fei-$language-landscape-normal")
        for chapter in "${chapters[@]}"; do names+=("chapter-$chapter-$language-landscape-normal"); done
        names+=("chapter-battles-in-brief-$language-landscape-normal")
    done
    for year in 1111 1125 1127 1142; do names+=("map-$year-en-landscape-normal"); done
    names+=(attract-en-landscape-normal map-1142-zh-landscape-normal
            attract-en-portrait-normal menu-en-portrait-normal chapter-battles-en-portrait-normal
            timeline-en-portrait-normal map-1127-en-portrait-normal figures-en-portrait-normal
            figure-yue-fei-en-portrait-normal menu-zh-portrait-normal chapter-aftermath-zh-portrait-normal
            map-1142-zh-portrait-normal figure-zong-ze-zh-portrait-normal
            menu-en-landscape-large chapter-battles-en-landscape-large menu-en-portrait-large
            figure-yue-fei-zh-portrait-large chapter-aftermath-in-brief-zh-portrait-normal)
    for name in "${names[@]}"; do
        cp "$previews/$name.png" "$out/$name.png"
        echo "wrote docs/screens/$name.png"
    done
    rm -rf "$previews"
}

# The staff's screens (PIN 2468, from tests/data/staff.ini) and the closed screen;
# a visitor first opens the battles chapter, so the admin panel has a visit to show.
photograph_staff() { # orientation width height
    local orientation="$1" w="$2" h="$3" display=":97"
    Xvfb "$display" -screen 0 "${w}x${h}x24" -nolisten tcp >/dev/null 2>&1 &
    local xvfb=$!
    sleep 1
    cp "$here/tests/data/staff.ini" "$out/.staff.ini"
    local analytics="${TMPDIR:-/tmp}/exhibit-kiosk-analytics.db"
    rm -f "$analytics"*
    printf '\n[analytics]\ndatabase = %s\n' "$analytics" >> "$out/.staff.ini"
    DISPLAY="$display" "$build_dir/exhibit-kiosk" --config "$out/.staff.ini" >/dev/null 2>&1 &
    local kiosk=$!
    sleep 3
    tap "$display" $((w / 2)) $((h / 2))                          # begin
    sleep 1.5
    if [ "$w" -gt "$h" ]; then tap "$display" $((w / 2)) 600; else tap "$display" $((w / 2)) 1300; fi # battles
    sleep 2
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
    rm -f "$out/.staff.ini" "$analytics"*

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

visitor_screens
photograph_staff landscape 1920 1080
photograph_staff portrait 1080 1920
