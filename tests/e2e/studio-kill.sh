#!/usr/bin/env bash
# End to end, as a curator would lose a session: Exhibit Studio on a working
# copy under Xvfb, a title typed with xdotool that is too long for the
# attract screen (so it is kept as a draft only), the studio killed with no
# chance to save (SIGKILL), started again: the title is back from the draft
# and the studio says so. Then a good English title and a Chinese one typed
# (xdotool type, as an input method delivers it) reach the working copy, and
# the draft goes.
#   studio-kill.sh STUDIO_BINARY CURATOR_BINARY CONTENT_DB
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
studio="$1"
curator="$2"
copy="$work/working.db"
cp "$3" "$copy"
chmod u+w "$copy"
source "$(dirname "${BASH_SOURCE[0]}")/studio-lib.sh"

start_xvfb 60 1920x1080

# The exhibit's title fields, English and Chinese.
title_en=(580 94)
title_zh=(803 94)

start_studio
long="1126: the year the Song dynasty met the Jin armies at the gates of Kaifeng and lost the whole of the north"
type_into "${title_en[@]}" "$long"
sleep 1
draft="$work/working.draft.json"
[ -f "$draft" ] || fail "no draft beside the working copy after typing"
grep -q "the whole of the north" "$draft" || fail "the draft does not hold what was typed"
[ "$(get exhibit.title.en)" = "1126" ] || fail "a title over its limit reached the working copy"
kill -9 "$studio_pid"
wait "$studio_pid" 2>/dev/null || true
echo "killed with the long title in the draft only"

start_studio
grep -q "What was typed last time and not yet saved is back" "$work/studio.log" \
    || fail "the studio did not say it recovered the draft"
# The title fields are below the message now: 2 rows of it (a working copy
# with a long path), about 50 px.
title_en=(580 150)
title_zh=(803 150)
type_checked "${title_en[@]}" exhibit.title.en "1126 AD"
type_checked "${title_zh[@]}" exhibit.title.zh "靖康 一一二六"
for _ in $(seq 1 40); do
    [ "$(get exhibit.title.en)" = "1126 AD" ] && [ "$(get exhibit.title.zh)" = "靖康 一一二六" ] \
        && [ ! -f "$draft" ] && break
    sleep 0.25
done
[ "$(get exhibit.title.en)" = "1126 AD" ] || fail "English title in the working copy: $(get exhibit.title.en)"
[ "$(get exhibit.title.zh)" = "靖康 一一二六" ] || fail "Chinese title in the working copy: $(get exhibit.title.zh)"
[ ! -f "$draft" ] || fail "the draft is still there once the working copy holds everything"
echo "recovered after SIGKILL; English and Chinese titles typed reach the working copy"
echo "1 passed, 0 failed"
