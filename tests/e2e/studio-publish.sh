#!/usr/bin/env bash
# End to end, as a curator publishes a change to a gallery: a real kiosk
# (offscreen) reads a live database; Exhibit Studio, under Xvfb and driven
# with xdotool, opens a working copy of it, and the curator types a new
# English title and a Chinese one (xdotool type, as an input method delivers
# it), finds a chapter with the search and adds a paragraph to it
# (Ctrl+Return), chooses a new picture in the file dialog, and publishes with
# a note. The live database's history has the note and the name; the kiosk's
# status file shows the new content version after its next reset.
#   studio-publish.sh STUDIO KIOSK CURATOR SOURCE_DIR BUNDLED_DB
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
studio="$1"
kiosk="$2"
curator="$3"
source_dir="$4"
srv="$work/srv/exhibit"
live="$srv/live/content.db"
copy="$work/working.db"
mkdir -p "$srv/live"
cp -r "$source_dir/media" "$srv/media"
"$curator" publish "$5" "$live" --media "$srv/media" --who Technician --note "First edition" >/dev/null
cp "$live" "$copy"
chmod u+w "$copy"
version() { sha256sum "$1" | cut -c1-12; }
original=$(version "$live")
# The picture the curator chooses, outside the media folder.
mkdir -p "$work/pictures"
cp "$source_dir/media/images/legacy.svg" "$work/pictures/new aftermath.svg"

source "$(dirname "${BASH_SOURCE[0]}")/status-file.sh"
start_offscreen_kiosk "$kiosk" "$live" "$srv/media"
wait_for contentVersion "$original" 30
echo "the kiosk shows content version $original"

studio_args=(--media "$srv/media" --live "$live")
source "$(dirname "${BASH_SOURCE[0]}")/studio-lib.sh"
start_xvfb 70 1920x1080
start_studio

# 1. The exhibit's title, in English and in Chinese (slowly: each Chinese
#    character is a key xdotool remaps, which a busy machine can outrun).
type_checked 580 94 exhibit.title.en "1126 AD"
type_delay=300 type_checked 803 94 exhibit.title.zh "靖康之变"
echo "titles typed in English and Chinese"

# 2. A paragraph: the search finds the chapter that tells of Yingtianfu (the
#    first result leads to its text), Ctrl+Return adds a paragraph after the last.
type_into 140 60 "Yingtianfu"
sleep 1
click 140 170
paragraphs() { get chapters.aftermath.body.en | grep -c .; }
before=$(paragraphs)
x key ctrl+Return
sleep 0.5
x type --delay 50 "A paragraph typed in the studio."
for _ in $(seq 1 40); do [ "$(paragraphs)" -gt "$before" ] && break; sleep 0.25; done
get chapters.aftermath.body.en | tail -1 | grep -qx "A paragraph typed in the studio." \
    || fail "the new paragraph is not the chapter's last: $(get chapters.aftermath.body.en | tail -1)"
echo "a paragraph added to the aftermath chapter"

# 3. A new picture for that chapter, chosen in the file dialog (Ctrl+L: type a
#    path), once the fields are scrolled back to the top with the mouse wheel.
x mousemove 600 500
for _ in $(seq 1 60); do x click 4; done
sleep 0.5
click 495 150
x key ctrl+l
sleep 0.5
x type --delay 50 "$work/pictures/new aftermath.svg"
x key Return
wait_for_field chapters.aftermath.image images/aftermath.v2.svg 10
cmp -s "$srv/media/images/aftermath.v2.svg" "$work/pictures/new aftermath.svg" \
    || fail "the picture in the media folder is not the one chosen"
echo "a new picture copied into the media folder as images/aftermath.v2.svg"

# 4. Publish, with a note; the name is the one the studio remembers, here typed.
click 1745 16
sleep 1
x type --delay 50 "New title; Yingtianfu paragraph; new picture"
x key Tab
x key ctrl+a
x type --delay 50 "Curator Li"
x key Tab
x key space
for _ in $(seq 1 600); do
    "$curator" history "$live" 2>/dev/null | grep -q "Curator Li" && break
    grep -q "publish stopped" "$work/studio.log" && fail "the studio did not publish"
    sleep 1
done
history=$("$curator" history "$live")
echo "$history"
echo "$history" | grep -q "New title; Yingtianfu paragraph; new picture  <- live" \
    || fail "the history has no live version with the note"
published=$(version "$live")
[ "$published" != "$original" ] || fail "the live database did not change"
[ "$("$curator" get "$live" exhibit.title.zh)" = "靖康之变" ] || fail "the Chinese title is not live"
echo "published as content version $published"

# 5. The kiosk takes it at its next reset (no visitor here: at once).
wait_for contentVersion "$published" 30
echo "the kiosk shows content version $published"
echo "1 passed, 0 failed"
