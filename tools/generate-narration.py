#!/usr/bin/env python3
"""Synthesizes each chapter's narration, with WebVTT captions, from content/exhibit.json.

    python3 tools/generate-narration.py            # write media/narration/*.opus and *.vtt,
                                                   # and record in content/exhibit.json which
                                                   # words each was made from (madeFrom)
    python3 tools/generate-narration.py --check    # regenerate in a temporary folder and
                                                   # compare with the committed files
    python3 tools/generate-narration.py --chapter FILE --language LANG --out DIR
        # one chapter (a chapter object of exhibit.json; FILE '-' reads standard input) in one
        # language: DIR/ID.LANG.opus and DIR/ID.LANG.vtt. Exhibit Studio's "Make a draft
        # narration" runs this with the words being edited.

For every chapter and language: the title, the subtitle and each sentence of the body are
synthesized one by one, offline, and joined with short pauses. Each caption cue spans exactly
one sentence and the pause after it, so cue boundaries are sentence boundaries, to the sample.
The captions carry the exhibit's own wording; the voice is given a spoken form of it (years
read as years, Chinese numbers in words, pinyin names respelled for the English voice).

English: festival with the CMU SLT HTS voice (Debian: festival festvox-us-slt-hts).
Mandarin: espeak-ng's "cmn-latn-pinyin" voice (Debian: espeak-ng); its plain "cmn" voice
reads some characters with English phonemes.
Encoding: sox and opusenc (Debian: sox opus-tools). Output is deterministic: rerunning with
the same text and tools gives the same bytes.

Recorded voices can replace these files at any time: any audio Qt Multimedia plays will do,
with a WebVTT file whose cues follow it.
"""

import argparse
import array
import filecmp
import hashlib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import wave
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RATE = 24000            # Hz, mono: speech needs no more, and Opus resamples internally
LEAD_IN = 0.3           # s of silence before the first sentence
SENTENCE_PAUSE = 0.45   # s after each sentence
PARAGRAPH_PAUSE = 0.9   # s after the title, the subtitle and each paragraph
OPUS_BITRATE = "28"     # kbit/s, mono speech
OPUS_SERIAL = "1126"    # a fixed Ogg stream serial keeps the files reproducible

# How the English voice should say names it does not know (pinyin is not English spelling).
RESPELL = {
    "Huizong": "Hway-tsong", "Qinzong": "Chin-tsong", "Gaozong": "Gow-tsong",
    "Zhao Gou": "Jow Go", "Qin Hui": "Chin Hway", "Li Gang": "Lee Gahng", "Zong Ze": "Tsong Tsuh",
    "Yue Fei": "Yweh Fay", "Han Shizhong": "Hahn Shr-jong", "Liang Hongyu": "Lyahng Hong-yoo", "Liang": "Lyahng",
    "Wanyan Aguda": "Wahn-yen Ah-goo-dah", "Wanyan Zonghan": "Wahn-yen Tsong-hahn",
    "Wanyan Zongwang": "Wahn-yen Tsong-wahng", "Wanyan Liang": "Wahn-yen Lyahng",
    "Zonghan": "Tsong-hahn", "Zongwang": "Tsong-wahng", "Aguda": "Ah-goo-dah", "Wuzhu": "Woo-joo",
    "Guo Yaoshi": "Gwo Yow-shr", "Zhang Bangchang": "Jahng Bahng-chahng", "Tianzuo": "Tyen-tswo",
    "Kaifeng": "Kai-fung", "Bianjing": "Byen-jing", "Yanjing": "Yen-jing", "Yanshan": "Yen-shahn",
    "Taiyuan": "Tai-ywen", "Zhongshan": "Jong-shahn", "Hejian": "Huh-jyen", "Yingtianfu": "Ying-tyen-foo",
    "Shangqiu": "Shahng-chyo", "Yangzhou": "Yahng-joe", "Jiangning": "Jyahng-ning",
    "Huangtiandang": "Hwahng-tyen-dahng", "Hangzhou": "Hahng-joe", "Lin'an": "Lin-ahn",
    "Wuguocheng": "Woo-gwo-chung", "Yancheng": "Yen-chung", "Shaoxing": "Shaow-shing",
    "Dasan": "Dah-sahn", "Zhongdu": "Jong-doo", "Tangdao": "Tahng-dow", "Caishi": "Tsai-shr",
    "Caizhou": "Tsai-joe", "Chanyuan": "Chahn-ywen", "Jingkang": "Jing-kahng", "Jurchen": "Jur-chen",
    "Liao": "Lyow", "Xia": "Shyah", "Huai": "Hwai", "Bohai": "Bo-hai", "Wumu": "Woo-moo",
    "Man Jiang Hong": "Mahn Jyahng Hong", "Da Chu": "Dah Choo", "Bian": "Byen", "Song": "Soong",
}

CHINESE_DIGITS = "零一二三四五六七八九"


def english_year(match):
    year = int(match.group(0))
    hundreds, rest = divmod(year, 100)
    if rest == 0:
        return f"{hundreds} hundred"
    return f"{hundreds} oh {rest}" if rest < 10 else f"{hundreds} {rest}"


def english_speech(text):
    text = text.replace("–", " to ").replace("—", ", ")
    # A year may end a clause ("in 1122, failed"); only a comma between digits makes it part of 100,000.
    text = re.sub(r"(?<!\d)(?<!\d,)1[0-9]{3}(?!\d)(?!,\d)", english_year, text)  # 1127 -> 11 27
    text = re.sub(r"(\d+)s\b", r"\1's", text)
    for name in sorted(RESPELL, key=len, reverse=True):
        text = re.sub(r"\b" + re.escape(name) + r"\b", RESPELL[name], text)
    return text.replace("“", "").replace("”", "").replace("‘", "'").replace("’", "'")


def chinese_number(n):
    """A whole number under 100,000,000 in Chinese words (二百六十, 二十五万)."""
    if n == 0:
        return "零"
    units = ["", "十", "百", "千"]
    def below_10000(m, leading):
        digits, out, zero = str(m).zfill(4), "", False
        for i, d in enumerate(digits):
            d = int(d)
            if d == 0:
                zero = bool(out) or not leading
                continue
            if zero and out:
                out += "零"
            zero = False
            out += CHINESE_DIGITS[d] + units[3 - i]
        return out
    high, low = divmod(n, 10000)
    text = (below_10000(high, True) + "万" if high else "") + (below_10000(low, not high) if low else "")
    return re.sub(r"^一十", "十", text)


def chinese_speech(text):
    text = text.replace("—", "至").replace("（", "，").replace("）", "，")
    # Years are read digit by digit (一一二七年); in this exhibit every four-digit number is a year.
    text = re.sub(r"(?<!\d)(\d{3,4})(?=年)|(?<!\d)(?<!\d,)(1\d{3})(?!\d)(?!,\d)",
                  lambda m: "".join(CHINESE_DIGITS[int(d)] for d in (m.group(1) or m.group(2))), text)
    text = re.sub(r"\d[\d,]*", lambda m: chinese_number(int(m.group(0).replace(",", ""))), text)
    return text.replace("“", "").replace("”", "")


def split_sentences(text, language):
    if language == "zh":
        parts = re.findall(r".+?[。！？](?:[”’」）])*|.+$", text)
    else:
        parts = re.split(r"(?<=[.!?][”’\")])\s+|(?<=[.!?])\s+", text)
    return [p.strip() for p in parts if p.strip()]


def synthesize(sentence, language, wav):
    if language == "zh":
        subprocess.run(["espeak-ng", "-v", "cmn-latn-pinyin", "-s", "165", "-w", wav + ".raw.wav",
                        chinese_speech(sentence)], check=True)
    else:
        with open(wav + ".txt", "w", encoding="utf-8") as out:
            out.write(english_speech(sentence))
        subprocess.run(["text2wave", "-eval", "(voice_cmu_us_slt_arctic_hts)", wav + ".txt", "-o", wav + ".raw.wav"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # -G guards against clipping in the resampler; -R -D keep the output repeatable.
    subprocess.run(["sox", "-G", "-R", wav + ".raw.wav", "-D", "-r", str(RATE), "-c", "1", "-b", "16", wav], check=True)


def vtt_time(seconds):
    ms = round(seconds * 1000)
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def vtt_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_track(chapter, language, out_dir, work, source="content/exhibit.json"):
    """Synthesizes one chapter in one language; returns the (audio, captions) file names."""
    text = [(chapter["title"][language], PARAGRAPH_PAUSE), (chapter["subtitle"][language], PARAGRAPH_PAUSE)]
    for paragraph in chapter["body"][language]:
        sentences = split_sentences(paragraph, language)
        text += [(s, SENTENCE_PAUSE) for s in sentences[:-1]] + [(sentences[-1], PARAGRAPH_PAUSE)]

    frames, cues, position = [b"\0\0" * int(LEAD_IN * RATE)], [], int(LEAD_IN * RATE)
    for i, (sentence, pause) in enumerate(text):
        wav = os.path.join(work, f"{chapter['id']}.{language}.{i:03d}.wav")
        synthesize(sentence, language, wav)
        with wave.open(wav) as w:
            audio = w.readframes(w.getnframes())
        silence = b"\0\0" * int(pause * RATE)
        start = position
        position += (len(audio) + len(silence)) // 2
        frames += [audio, silence]
        cues.append((start / RATE, position / RATE, sentence))

    joined = os.path.join(work, f"{chapter['id']}.{language}.wav")
    with wave.open(joined, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(frames))
    levelled = joined + ".norm.wav"
    subprocess.run(["sox", "-R", joined, "-D", levelled, "norm", "-2"], check=True)

    base = f"{chapter['id']}.{language}"
    audio = os.path.join(out_dir, base + ".opus")
    subprocess.run(["opusenc", "--quiet", "--bitrate", OPUS_BITRATE, "--serial", OPUS_SERIAL, "--comp", "10",
                    "--title", f"{chapter['title'][language]} ({language})", "--artist", "Exhibit Kiosk (synthesized)",
                    levelled, audio], check=True)
    with open(os.path.join(out_dir, base + ".vtt"), "w", encoding="utf-8", newline="\n") as vtt:
        vtt.write(f"WEBVTT - {chapter['title'][language]} ({language}), synthesized from {source}\n\n")
        for n, (start, end, sentence) in enumerate(cues, 1):
            vtt.write(f"{n}\n{vtt_time(start)} --> {vtt_time(end)}\n{vtt_escape(sentence)}\n\n")
    return base + ".opus", base + ".vtt"


def made_from(chapter, language):
    """The fingerprint of the words a narration speaks, as the kiosk's content/narrationtext.cpp
    computes it: SHA-256 of the title, subtitle and paragraphs joined by blank lines, as UTF-8."""
    words = [chapter["title"][language], chapter["subtitle"][language]] + chapter["body"][language]
    return "sha256:" + hashlib.sha256("\n\n".join(words).encode("utf-8")).hexdigest()


def with_made_from(source, exhibit):
    """content/exhibit.json's text with each narration's madeFrom set to the words it speaks now.
    Edited in place, line by line, so the file keeps its layout (coordinates on one line)."""
    for chapter in exhibit["chapters"]:
        for language, track in chapter.get("narration", {}).items():
            captions = re.escape(json.dumps(track["captions"], ensure_ascii=False))
            pattern = re.compile(r'^( *)"captions": ' + captions + r'(,\n *"madeFrom": "[^"]*")?$', re.M)
            line = f'\\1"captions": {json.dumps(track["captions"], ensure_ascii=False)},\n\\1"madeFrom": "{made_from(chapter, language)}"'
            source, count = pattern.subn(line, source)
            if count != 1:
                raise SystemExit(f"content/exhibit.json: {chapter['id']} {language}: captions "
                                 f"{track['captions']} found {count} times, expected once")
    return source


def generate(out_dir):
    with open(os.path.join(ROOT, "content", "exhibit.json"), encoding="utf-8") as f:
        exhibit = json.load(f)
    os.makedirs(out_dir, exist_ok=True)
    jobs = [(c, l) for c in exhibit["chapters"] for l in exhibit["languages"]]
    with tempfile.TemporaryDirectory() as work, ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for (chapter, language), names in zip(jobs, pool.map(lambda j: build_track(j[0], j[1], out_dir, work), jobs)):
            print(f"{chapter['id']} {language}: {names[0]}, {names[1]}")


def decoded(opus_file, work):
    """The 16-bit samples an Opus file decodes to."""
    wav = os.path.join(work, os.path.basename(opus_file) + ".wav")
    subprocess.run(["opusdec", "--quiet", "--rate", str(RATE), opus_file, wav], check=True)
    with wave.open(wav) as w:
        return array.array("h", w.readframes(w.getnframes()))


def same_audio(fresh, committed, work):
    """Byte-identical; or, since libopus picks SIMD code by CPU and a different CPU may encode
    the same speech differently, the same length to the sample and, decoded, a difference
    under 15% of the signal's RMS. (Measured: a full decode and re-encode of a track at
    another complexity differs by 9%; a different track by over 100%. Timing itself is
    checked exactly by the captions, which depend only on the synthesized sample counts.)"""
    if filecmp.cmp(fresh, committed, shallow=False):
        return "identical"
    a, b = decoded(fresh, work), decoded(committed, work)
    if len(a) != len(b):
        return None
    signal = math.sqrt(sum(x * x for x in b) / max(1, len(b)))
    noise = math.sqrt(sum((x - y) ** 2 for x, y in zip(a, b)) / max(1, len(b)))
    return "equivalent (encoded differently, same speech and length)" if noise < 0.15 * signal else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare a fresh run with the committed files")
    parser.add_argument("--chapter", metavar="FILE", help="synthesize this chapter only ('-': standard input)")
    parser.add_argument("--language", help="with --chapter: the language to speak")
    parser.add_argument("--out", metavar="DIR", help="with --chapter: where to write ID.LANG.opus and .vtt")
    args = parser.parse_args()
    if args.chapter:
        if not args.language or not args.out:
            parser.error("--chapter needs --language and --out")
        with (sys.stdin if args.chapter == "-" else open(args.chapter, encoding="utf-8")) as f:
            chapter = json.load(f)
        os.makedirs(args.out, exist_ok=True)
        with tempfile.TemporaryDirectory() as work:
            audio, captions = build_track(chapter, args.language, args.out, work,
                                          source="a draft in Exhibit Studio")
        print(os.path.join(args.out, audio))
        print(os.path.join(args.out, captions))
        return 0
    committed = os.path.join(ROOT, "media", "narration")
    exhibit_file = os.path.join(ROOT, "content", "exhibit.json")
    with open(exhibit_file, encoding="utf-8") as f:
        source = f.read()
    recorded = with_made_from(source, json.loads(source))
    if not args.check:
        generate(committed)
        with open(exhibit_file, "w", encoding="utf-8", newline="\n") as f:
            f.write(recorded)
        return 0
    if recorded != source:
        print("content/exhibit.json: a narration's madeFrom is not the fingerprint of the words it "
              "speaks; run tools/generate-narration.py", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as fresh, tempfile.TemporaryDirectory() as work:
        generate(fresh)
        names = sorted(os.listdir(fresh))
        problems = [f"media/narration/{n}: not produced by the script"
                    for n in sorted(set(os.listdir(committed)) - set(names))]
        for n in names:
            ours, theirs = os.path.join(fresh, n), os.path.join(committed, n)
            if not os.path.exists(theirs):
                problems.append(f"media/narration/{n}: missing; run tools/generate-narration.py")
            elif n.endswith(".vtt"):
                # Cue times come from sample counts: they must match to the millisecond.
                if not filecmp.cmp(ours, theirs, shallow=False):
                    problems.append(f"media/narration/{n}: captions differ from a fresh run")
            else:
                verdict = same_audio(ours, theirs, work)
                if verdict is None:
                    problems.append(f"media/narration/{n}: audio differs from a fresh run")
                else:
                    print(f"media/narration/{n}: {verdict}")
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            return 1
        print(f"{len(names)} narration files match a fresh run")
        return 0


if __name__ == "__main__":
    if not all(shutil.which(t) for t in ("text2wave", "espeak-ng", "sox", "opusenc", "opusdec")):
        sys.exit("generate-narration: needs text2wave, espeak-ng, sox, opusenc and opusdec "
                 "(apt-get install festival festvox-us-slt-hts espeak-ng sox opus-tools)")
    sys.exit(main())
