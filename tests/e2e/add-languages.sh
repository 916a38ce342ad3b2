#!/usr/bin/env bash
# A third and a fourth language added as a curator and a translator would:
# a copy of the bundled exhibit gets en-XA and zh-XA (pseudo-locales, never
# shipped content), each a draft that validate refuses, sent out to XLIFF
# (en-XA from the English, zh-XA from the Chinese) and brought back
# pseudo-translated (tests/e2e/pseudo-translate.py stands in for the
# translator); then it validates with every text written. The result is the
# database the kiosk's walk in four languages (tst_morelanguages) and its
# previews read.
#   add-languages.sh CURATOR BUNDLED_DB OUT_DB
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
curator="$1"
bundled="$2"
out="$3"
here="$(dirname "${BASH_SOURCE[0]}")"
fail_log="$work/curator.log"

db="$work/content.db"
cp "$bundled" "$db"

# add_language CODE NAME SOURCE
add_language() {
    "$curator" languages add "$db" "$1" --name "$2" > "$fail_log" 2>&1 || fail "languages add refused $1"
    local status=0
    "$curator" validate "$db" > "$fail_log" 2>&1 || status=$?
    [ "$status" -ne 0 ] || fail "validate passed $1 untranslated"
    grep -Eq "^$1: ([0-9]+) of \\1 texts still to write" "$fail_log" || fail "validate did not count $1's texts to write"
    "$curator" translations export "$db" --source "$3" --target "$1" --needs-work "$work/$1.out.xlf" \
        > "$fail_log" 2>&1 || fail "the export into $1 failed"
    python3 "$here/pseudo-translate.py" "$work/$1.out.xlf" "$work/$1.in.xlf" > "$fail_log" 2>&1 \
        || fail "the pseudo-translation into $1 failed"
    "$curator" translations import "$db" "$work/$1.in.xlf" > "$fail_log" 2>&1 \
        || fail "the import into $1 was refused"
}
add_language en-XA "Ëñĝļîšĥ (pseudo)" en
add_language zh-XA "中文（测试）" zh

"$curator" validate "$db" > "$fail_log" 2>&1 || fail "the translated exhibit does not validate"
for language in en-XA zh-XA; do
    grep -q "warning: languages.$language: the kiosk's own words" "$fail_log" \
        || fail "validate did not say the kiosk's own words stay English in $language"
done
"$curator" languages "$db" > "$fail_log" 2>&1
grep -q "^en-XA  Ëñĝļîšĥ (pseudo)  complete" "$fail_log" || fail "en-XA is not complete"
grep -q "^zh-XA  中文（测试）  complete" "$fail_log" || fail "zh-XA is not complete"
"$curator" get "$db" chapters.battles.title.en-XA | grep -q "Ɓåţţļéš" || fail "the battles' title is not in en-XA"
[ "$("$curator" get "$db" chapters.battles.title.zh-XA)" = "【战役】" ] || fail "the battles' title is not in zh-XA"

mkdir -p "$(dirname "$out")"
cp "$db" "$out"
echo "ok: en-XA and zh-XA added, translated through XLIFF, and valid in $out"
