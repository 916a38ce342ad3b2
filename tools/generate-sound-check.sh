#!/bin/sh
# Makes media/system/sound-check.opus, the admin panel's sound check: a
# two-note chime, then "Sound check" in English and Mandarin, at narration
# loudness, through the same Opus decoder the narration uses.
# Needs: festival festvox-us-slt-hts espeak-ng sox opus-tools.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sox -n -r 24000 -c 1 -b 16 "$work/chime.wav" synth 0.45 sine 660 fade 0.01 0.45 0.35 : synth 0.8 sine 880 fade 0.01 0.8 0.6 vol 0.5
echo "Sound check. This is the exhibit's narration speaker." >"$work/en.txt"
text2wave -eval '(voice_cmu_us_slt_arctic_hts)' "$work/en.txt" -o "$work/en-raw.wav"
espeak-ng -v cmn-latn-pinyin -s 165 -w "$work/zh-raw.wav" "声音测试。这是展项的讲解音箱。"
for voice in en zh; do
    sox "$work/$voice-raw.wav" -r 24000 -c 1 -b 16 "$work/$voice.wav" norm -3 pad 0.3 0.2
done
sox "$work/chime.wav" "$work/en.wav" "$work/zh.wav" "$work/all.wav"
opusenc --quiet --bitrate 28 --serial 1126 --comp 10 "$work/all.wav" "$root/media/system/sound-check.opus"
echo "wrote media/system/sound-check.opus"
