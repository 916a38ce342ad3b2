#!/usr/bin/env bash
# The curator's walkthrough in content/README.md, run exactly as written
# (the commands between its walkthrough markers, with /srv/exhibit and ~ in a
# scratch folder) against a running kiosk (offscreen) that reads the live
# database: after "publish" the kiosk reports the new content version, after
# "rollback" the old one again.
#   curator-walkthrough.sh KIOSK CURATOR SOURCE_DIR BUNDLED_DB
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
kiosk="$1"
curator="$2"
source_dir="$3"
bundled_db="$4"

export HOME="$work/home"
srv="$work/srv/exhibit"
mkdir -p "$HOME/recordings" "$srv/live" "$work/bin"
cp -r "$source_dir/media" "$srv/media"
# The "new recording": another chapter's narration, with its own captions.
cp "$source_dir/media/narration/background.en.opus" "$HOME/recordings/battles.en.v2.opus"
cp "$source_dir/media/narration/background.en.vtt" "$HOME/recordings/battles.en.v2.vtt"
ln -s "$(readlink -f "$curator")" "$work/bin/exhibit-curator"
ln -s "$(readlink -f "$kiosk")" "$work/bin/exhibit-kiosk" # for the walkthrough's previews
export PATH="$work/bin:$PATH"

# What is live before the curator starts: the bundled exhibit.
exhibit-curator publish "$bundled_db" "$srv/live/content.db" --media "$srv/media" >/dev/null
version() { sha256sum "$1" | cut -c1-12; }
original=$(version "$srv/live/content.db")

source "$(dirname "${BASH_SOURCE[0]}")/status-file.sh"
start_offscreen_kiosk "$kiosk" "$srv/live/content.db" "$srv/media"
fail_log="$work/kiosk.log"
wait_for contentVersion "$original" 20

# The README's commands, in order.
commands=$(sed -n '/<!-- walkthrough:begin/,/<!-- walkthrough:end/p' "$source_dir/content/README.md" |
           awk '/^```sh/ { inside = 1; next } /^```/ { inside = 0 } inside' |
           sed "s|/srv/exhibit|$srv|g")
[ "$(echo "$commands" | grep -c .)" -ge 10 ] || fail "the walkthrough has lost its commands"
while IFS= read -r command; do
    echo "\$ ${command//$work/…}"
    eval "$command"
    case "$command" in
    *" publish "*)
        published=$(version "$srv/live/content.db")
        [ "$published" != "$original" ] || fail "publish did not change the live database"
        wait_for contentVersion "$published" 10
        [ "$(exhibit-curator get "$srv/live/content.db" chapters.battles.title.en)" = "The fall of Kaifeng" ]
        echo "  -> the kiosk shows content version $published"
        ;;
    *" rollback "*)
        wait_for contentVersion "$original" 10
        echo "  -> the kiosk is back on content version $original"
        ;;
    esac
done <<< "$commands"

grep -q "changed to version" "$work/kiosk.log" || fail "the kiosk never logged the change"
echo "1 passed, 0 failed"
