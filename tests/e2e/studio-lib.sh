# Driving Exhibit Studio under Xvfb as a curator would, for the end-to-end
# tests; sourced after lib.sh. The test sets $studio (the binary), $copy (the
# working copy), $curator, and any extra arguments in $studio_args, then
# calls start_xvfb. The studio's first window is at the top left (no window
# manager places it), 1800x1080 on a 1920x1080 screen.
export XDG_CONFIG_HOME="$work/config" # the studio's recent files: the test's own
fail_log="$work/studio.log"
[ -n "${studio_args+set}" ] || studio_args=()

x() { DISPLAY="$display" xdotool "$@"; }

start_studio() {
    DISPLAY="$display" "$studio" "$copy" "${studio_args[@]}" >> "$work/studio.log" 2>&1 &
    studio_pid=$!
    for _ in $(seq 1 80); do
        x search --onlyvisible --name "Exhibit Studio" >/dev/null 2>&1 && { sleep 2; return 0; }
        sleep 0.25
    done
    fail "no studio window on $display within 20 s"
}

click() { x mousemove "$1" "$2" click 1; sleep 0.5; }

type_into() { # X Y TEXT: click the field, select all, type
    click "$1" "$2"
    x key ctrl+a
    sleep 0.3
    # Slowly enough for xdotool's remapped keys (each Chinese character is
    # typed through a spare keycode it remaps) to reach the field one by one.
    x type --delay "${type_delay:-150}" "$3"
}

get() { "$curator" get "$copy" "$1"; }

# wait_for_field FIELD VALUE SECONDS: the working copy holds it, else fail.
wait_for_field() {
    for _ in $(seq 1 $(($3 * 4))); do
        [ "$(get "$1")" = "$2" ] && return 0
        sleep 0.25
    done
    fail "$1 is '$(get "$1")' in the working copy, expected '$2'"
}

# type_checked X Y FIELD TEXT: as type_into, until the working copy holds
# TEXT (three tries). xdotool types a character that is not on the keyboard
# by remapping a spare key for it; a program slow to hear of the change
# (under the sanitizers) may read a key with the wrong mapping: the whole
# text is typed again.
type_checked() {
    local try
    for try in 1 2 3; do
        type_into "$1" "$2" "$4"
        for _ in $(seq 1 40); do
            [ "$(get "$3")" = "$4" ] && return 0
            sleep 0.25
        done
        echo "try $try: $3 is '$(get "$3")', typing '$4' again"
    done
    fail "$3: '$(get "$3")' after typing '$4' three times"
}
