#!/usr/bin/env python3
"""Paints the key figures' portraits as ink-and-colour SVG busts under
media/portraits/, in the manner of Song court portraits: a bust on silk-paper,
the sitter's dress telling who they were (an emperor's red robe and winged
futou cap, an official's purple robe, a general's helmet and armour, a Jurchen
prince's braids, fur cap and left-closing robe) and a red seal with the name.

They are illustrations made for the exhibit, not likenesses: no portrait from
life survives for most of these people. Deterministic, standard library only,
and limited to what Qt SVG renders (SVG Tiny 1.2), like generate-art.py:

    python3 tools/generate-portraits.py [OUTPUT_DIR]
"""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("generate_art", os.path.join(HERE, "generate-art.py"))
art = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(art)

INK, PAPER, SEAL = art.INK, art.PAPER, art.SEAL
SKIN, SKIN_SHADE = "#ecd8bb", "#d9bf9c"
W, H, CX = 800, 1000, 400

# Dress: (robe colour, trim colour)
EMPEROR = ("#a8432f", "#e9c46a")
OFFICIAL = ("#5e3f66", "#d9c9a8")
SONG_HALO, JIN_HALO = "#e0b071", "#93a3b5"


def mirror(d_left, d_right):
    return d_left + " " + d_right


def ground(svg, halo):
    art.paper_ground(svg)
    fill = svg.radial([(0, halo, 0.55), (0.7, halo, 0.25), (1, halo, 0)], 0.5, 0.5, 0.5)
    svg.add(f'<ellipse cx="{CX}" cy="430" rx="330" ry="330" fill="{fill}"/>')


def robe(svg, colour, trim):
    shade = svg.gradient([(0, colour, 1), (1, "#000000", 0.35)], 0, 0, 0, 1)
    body = "M 110,1000 C 110,800 200,672 330,640 L 470,640 C 600,672 690,800 690,1000 Z"
    svg.path(body, fill=colour)
    svg.path(body, fill=shade)
    svg.path(body, stroke=INK, width=4)
    # folds, in ink
    for d in ("M 240,760 C 250,840 240,920 230,1000", "M 560,760 C 550,840 560,920 570,1000",
              "M 330,700 C 340,800 330,900 335,1000", "M 470,700 C 460,800 470,900 465,1000"):
        svg.path(d, stroke=INK, width=2.5, opacity=0.45)


def round_collar(svg, trim):
    svg.add(f'<ellipse cx="{CX}" cy="652" rx="104" ry="44" fill="{INK}" opacity="0.85"/>')
    svg.add(f'<ellipse cx="{CX}" cy="648" rx="92" ry="36" fill="{trim}"/>')
    svg.add(f'<ellipse cx="{CX}" cy="644" rx="70" ry="26" fill="{SKIN_SHADE}"/>')


def lapel_robe(svg, colour, fur):
    """A Jurchen robe closing on the left, with a fur collar."""
    robe(svg, colour, fur)
    svg.path("M 320,640 C 380,700 470,770 560,820 L 590,790 C 500,740 420,690 365,632 Z", fill=fur)
    svg.path("M 320,640 C 380,700 470,770 560,820", stroke=INK, width=3, opacity=0.7)
    # fur tufts along the collar
    for i in range(9):
        x = 330 + i * 28
        y = 650 + i * 19
        svg.path(f"M {x},{y} q 8,-14 16,0 q 8,-12 14,2", stroke="#6b5137", width=2.2, opacity=0.7)


def armour(svg, steel, cloak):
    svg.path("M 110,1000 C 110,800 190,690 300,660 L 300,1000 Z", fill=cloak)
    svg.path("M 690,1000 C 690,800 610,690 500,660 L 500,1000 Z", fill=cloak)
    plate = "M 170,1000 C 170,820 240,690 330,650 L 470,650 C 560,690 630,820 630,1000 Z"
    svg.path(plate, fill=steel)
    svg.path(plate, stroke=INK, width=4)
    # scales: rows of small arcs inside the breastplate
    for row in range(11):
        y = 700 + row * 28
        half = 130 + row * 14
        x = CX - half + (row % 2) * 14
        while x < CX + half:
            svg.path(f"M {x},{y} q 14,16 28,0", stroke=INK, width=1.8, opacity=0.5)
            x += 28
    # round shoulder guards
    for sx in (220, 580):
        svg.add(f'<ellipse cx="{sx}" cy="720" rx="78" ry="52" fill="{steel}" stroke="{INK}" stroke-width="4"/>')
        svg.add(f'<ellipse cx="{sx}" cy="720" rx="46" ry="28" fill="none" stroke="{INK}" stroke-width="2" opacity="0.5"/>')
    svg.add(f'<rect x="{CX - 60}" y="630" width="120" height="36" rx="12" fill="{cloak}" stroke="{INK}" stroke-width="3"/>')


def face(svg, age=0.3, eyes="calm", brows=INK):
    svg.add(f'<rect x="{CX - 42}" y="520" width="84" height="130" fill="{SKIN_SHADE}"/>')
    for ex in (292, 508):
        svg.add(f'<ellipse cx="{ex}" cy="440" rx="20" ry="34" fill="{SKIN}" stroke="{INK}" stroke-width="3"/>')
    shade = svg.radial([(0, SKIN, 1), (0.75, SKIN, 1), (1, SKIN_SHADE, 1)], 0.5, 0.45, 0.6)
    svg.add(f'<ellipse cx="{CX}" cy="430" rx="110" ry="140" fill="{shade}" stroke="{INK}" stroke-width="3.5"/>')
    svg.path(mirror("M 332,392 Q 356,374 384,388", "M 416,388 Q 444,374 468,392"), stroke=brows, width=6)
    if eyes == "narrow":
        svg.path(mirror("M 338,420 Q 360,412 382,420", "M 418,420 Q 440,412 462,420"), stroke=INK, width=4)
    else:
        for x0 in (338, 418):
            svg.path(f"M {x0},420 Q {x0 + 22},404 {x0 + 44},420 Q {x0 + 22},428 {x0},420 Z", fill="#f7efe0",
                     stroke=INK, width=3)
            svg.add(f'<circle cx="{x0 + 23}" cy="417" r="6.5" fill="{INK}"/>')
    svg.path("M 402,425 Q 396,466 388,480 Q 401,490 414,481", stroke=INK, width=3, opacity=0.8)
    svg.path("M 374,520 Q 400,528 426,520", stroke="#7d3b2f", width=4)
    if age > 0.5:  # the lines of an older face
        svg.path(mirror("M 330,450 Q 338,470 350,478", "M 470,450 Q 462,470 450,478"), stroke=INK, width=2, opacity=0.45)
        svg.path(mirror("M 368,488 Q 360,512 366,532", "M 432,488 Q 440,512 434,532"), stroke=INK, width=2, opacity=0.45)
        svg.path("M 350,330 Q 400,318 450,330", stroke=INK, width=2, opacity=0.35)


def beard(svg, style, colour=INK):
    if style in ("moustache", "goatee", "full", "long"):
        svg.path(mirror("M 398,502 C 380,496 356,504 340,528 C 362,516 382,512 398,510 Z",
                        "M 402,502 C 420,496 444,504 460,528 C 438,516 418,512 402,510 Z"), fill=colour)
    if style == "goatee":
        svg.path("M 384,540 Q 400,612 416,540 Q 400,548 384,540 Z", fill=colour)
    if style == "full":
        svg.path("M 300,470 C 300,560 340,620 400,632 C 460,620 500,560 500,470 C 480,540 450,560 430,548 "
                 "Q 400,560 370,548 C 350,560 320,540 300,470 Z", fill=colour)
    if style == "long":
        svg.path("M 350,530 C 340,610 362,700 400,760 C 438,700 460,610 450,530 Q 400,556 350,530 Z", fill=colour)
        for x in (372, 388, 404, 420):
            svg.path(f"M {x},560 C {x - 4},620 {x + 4},680 {x},730", stroke=INK, width=1.5, opacity=0.35)


def futou(svg, wing_colour=INK):
    """The black winged cap of Song emperors and officials."""
    svg.path("M 288,338 C 288,236 512,236 512,338 Z", fill=INK)
    svg.path("M 330,292 C 330,206 470,206 470,292 Z", fill=INK)
    svg.path("M 288,338 L 512,338", stroke="#3b332c", width=6)
    for x0, x1 in ((70, 292), (508, 730)):
        svg.add(f'<rect x="{x0}" y="318" width="{x1 - x0}" height="13" rx="5" fill="{wing_colour}"/>')


def helmet(svg, steel="#8d9096", plume="#b3342b"):
    svg.path("M 396,230 L 404,230 L 404,204 L 396,204 Z", fill=INK)
    svg.path("M 400,210 C 370,196 378,168 400,146 C 422,168 430,196 400,210 Z", fill=plume)
    svg.path("M 282,370 C 276,226 524,226 518,370 Z", fill=steel, stroke=INK, width=4)
    svg.add(f'<rect x="276" y="346" width="248" height="30" rx="8" fill="{INK}" opacity="0.85"/>')
    svg.path("M 282,372 L 250,500 L 306,500 L 306,376 Z", fill=steel, stroke=INK, width=3)
    svg.path("M 518,372 L 550,500 L 494,500 L 494,376 Z", fill=steel, stroke=INK, width=3)
    svg.path("M 340,300 C 360,262 440,262 460,300", stroke=PAPER, width=4, opacity=0.35)


def fur_cap(svg, crown="#5d4330", fur="#a98a66"):
    svg.path("M 290,352 C 284,226 516,226 510,352 Z", fill=crown, stroke=INK, width=3)
    svg.path("M 278,330 Q 300,312 320,330 Q 340,312 360,330 Q 380,312 400,330 Q 420,312 440,330 "
             "Q 460,312 480,330 Q 500,312 522,330 L 526,382 Q 400,362 274,382 Z", fill=fur, stroke=INK, width=2.5)


def jurchen_hair(svg, earring=True):
    """Shaved crown, hair left at the temples and braided behind the ears."""
    svg.path("M 292,360 C 290,300 300,290 316,300 L 318,380 Z", fill=INK)
    svg.path("M 508,360 C 510,300 500,290 484,300 L 482,380 Z", fill=INK)
    for x in (300, 500):
        d = f"M {x},470 " + " ".join(f"Q {x + (10 if i % 2 else -10)},{490 + i * 24} {x},{502 + i * 24}" for i in range(7))
        svg.path(d, stroke=INK, width=9)
    if earring:
        for x in (292, 508):
            svg.add(f'<circle cx="{x}" cy="482" r="11" fill="none" stroke="#c9a24a" stroke-width="4"/>')


def jurchen_helmet(svg, steel="#6f7478", fur="#8c6d4c"):
    svg.path("M 286,360 C 280,230 520,230 514,360 Z", fill=steel, stroke=INK, width=4)
    svg.path("M 396,232 L 404,232 L 404,196 L 396,196 Z", fill=INK)
    svg.add(f'<circle cx="400" cy="190" r="12" fill="{SEAL}"/>')
    svg.path("M 278,340 Q 400,318 522,340 L 526,384 Q 400,364 274,384 Z", fill=fur, stroke=INK, width=2.5)
    svg.path("M 280,380 C 262,440 270,500 300,530 L 312,470 Z", fill=fur, stroke=INK, width=2.5)
    svg.path("M 520,380 C 538,440 530,500 500,530 L 488,470 Z", fill=fur, stroke=INK, width=2.5)


def seal(svg, text):
    """A tall name seal: the characters one above the other, as on a painting."""
    size, step = 96, 76
    height = 24 + step * len(text)
    x, y = W - size - 36, H - height - 36
    svg.add(f'<rect x="{x}" y="{y}" width="{size}" height="{height}" rx="4" fill="{SEAL}" opacity="0.92"/>')
    svg.add(f'<rect x="{x + 6}" y="{y + 6}" width="{size - 12}" height="{height - 12}" rx="2" fill="none" '
            f'stroke="{PAPER}" stroke-width="2.5" opacity="0.8"/>')
    for i, char in enumerate(text):
        svg.add(f'<text x="{x + size / 2}" y="{y + 12 + step * (i + 1) - 12}" font-family="Noto Serif CJK SC" '
                f'font-weight="bold" font-size="62" fill="{PAPER}" text-anchor="middle">{char}</text>')


def portrait(out, title, halo, dress, head, beard_style, seal_text, age=0.3, eyes="calm", beard_colour=INK):
    svg = art.Svg(W, H)
    ground(svg, halo)
    # The sitter is drawn on a 800x1000 plan and enlarged from the bottom
    # centre, so the bust fills the frame as in a court portrait.
    svg.add(f'<g transform="translate({CX},{H}) scale(1.12) translate({-CX},{-H})">')
    kind, colour, trim = dress
    if kind == "robe":
        robe(svg, colour, trim)
    elif kind == "lapel":
        lapel_robe(svg, colour, trim)
    else:
        armour(svg, colour, trim)
    face(svg, age, eyes, brows="#b9b2a6" if age > 0.8 else INK)
    if kind == "robe":
        round_collar(svg, trim)
    beard(svg, beard_style, beard_colour)
    head(svg)
    svg.add("</g>")
    seal(svg, seal_text)
    svg.save(out, title)


FIGURES = {
    "huizong": ("Emperor Huizong of Song", SONG_HALO, ("robe",) + EMPEROR, futou, "goatee", "徽宗"),
    "qinzong": ("Emperor Qinzong of Song", SONG_HALO, ("robe", "#8f3a2a", "#e9c46a"), futou, "moustache", "钦宗", 0.2),
    "gaozong": ("Emperor Gaozong of Song", SONG_HALO, ("robe",) + EMPEROR, futou, "full", "高宗"),
    "li-gang": ("Li Gang", SONG_HALO, ("robe",) + OFFICIAL, futou, "full", "李纲"),
    "zong-ze": ("Zong Ze", SONG_HALO, ("robe",) + OFFICIAL, futou, "long", "宗泽", 0.9, "calm", "#e4ddd0"),
    "yue-fei": ("Yue Fei", SONG_HALO, ("armour", "#8d9096", "#a8322b"), helmet, "moustache", "岳飞"),
    "han-shizhong": ("Han Shizhong", SONG_HALO, ("armour", "#6c6a63", "#5b3a2e"),
                     lambda svg: helmet(svg, "#6c6a63", "#1f1a16"), "full", "韩世忠", 0.5),
    "qin-hui": ("Qin Hui", SONG_HALO, ("robe", "#4b4f3a", "#d9c9a8"), futou, "goatee", "秦桧", 0.5, "narrow"),
    "wanyan-aguda": ("Wanyan Aguda, Emperor Taizu of Jin", JIN_HALO, ("lapel", "#6b4a2f", "#b89a74"),
                     fur_cap, "full", "阿骨打", 0.6),
    "wanyan-zonghan": ("Wanyan Zonghan", JIN_HALO, ("lapel", "#2f4a63", "#a98a66"), jurchen_hair, "moustache", "宗翰", 0.5),
    "wanyan-zongwang": ("Wanyan Zongwang", JIN_HALO, ("lapel", "#3c5a46", "#a98a66"), jurchen_hair, "goatee", "宗望"),
    "wuzhu": ("Wuzhu (Wanyan Zongbi)", JIN_HALO, ("lapel", "#4c4f59", "#8c6d4c"), jurchen_helmet, "moustache", "兀术", 0.4),
}


def main():
    root = os.path.dirname(HERE)
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "media", "portraits")
    os.makedirs(out_dir, exist_ok=True)
    for name, spec in FIGURES.items():
        portrait(os.path.join(out_dir, f"{name}.svg"), *spec)
        print(f"wrote {name}.svg")


if __name__ == "__main__":
    main()
