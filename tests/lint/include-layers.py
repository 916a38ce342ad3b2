#!/usr/bin/env python3
"""Every include in app/ names its folder, and only reaches down the layers.

    include-layers.py APP_DIR AREA=USES[,USES...] ...

Each AREA=USES argument is one area library as CMake declares it
(app/layers.cmake): the folder app/AREA and the areas it links. An area may
include its own headers and those of every area it reaches through USES.
Lists each include that breaks that, FILE:LINE, and exits 1 if there is any:

  - a project header included by bare name ("contentstore.h" instead of
    "models/contentstore.h"), which would hide which layer it comes from;
  - a header of an area this one does not use (an include against the
    direction of the layers, or across to a sibling not linked).
"""

import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def reachable(uses, area):
    """The areas `area` may include: itself and everything below it."""
    seen, todo = set(), [area]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        todo.extend(uses.get(current, ()))
    return seen


def main():
    if len(sys.argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    app_dir = sys.argv[1]
    uses = {}
    for arg in sys.argv[2:]:
        area, _, below = arg.partition("=")
        uses[area] = [b for b in below.split(",") if b]
    headers = {}
    for area in uses:
        folder = os.path.join(app_dir, area)
        if not os.path.isdir(folder):
            print(f"{folder}: no such folder for area '{area}'", file=sys.stderr)
            return 2
        for name in os.listdir(folder):
            if name.endswith(".h"):
                headers.setdefault(name, []).append(area)
    problems = 0
    for area in sorted(uses):
        allowed = reachable(uses, area)
        folder = os.path.join(app_dir, area)
        for name in sorted(os.listdir(folder)):
            if not name.endswith((".h", ".cpp")):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as source:
                for number, line in enumerate(source, 1):
                    match = INCLUDE.match(line)
                    if not match:
                        continue
                    included = match.group(1)
                    where = f"{os.path.relpath(path)}:{number}"
                    if "/" not in included:
                        if included in headers:
                            print(f"{where}: \"{included}\" by bare name; write "
                                  f"\"{headers[included][0]}/{included}\"")
                            problems += 1
                        continue
                    target = included.split("/", 1)[0]
                    if target not in uses:
                        continue
                    if not os.path.exists(os.path.join(app_dir, included)):
                        print(f"{where}: \"{included}\" does not exist")
                        problems += 1
                    elif target not in allowed:
                        print(f"{where}: {area} includes \"{included}\", but {area} does not use "
                              f"{target} (it uses: {', '.join(sorted(allowed - {area})) or 'nothing'})")
                        problems += 1
    if problems:
        print(f"{problems} include(s) against the layers (app/layers.cmake)")
        return 1
    print(f"includes follow the layers in {len(uses)} areas")
    return 0


if __name__ == "__main__":
    sys.exit(main())
