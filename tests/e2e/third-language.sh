#!/usr/bin/env bash
# A third language added as a curator and a translator would: a copy of the
# bundled exhibit gets en-XA (a pseudo-locale, never shipped content), is a
# draft that validate refuses, goes out to XLIFF, comes back pseudo-translated
# (tests/e2e/pseudo-translate.py stands in for the translator), and then
# validates with every text written. The result is the database the kiosk's
# own walk in three languages (tst_thirdlanguage) and its previews read.
#   third-language.sh CURATOR BUNDLED_DB OUT_DB
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
curator="$1"
bundled="$2"
out="$3"
here="$(dirname "${BASH_SOURCE[0]}")"
fail_log="$work/curator.log"

db="$work/content.db"
cp "$bundled" "$db"
"$curator" languages add "$db" en-XA --name "Ëñĝļîšĥ (pseudo)" > "$fail_log" 2>&1 \
    || fail "languages add refused en-XA"
status=0
"$curator" validate "$db" > "$fail_log" 2>&1 || status=$?
[ "$status" -ne 0 ] || fail "validate passed an untranslated language"
grep -Eq "^en-XA: ([0-9]+) of \1 texts still to write" "$fail_log" || fail "validate did not count the texts to write"

"$curator" translations export "$db" --target en-XA --needs-work "$work/out.xlf" > "$fail_log" 2>&1 \
    || fail "the export failed"
python3 "$here/pseudo-translate.py" "$work/out.xlf" "$work/in.xlf" > "$fail_log" 2>&1 \
    || fail "the pseudo-translation failed"
"$curator" translations import "$db" "$work/in.xlf" > "$fail_log" 2>&1 || fail "the import was refused"
"$curator" validate "$db" > "$fail_log" 2>&1 || fail "the translated exhibit does not validate"
grep -q "warning: languages.en-XA: the kiosk's own words" "$fail_log" \
    || fail "validate did not say the kiosk's own words stay English"
"$curator" languages "$db" > "$fail_log" 2>&1
grep -q "^en-XA  Ëñĝļîšĥ (pseudo)  complete" "$fail_log" || fail "en-XA is not complete"
"$curator" get "$db" chapters.battles.title.en-XA | grep -q "Ɓåţţļéš" || fail "the battles' title is not translated"

mkdir -p "$(dirname "$out")"
cp "$db" "$out"
echo "ok: en-XA added, translated through XLIFF, and valid in $out"
