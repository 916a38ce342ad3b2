#!/usr/bin/env python3
"""Writes an exhibit JSON COPIES times the bundled one, for bench/scale.sh.

Every list a curator grows is repeated: timeline events (kept in date order)
and key figures, each copy with its own id. The five chapters are the
exhibit's fixed outline (the importer accepts only those ids) and the
territory map's four years are history's, so both stay as they are; each
chapter's text is repeated instead, so a chapter page is COPIES times as
long. Media paths are shared, so the copies need no new files.

    bench/make-large-content.py content/exhibit.json OUT.json [COPIES] [--timeline-only]

With --timeline-only, only the timeline grows (bench/validation.sh: 100,000
events, everything else as bundled).
"""
import json
import sys


def copy_id(identifier, copy):
    return identifier if copy == 0 else f"{identifier}-{copy}"


def main():
    timeline_only = "--timeline-only" in sys.argv
    arguments = [argument for argument in sys.argv[1:] if argument != "--timeline-only"]
    source, target = arguments[0], arguments[1]
    copies = int(arguments[2]) if len(arguments) > 2 else 100
    with open(source, encoding="utf-8") as f:
        exhibit = json.load(f)
    timeline, figures = [], []
    for copy in range(copies):
        for event in exhibit["timeline"]:
            timeline.append(dict(event, id=copy_id(event["id"], copy)))
        for figure in exhibit["figures"] if copy == 0 or not timeline_only else []:
            figures.append(dict(figure, id=copy_id(figure["id"], copy)))
    timeline.sort(key=lambda event: event["date"])  # stable: copies of an event stay together
    for chapter in exhibit["chapters"] if not timeline_only else []:
        chapter["body"] = {language: paragraphs * copies for language, paragraphs in chapter["body"].items()}
    exhibit.update(timeline=timeline, figures=figures)
    with open(target, "w", encoding="utf-8") as f:
        json.dump(exhibit, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
