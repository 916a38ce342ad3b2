#!/usr/bin/env bash
# With four languages the language switch becomes a button and a chooser:
# the curator's previews show the chooser open and check it, with the
# switch on the screens around it, in every language, orientation and text
# size (--screens keeps the run to those). A screen the previews do not have
# is refused by name.
#   render-previews-languages.sh KIOSK_BINARY FOUR_LANGUAGE_DB
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
kiosk="$1"
content="$2"
fail_log="$work/previews.log"

"$kiosk" --render-previews "$work/out" --content "$content" \
    --screens "attract,menu,language chooser,chapter background" > "$fail_log" 2>&1 \
    || fail "the language switch and chooser do not pass their previews"
screens=$(ls "$work/out"/*.png | wc -l)
# 4 screens x 4 languages x 2 orientations x 2 text sizes.
[ "$screens" -eq 64 ] || fail "$screens screens rendered, expected 64"
for language in en zh en-xa zh-xa; do
    for shot in landscape-normal landscape-large portrait-normal portrait-large; do
        [ -f "$work/out/language-chooser-$language-$shot.png" ] \
            || fail "no language chooser in $language $shot"
    done
done
tail -1 "$fail_log"

status=0
"$kiosk" --render-previews "$work/none" --content "$content" --screens "menu,chapter sieges" \
    > "$fail_log" 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "an unknown screen exited $status, not 2"
grep -q "no screen named 'chapter sieges' (the screens: attract, menu, language chooser, chapter background" "$fail_log" \
    || fail "the unknown screen is not named with the screens there are"
echo "ok: four languages' switch and chooser pass their previews"
