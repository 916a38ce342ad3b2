#!/usr/bin/env python3
"""Every interface string has its translation, and the .ts files hold what the sources say now.

    translations-complete.py LUPDATE SOURCE_DIR

For each Qt Linguist file under i18n/: no message left unfinished, and none the sources no
longer have (lupdate marks them vanished or obsolete). Then lupdate is run on the sources into
a temporary file, and its messages (context and source text) must be exactly the committed
file's: a string added, changed or removed in the code without `lupdate` fails here, naming it.
"""

import os
import re
import subprocess
import sys
import tempfile

# Which sources each file translates (as CMakeLists.txt passes them to qt_add_translations),
# and lupdate's options; None: only checked for completeness (the kiosk's file, whose sources
# are its QML module's).
STUDIO = ["app/studio", "app/studioapp", "qml/studio"]
FILES = {
    "i18n/exhibit_zh.ts": (None, []),
    "i18n/exhibit-studio_zh.ts": (STUDIO, []),
    "i18n/exhibit-studio_en.ts": (STUDIO, ["-pluralonly"]),
}


def messages(ts_text):
    found = set()
    for context in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", ts_text, re.S):
        for message in re.finditer(r"<message[^>]*>.*?<source>(.*?)</source>(.*?)</message>", context.group(2), re.S):
            found.add((context.group(1), message.group(1), message.group(2)))
    return found


def main():
    lupdate, root = sys.argv[1], sys.argv[2]
    problems = []
    for name, (folders, options) in FILES.items():
        path = os.path.join(root, name)
        with open(path, encoding="utf-8") as f:
            committed = messages(f.read())
        for context, source, translation in sorted(committed):
            if 'type="unfinished"' in translation:
                problems.append(f"{name}: {context}: \"{source}\" is not translated")
            if 'type="vanished"' in translation or 'type="obsolete"' in translation:
                problems.append(f"{name}: {context}: \"{source}\" is no longer in the sources; run lupdate")
        if folders is None:
            continue
        sources = []
        for folder in folders:
            for directory, _, files in os.walk(os.path.join(root, folder)):
                sources += [os.path.join(directory, f) for f in files if f.endswith((".h", ".cpp", ".qml"))]
        with tempfile.TemporaryDirectory() as work:
            fresh_path = os.path.join(work, os.path.basename(name))
            subprocess.run([lupdate, "-silent", *options, *sorted(sources), "-ts", fresh_path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            with open(fresh_path, encoding="utf-8") as f:
                fresh = {(c, s) for c, s, _ in messages(f.read())}
        current = {(c, s) for c, s, t in committed if 'type="vanished"' not in t and 'type="obsolete"' not in t}
        for context, source in sorted(fresh - current):
            problems.append(f"{name}: {context}: \"{source}\" is in the sources but not here; run lupdate and translate it")
        for context, source in sorted(current - fresh):
            problems.append(f"{name}: {context}: \"{source}\" is here but no longer in the sources; run lupdate")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print(f"{len(FILES)} translation files complete and current")
    return 0


if __name__ == "__main__":
    sys.exit(main())
