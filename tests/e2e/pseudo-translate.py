#!/usr/bin/env python3
"""A translator's work, simulated: fills every empty target of an XLIFF 1.2
export with a pseudo-translation of its source, as localisation teams test a
new language before its translators deliver (the en-XA pseudo-locale):

  "Battles" -> "[Ɓåţţļéš ···]"      "战役" -> "【战役】" (from Chinese)

Letters take accents (tall marks, for text that must not be clipped), short
texts grow by about 40% as German or French would (within the unit's
maxwidth), and brackets mark where each text begins and ends. Numbers, dates
and punctuation stay as they are, so the exhibit's facts remain readable.

  pseudo-translate.py IN.xlf OUT.xlf
"""
import sys
import xml.etree.ElementTree as ET

NS = "urn:oasis:names:tc:xliff:document:1.2"
ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ")


def pseudo_chinese(source, maxwidth):
    # Chinese keeps its characters (its own typeface is what is tested);
    # the corner brackets mark where each text begins and ends.
    text = "【" + source + "】"
    return text if maxwidth is None or len(text) <= maxwidth else source


def pseudo(source, maxwidth):
    text = source.translate(ACCENTS)
    if len(text) <= 60:  # labels and titles: where longer words break layouts
        text += " " + "·" * max(1, round(len(text) * 0.4))
    if maxwidth is None or len(text) + 2 <= maxwidth:
        text = "[" + text + "]"
    return text[:maxwidth] if maxwidth else text


def main(inp, out):
    ET.register_namespace("", NS)
    tree = ET.parse(inp)
    chinese = tree.getroot().find(f"{{{NS}}}file").get("source-language", "").startswith("zh")
    translate = pseudo_chinese if chinese else pseudo
    filled = 0
    for unit in tree.iter(f"{{{NS}}}trans-unit"):
        source = unit.find(f"{{{NS}}}source")
        target = unit.find(f"{{{NS}}}target")
        if target is None:
            target = ET.SubElement(unit, f"{{{NS}}}target")
        if (target.text or "").strip():
            continue
        width = unit.get("maxwidth")
        target.text = translate(source.text or "", int(width) if width else None)
        target.set("state", "translated")
        filled += 1
    tree.write(out, encoding="UTF-8", xml_declaration=True)
    print(f"pseudo-translated {filled} texts into {out}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
