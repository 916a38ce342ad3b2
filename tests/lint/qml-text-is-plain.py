#!/usr/bin/env python3
"""Every Text in the kiosk's QML shows its text as plain text.

    qml-text-is-plain.py QML_DIR

A Text that does not set `textFormat: Text.PlainText` renders anything that
looks like HTML as styled text: a content database could then make the kiosk
fetch remote images, show local files, or change fonts. Lists each Text (and
Label) without it, FILE:LINE, and exits 1 if there is any.
"""

import os
import re
import sys

TEXT_TYPES = re.compile(r"^\s*(?:[A-Za-z]+\.)?(Text|Label)\s*\{")
PLAIN = re.compile(r"^\s*textFormat\s*:\s*Text\.PlainText\s*(//.*)?$")


def strip_strings(line):
    """The line without string literals or a trailing comment, for counting braces."""
    line = re.sub(r'"(\\.|[^"\\])*"', '""', line)
    line = re.sub(r"'(\\.|[^'\\])*'", "''", line)
    return line.split("//", 1)[0]


def text_blocks(lines):
    """(first line number, [top-level lines of the block]) of each Text or Label."""
    for start, line in enumerate(lines):
        if not TEXT_TYPES.match(line):
            continue
        depth, own = 0, []
        for line in lines[start:]:
            code = strip_strings(line)
            if depth == 1:
                own.append(line)
            depth += code.count("{") - code.count("}")
            if depth <= 0:
                break
        if not own:  # a block on one line: Text { text: x; textFormat: Text.PlainText }
            own = [part + " " for part in strip_strings(lines[start]).split("{", 1)[1].rsplit("}", 1)[0].split(";")]
        yield start + 1, own


def main(root):
    missing = []
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            if not name.endswith(".qml"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
            for number, own in text_blocks(lines):
                if not any(PLAIN.match(line) for line in own):
                    missing.append(f"{path}:{number}: a Text without 'textFormat: Text.PlainText'")
    for problem in missing:
        print(problem)
    if missing:
        print(f"{len(missing)} text items may render markup from content; add 'textFormat: Text.PlainText'")
        return 1
    print("every Text shows plain text")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
