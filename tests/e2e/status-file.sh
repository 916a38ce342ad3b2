# Reading the kiosk's status file ($work/status.json) from an end-to-end
# test; sourced. One field (written indented, a field a line); sed, not
# python, so that polling costs milliseconds on a busy machine.
field() { sed -n 's/^ *"'"$1"'": "\{0,1\}\([^",]*\)"\{0,1\},\{0,1\}$/\1/p' "$work/status.json" 2>/dev/null || true; }

# wait_for FIELD VALUE SECONDS, else fail (the script's own fail, if it has one).
wait_for() {
    for _ in $(seq 1 $(($3 * 10))); do
        [ "$(field "$1")" = "$2" ] && return 0
        sleep 0.1
    done
    if declare -F fail >/dev/null; then
        fail "status $1 is '$(field "$1")', expected '$2' within $3 s"
    fi
    echo "FAIL: status $1 is '$(field "$1")', expected '$2' within $3 s" >&2
    cat "$work/status.json" >&2 || true
    exit 1
}
