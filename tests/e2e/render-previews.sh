#!/usr/bin/env bash
# Curator previews, end to end as a curator runs them: the bundled exhibit
# renders every screen (each language, orientation and text size) and passes;
# then a copy whose menu teaser holds a word too long for its card fails, naming it.
#   render-previews.sh KIOSK_BINARY CURATOR_BINARY CONTENT_DB
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
kiosk="$1"
curator="$2"
content="$3"

"$kiosk" --render-previews "$work/bundled" --content "$content" > "$work/bundled.log" 2>&1 || {
    cat "$work/bundled.log" >&2; fail "the bundled exhibit does not pass its previews"; }
screens=$(ls "$work/bundled"/*.png | wc -l)
# attract, menu, 5 chapters and each in brief, timeline, 4 map years, figures,
# 12 figures = 30, times 2 languages x 2 orientations x 2 text sizes.
[ "$screens" -eq 240 ] || fail "$screens screens rendered, expected 240"
grep -q 'src="chapter-battles-zh-portrait-large.png"' "$work/bundled/index.html" \
    || fail "index.html does not show the battles chapter"
grep -q 'src="chapter-battles-in-brief-zh-portrait-large.png"' "$work/bundled/index.html" \
    || fail "index.html does not show the battles chapter in brief"
file "$work/bundled/map-1127-en-landscape-normal.png" | grep -q "1920 x 1080" \
    || fail "landscape previews are not 1920x1080"
tail -1 "$work/bundled.log"

cp "$content" "$work/long.db"
"$curator" set "$work/long.db" chapters.legacy.teaser.en \
    "Aftermathsandlegaciesofthejingkangincidentremembered, a word no card can hold" > /dev/null
status=0
"$kiosk" --render-previews "$work/long" --content "$work/long.db" > "$work/long.log" 2>&1 || status=$?
[ "$status" -eq 1 ] || { cat "$work/long.log" >&2; fail "an overflowing teaser exited $status, not 1"; }
grep -E '^menu en (landscape|portrait) (normal|large): tileWords "Aftermathsandlegacies.*" overflows (its box )?by [0-9]+ px$' "$work/long.log" \
    || { cat "$work/long.log" >&2; fail "the overflow is not reported by name"; }
grep -q 'class="problem"' "$work/long/index.html" || fail "index.html does not list the problem"
# No content at all: a clear message naming the file, exit 2, no pictures.
status=0
"$kiosk" --render-previews "$work/none" --content "$work/missing.db" > "$work/none.log" 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "a missing database exited $status, not 2"
grep -q "no content to preview in $work/missing.db: .*no such file" "$work/none.log" \
    || { cat "$work/none.log" >&2; fail "the missing database is not named"; }
[ ! -e "$work/none/index.html" ] || fail "previews were written without content"

echo "ok: the bundled exhibit passes; an overflowing teaser is reported by name"
