#!/usr/bin/env bash
# Markup in content, put there as an attacker would: a chapter title that is an
# <img> pointing at a listener on the loopback. `exhibit-curator set` refuses it
# and leaves the file byte for byte as it was; a database edited by hand is
# refused by `validate` and by the kiosk, each naming the field; and no request
# ever reaches the listener (which does answer: the test asks it once itself).
#   markup-content.sh KIOSK_BINARY CURATOR_BINARY CONTENT_DB
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
kiosk="$1"
curator="$2"
content="$3"

# A listener that writes the first line of every request it gets.
python3 - "$work" <<'PY' &
import os, socket, sys
work = sys.argv[1]
server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen(16)
with open(os.path.join(work, "port.tmp"), "w") as f:
    f.write(str(server.getsockname()[1]))
os.rename(os.path.join(work, "port.tmp"), os.path.join(work, "port"))
while True:
    client, _ = server.accept()
    line = client.recv(1024).decode("latin-1").split("\r\n")[0]
    with open(os.path.join(work, "requests"), "a") as f:
        f.write(line + "\n")
    client.sendall(b"HTTP/1.0 404 Not Found\r\n\r\n")
    client.close()
PY
for _ in $(seq 1 50); do [ -e "$work/port" ] && break; sleep 0.1; done
port="$(cat "$work/port")"
python3 -c "import urllib.request, urllib.error
try: urllib.request.urlopen('http://127.0.0.1:$port/probe', timeout=5)
except urllib.error.HTTPError: pass"
[ "$(cat "$work/requests")" = "GET /probe HTTP/1.1" ] || fail "the listener did not hear the probe"

markup="Background<img src=\"http://127.0.0.1:$port/t.png\">"
expected="chapters.background.title.en: '<img' looks like markup"

# The curator's tool refuses it, and the file is untouched.
cp "$content" "$work/set.db"
status=0
"$curator" set "$work/set.db" chapters.background.title.en "$markup" > "$work/set.log" 2>&1 || status=$?
[ "$status" -ne 0 ] || fail "set accepted a markup title"
grep -qF "$expected" "$work/set.log" || { cat "$work/set.log"; fail "set does not name the field"; }
cmp -s "$content" "$work/set.db" || fail "set changed the database it refused"

# The same title written straight into the database, as DB Browser for SQLite would.
cp "$content" "$work/hand.db"
sqlite3 "$work/hand.db" "UPDATE chapter_texts SET title = '$markup' WHERE chapter_id = 'background' AND language = 'en'"
status=0
"$curator" validate "$work/hand.db" > "$work/validate.log" 2>&1 || status=$?
[ "$status" -ne 0 ] || fail "validate accepted a markup title"
grep -qF "$expected" "$work/validate.log" || { cat "$work/validate.log"; fail "validate does not name the field"; }

# The kiosk, started on it: refuses it by name, and never asks the listener.
"$kiosk" -platform offscreen --content "$work/hand.db" --status-file "$work/status.json" > "$work/kiosk.log" 2>&1 &
kiosk_pid=$!
for _ in $(seq 1 100); do grep -q '"contentStatus"' "$work/status.json" 2>/dev/null && break; sleep 0.1; done
sleep 2 # time enough for any image request to go out
kill "$kiosk_pid"
wait "$kiosk_pid" || true
grep -q '"contentStatus": "unavailable"' "$work/status.json" || { cat "$work/status.json"; fail "the kiosk did not refuse the content"; }
grep -qF "looks like markup" "$work/status.json" || { cat "$work/status.json"; fail "the status does not say why"; }
grep -qF "$expected" "$work/kiosk.log" || { cat "$work/kiosk.log"; fail "the kiosk's log does not name the field"; }
[ "$(wc -l < "$work/requests")" -eq 1 ] || { cat "$work/requests"; fail "the listener was asked for more than the probe"; }
echo "ok: a markup title is refused by set, validate and the kiosk, and nothing reached the listener"
