#!/usr/bin/env python3
"""Paints the exhibit's illustrations as ink-wash SVG files under media/images/.

Deterministic (fixed seeds), standard library only, and limited to what Qt SVG
renders (SVG Tiny 1.2: paths, gradients, opacity; no filters, masks or clips),
so anyone can rerun it after changing a picture and get the same files:

    python3 tools/generate-art.py [OUTPUT_DIR]

Each chapter picture is a 1200x1200 square with its subject in the middle, so
it crops well to the tall menu tiles, the square chapter panel (landscape) and
the wide one (portrait). The attract layers are wide, transparent, and meant
to drift over the dark attract background.
"""

import math
import os
import random
import sys

PAPER = "#efe4cf"
INK = "#1f1a16"
SEAL = "#a8322b"


class Svg:
    def __init__(self, width, height, background=None):
        self.width, self.height = width, height
        self.defs, self.body = [], []
        self._ids = 0
        if background:
            self.body.append(f'<rect width="{width}" height="{height}" fill="{background}"/>')

    def gradient(self, stops, x1=0, y1=0, x2=0, y2=1):
        self._ids += 1
        gid = f"g{self._ids}"
        s = "".join(f'<stop offset="{o}" stop-color="{c}" stop-opacity="{a}"/>' for o, c, a in stops)
        self.defs.append(f'<linearGradient id="{gid}" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}">{s}</linearGradient>')
        return f"url(#{gid})"

    def radial(self, stops, cx=0.5, cy=0.5, r=0.5):
        self._ids += 1
        gid = f"r{self._ids}"
        s = "".join(f'<stop offset="{o}" stop-color="{c}" stop-opacity="{a}"/>' for o, c, a in stops)
        self.defs.append(f'<radialGradient id="{gid}" cx="{cx}" cy="{cy}" r="{r}">{s}</radialGradient>')
        return f"url(#{gid})"

    def add(self, element):
        self.body.append(element)

    def path(self, d, fill="none", stroke=None, width=1, opacity=1.0, cap="round"):
        attrs = f'd="{d}" fill="{fill}"'
        if stroke:
            attrs += f' stroke="{stroke}" stroke-width="{width:.1f}" stroke-linecap="{cap}" stroke-linejoin="round"'
        if opacity < 1:
            attrs += f' opacity="{opacity:.2f}"'
        self.body.append(f"<path {attrs}/>")

    def save(self, filename, title):
        with open(filename, "w", encoding="utf-8") as out:
            out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
            out.write(f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
                      f'width="{self.width}" height="{self.height}" viewBox="0 0 {self.width} {self.height}">\n')
            out.write(f"<title>{title}</title>\n")
            out.write("<defs>" + "".join(self.defs) + "</defs>\n")
            out.write("\n".join(self.body) + "\n</svg>\n")


def pts(points):
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in points)


def ridge(rng, x0, x1, base, height, roughness=0.55, steps=7, peaks=None):
    """A mountain ridge line by midpoint displacement, optionally lifted at peaks."""
    line = [(x0, base - rng.uniform(0.2, 0.5) * height), (x1, base - rng.uniform(0.2, 0.5) * height)]
    spread = height
    for _ in range(steps):
        nxt = []
        for (ax, ay), (bx, by) in zip(line, line[1:]):
            nxt.append((ax, ay))
            nxt.append(((ax + bx) / 2, (ay + by) / 2 + rng.uniform(-spread, spread) * 0.5))
        nxt.append(line[-1])
        line = nxt
        spread *= roughness
    if peaks:
        lifted = []
        for x, y in line:
            lift = sum(h * math.exp(-((x - px) / w) ** 2) for px, w, h in peaks)
            lifted.append((x, y - lift))
        line = lifted
    return [(x, min(y, base)) for x, y in line]


def taper(line, base, x0, x1, margin):
    """Lets a ridge that does not span the picture slope down to its foot."""
    out = []
    for x, y in line:
        edge = min(x - x0, x1 - x) / margin
        k = max(0.0, min(1.0, edge)) ** 0.7
        out.append((x, base - (base - y) * k))
    return out


def mountain_layer(svg, rng, x0, x1, base, height, color, top_alpha, bottom, peaks=None, bottom_alpha=0.0):
    line = ridge(rng, x0, x1, base, height, peaks=peaks)
    partial = x0 > 0 or x1 < svg.width
    if partial:
        # a lone massif stands on its own foot, rather than on a wall of mist
        line = taper(line, base, x0, x1, (x1 - x0) * 0.22)
        bottom = base
    fill = svg.gradient([(0, color, top_alpha), (1, color, bottom_alpha)], 0, 0, 0, 1)
    # the gradient spans the layer's own box: dark crest fading into mist
    d = f"M {x0},{bottom} L " + pts(line) + f" L {x1},{bottom} Z"
    svg.path(d, fill=fill)
    svg.path("M " + pts(line), stroke=color, width=2.2, opacity=min(1.0, top_alpha + 0.1))


def mist(svg, y, h, color=PAPER, alpha=0.85):
    fill = svg.gradient([(0, color, 0), (0.5, color, alpha), (1, color, 0)])
    svg.add(f'<rect x="0" y="{y}" width="{svg.width}" height="{h}" fill="{fill}"/>')


def paper_ground(svg):
    fill = svg.radial([(0, "#f6eedd", 1), (0.75, PAPER, 1), (1, "#dfcfb2", 1)], 0.5, 0.45, 0.75)
    svg.add(f'<rect width="{svg.width}" height="{svg.height}" fill="{fill}"/>')


def seal(svg, x, y, size, text):
    svg.add(f'<rect x="{x}" y="{y}" width="{size}" height="{size}" rx="4" fill="{SEAL}" opacity="0.9"/>')
    svg.add(f'<rect x="{x + 5}" y="{y + 5}" width="{size - 10}" height="{size - 10}" rx="2" fill="none" '
            f'stroke="{PAPER}" stroke-width="2.5" opacity="0.8"/>')
    svg.add(f'<text x="{x + size / 2}" y="{y + size * 0.7}" font-family="Noto Serif CJK SC" font-weight="bold" '
            f'font-size="{size * 0.55:.0f}" fill="{PAPER}" text-anchor="middle">{text}</text>')


def song_roof(svg, cx, y, width, height, color=INK, tiers=1):
    """A hip roof with upturned eaves, the silhouette of Song halls and gate towers."""
    for t in range(tiers):
        w = width * (1 - 0.22 * t)
        yy = y - t * height * 1.35
        half = w / 2
        d = (f"M {cx - half - w * 0.06},{yy - height * 0.18} "
             f"Q {cx - half * 0.8},{yy + height * 0.05} {cx - half * 0.55},{yy} "
             f"L {cx - half * 0.3},{yy - height * 0.85} Q {cx},{yy - height * 1.02} {cx + half * 0.3},{yy - height * 0.85} "
             f"L {cx + half * 0.55},{yy} Q {cx + half * 0.8},{yy + height * 0.05} {cx + half + w * 0.06},{yy - height * 0.18} "
             f"Q {cx + half * 0.9},{yy + height * 0.22} {cx},{yy + height * 0.2} "
             f"Q {cx - half * 0.9},{yy + height * 0.22} {cx - half - w * 0.06},{yy - height * 0.18} Z")
        svg.path(d, fill=color)
        if t + 1 < tiers:  # the storey under the next roof
            svg.add(f'<rect x="{cx - w * 0.32:.1f}" y="{yy - height * 1.35:.1f}" width="{w * 0.64:.1f}" '
                    f'height="{height * 1.35:.1f}" fill="{color}" opacity="0.85"/>')


def gate_tower(svg, cx, base, width, color=INK):
    """A gate tower standing on the wall top at `base`: platform, columns, two roofs."""
    platform = width * 0.12
    svg.add(f'<rect x="{cx - width * 0.42:.1f}" y="{base - platform:.1f}" width="{width * 0.84:.1f}" '
            f'height="{platform + 2:.1f}" fill="{color}" opacity="0.95"/>')
    column = width * 0.2
    for i in range(-2, 3):
        x = cx + i * width * 0.16
        svg.add(f'<rect x="{x - 3:.1f}" y="{base - platform - column:.1f}" width="6" height="{column:.1f}" fill="{color}"/>')
    svg.add(f'<rect x="{cx - width * 0.36:.1f}" y="{base - platform - column * 0.25:.1f}" width="{width * 0.72:.1f}" '
            f'height="5" fill="{color}"/>')
    song_roof(svg, cx, base - platform - column, width * 0.95, width * 0.2, color, tiers=2)


def city_wall(svg, x0, x1, top, base, color=INK, alpha=0.9, crenel=26, courses=True):
    d = f"M {x0},{base} L {x0},{top} "
    x = x0
    up = True
    while x < x1:
        nx = min(x1, x + crenel)
        y = top if up else top + crenel * 0.5
        d += f"L {x},{y} L {nx},{y} "
        x = nx
        up = not up
    d += f"L {x1},{base} Z"
    svg.path(d, fill=color, opacity=alpha)
    # courses of brick, drawn as faint lines (not on night silhouettes)
    for i in range(1, 5 if courses else 1):
        y = top + (base - top) * i / 5
        svg.path(f"M {x0},{y:.1f} L {x1},{y:.1f}", stroke=PAPER, width=1.2, opacity=0.12)


def boat(svg, cx, y, length, color=INK, sail=True, sails=2):
    """A Song junk: a curved hull and batten sails."""
    half = length / 2
    hull = (f"M {cx - half},{y - length * 0.08} Q {cx - half * 0.6},{y + length * 0.1} {cx},{y + length * 0.1} "
            f"Q {cx + half * 0.6},{y + length * 0.1} {cx + half},{y - length * 0.12} "
            f"Q {cx},{y - length * 0.02} {cx - half},{y - length * 0.08} Z")
    svg.path(hull, fill=color)
    if sail:
        for i in range(sails):
            mx = cx - length * 0.18 + i * length * 0.34
            h = length * (0.62 - 0.14 * i)
            w = length * 0.26
            svg.path(f"M {mx},{y - length * 0.05} L {mx},{y - h}", stroke=color, width=3)
            sail_d = (f"M {mx + 2},{y - h} Q {mx + w * 0.6},{y - h * 1.02} {mx + w},{y - h * 0.9} "
                      f"L {mx + w * 0.9},{y - length * 0.12} L {mx + 2},{y - length * 0.1} Z")
            svg.path(sail_d, fill="#6b5a48", opacity=0.55)
            for b in range(1, 6):  # battens
                by = y - length * 0.11 - (h - length * 0.11) * b / 6
                svg.path(f"M {mx + 2},{by:.1f} L {mx + w * 0.95},{by - 4:.1f}", stroke=color, width=1.6, opacity=0.7)


def waves(svg, rng, y0, y1, color, rows=9, alpha=0.5):
    """Song-style wave pattern: rows of curling crests."""
    for r in range(rows):
        y = y0 + (y1 - y0) * r / rows
        amp = 6 + r * 2.2
        period = 90 + r * 14
        x = -rng.uniform(0, period)
        d = f"M {x:.1f},{y:.1f} "
        while x < svg.width + period:
            d += f"q {period / 4:.1f},{-amp:.1f} {period / 2:.1f},0 t {period / 2:.1f},0 "
            x += period
        svg.path(d, stroke=color, width=1.5 + r * 0.25, opacity=alpha * (0.5 + r / rows / 2))


def water(svg, rng, top, surface, depth, wave_span, wave_color, rows, alpha):
    """A river, lake or sea from `top` to the bottom: a glaze deepening with depth, and waves."""
    fill = svg.gradient([(0, surface[0], surface[1]), (1, depth[0], depth[1])])
    svg.add(f'<rect x="0" y="{top}" width="{svg.width}" height="{svg.height - top}" fill="{fill}"/>')
    waves(svg, rng, wave_span[0], wave_span[1], wave_color, rows=rows, alpha=alpha)


def pine(svg, rng, x, base, h, color=INK):
    svg.path(f"M {x},{base} Q {x + rng.uniform(-10, 10)},{base - h * 0.5} {x + rng.uniform(-6, 6)},{base - h}",
             stroke=color, width=h * 0.05)
    for i in range(5):
        yy = base - h * (0.35 + i * 0.15)
        w = h * (0.45 - i * 0.06)
        svg.path(f"M {x - w},{yy + 8} Q {x},{yy - 18} {x + w},{yy + 6} Q {x},{yy - 4} {x - w},{yy + 8} Z", fill=color, opacity=0.85)


def willow(svg, rng, x, top, length, color=INK):
    for _ in range(18):
        sx = x + rng.uniform(-60, 60)
        ex = sx + rng.uniform(-30, 10)
        svg.path(f"M {sx:.1f},{top:.1f} Q {sx + rng.uniform(-20, 20):.1f},{top + length * 0.5:.1f} {ex:.1f},{top + length * rng.uniform(0.7, 1.1):.1f}",
                 stroke=color, width=2, opacity=0.55)


def pagoda(svg, cx, base, width, storeys=7, color=INK):
    h = width * 0.42
    y = base
    for s in range(storeys):
        w = width * (1 - s * 0.09)
        svg.add(f'<rect x="{cx - w * 0.3:.1f}" y="{y - h:.1f}" width="{w * 0.6:.1f}" height="{h:.1f}" fill="{color}" opacity="0.88"/>')
        song_roof(svg, cx, y - h, w, h * 0.45, color)
        y -= h * 1.05
    svg.path(f"M {cx},{y} L {cx},{y - width * 0.5}", stroke=color, width=4)


def arched_bridge(svg, x0, x1, y, rise, color=INK):
    d = f"M {x0},{y} Q {(x0 + x1) / 2},{y - rise * 2} {x1},{y}"
    svg.path(d, stroke=color, width=10)
    svg.path(f"M {x0 + 30},{y} Q {(x0 + x1) / 2},{y - rise * 1.2} {x1 - 30},{y}", stroke=color, width=4, opacity=0.7)
    for i in range(1, 10):
        t = i / 10
        x = x0 + (x1 - x0) * t
        yy = (1 - t) ** 2 * y + 2 * (1 - t) * t * (y - rise * 2) + t * t * y
        svg.path(f"M {x:.1f},{yy:.1f} L {x:.1f},{yy - 26:.1f}", stroke=color, width=3)


def sun(svg, cx, cy, r, color=SEAL, alpha=0.85):
    fill = svg.radial([(0, color, alpha), (0.8, color, alpha * 0.9), (1, color, 0)])
    svg.add(f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="{fill}"/>')


def distant_range(svg, rng, base, height, tones, peaks_for=lambda i: None):
    for i, (color, alpha) in enumerate(tones):
        mountain_layer(svg, rng, -20, svg.width + 20, base + i * 40, height * (1 - i * 0.12), color, alpha,
                       base + i * 40 + 260, peaks=peaks_for(i))


# ---------------------------------------------------------------------------
# The pictures
# ---------------------------------------------------------------------------

def background(out):
    """Kaifeng on the Bian canal: a gate tower, the Rainbow Bridge, boats."""
    rng = random.Random(960)
    svg = Svg(1200, 1200)
    paper_ground(svg)
    sun(svg, 880, 250, 70, SEAL, 0.55)
    distant_range(svg, rng, 430, 180, [("#8d8a83", 0.45), ("#6d6860", 0.5)])
    mist(svg, 470, 200)
    city_wall(svg, -10, 1210, 560, 690, INK, 0.82)
    gate_tower(svg, 600, 560, 330)
    mist(svg, 650, 120, alpha=0.7)
    water(svg, rng, 730, ("#9fb5aa", 0.55), ("#6f8f83", 0.35), (760, 1180), "#3c5a50", 8, 0.35)
    arched_bridge(svg, 160, 1040, 840, 120)
    boat(svg, 330, 1000, 280, sails=1)
    boat(svg, 900, 1080, 230, sail=False)
    for x in range(40, 1200, 170):
        willow(svg, rng, x, 700, 120, "#2f3a33")
    seal(svg, 1080, 1080, 84, "汴")
    svg.save(out, "Kaifeng on the Bian canal, Northern Song capital")


def causes(out):
    """The Alliance Conducted at Sea: junks crossing the Bohai under a red sun."""
    rng = random.Random(1120)
    svg = Svg(1200, 1200)
    paper_ground(svg)
    sun(svg, 600, 330, 150, SEAL, 0.8)
    mountain_layer(svg, rng, -20, 520, 560, 200, "#7a766e", 0.55, 760, peaks=[(180, 90, 120)])
    mountain_layer(svg, rng, 700, 1220, 580, 160, "#7a766e", 0.45, 760, peaks=[(1000, 100, 80)])
    mist(svg, 520, 140)
    water(svg, rng, 590, ("#b6c6bc", 0.6), ("#5f7f74", 0.55), (610, 1190), "#2c4a41", 12, 0.55)
    boat(svg, 520, 860, 420, sails=2)
    boat(svg, 930, 720, 180, sails=2, color="#3a342e")
    boat(svg, 190, 700, 140, sails=1, color="#4a433b")
    seal(svg, 1080, 1080, 84, "盟")
    svg.save(out, "Envoys' junks crossing the Bohai Sea")


def battles(out):
    """The siege of Kaifeng in winter: walls, a burning gate, smoke and banners."""
    rng = random.Random(1127)
    svg = Svg(1200, 1200)
    sky = svg.gradient([(0, "#d8cdbb", 1), (0.6, "#e9dfcc", 1), (1, "#cdbfa6", 1)])
    svg.add(f'<rect width="1200" height="1200" fill="{sky}"/>')
    # smoke plumes: stacked soft ellipses of ink
    for i in range(26):
        x = 560 + rng.uniform(-150, 260) + i * 6
        y = 520 - i * 20 + rng.uniform(-20, 20)
        r = 60 + i * 6
        fill = svg.radial([(0, "#2a2521", 0.35), (1, "#2a2521", 0)])
        svg.add(f'<ellipse cx="{x:.0f}" cy="{y:.0f}" rx="{r * 1.4:.0f}" ry="{r:.0f}" fill="{fill}"/>')
    city_wall(svg, -10, 1210, 560, 820, INK, 0.92, crenel=30)
    gate_tower(svg, 600, 560, 360)
    # fire in the gate tower
    for i in range(9):
        x = 520 + rng.uniform(0, 160)
        h = rng.uniform(70, 170)
        fire = svg.gradient([(0, "#f0a040", 0), (0.4, "#d9542b", 0.85), (1, SEAL, 0.95)])
        fb = 560 - 0.12 * 360
        svg.path(f"M {x - 24:.0f},{fb:.0f} Q {x - 10:.0f},{fb - h * 0.6:.0f} {x + rng.uniform(-8, 8):.0f},{fb - h:.0f} "
                 f"Q {x + 14:.0f},{fb - h * 0.5:.0f} {x + 26:.0f},{fb:.0f} Z", fill=fire)
    # siege ladders and a tower against the wall
    for x in (180, 330, 880, 1030):
        svg.path(f"M {x},{990} L {x + 60},{560}", stroke="#3b2f25", width=7)
        svg.path(f"M {x + 40},{990} L {x + 100},{560}", stroke="#3b2f25", width=7)
        for k in range(1, 9):
            t = k / 9
            svg.path(f"M {x + 60 * t:.0f},{990 - 430 * t:.0f} L {x + 40 + 60 * t:.0f},{990 - 430 * t:.0f}", stroke="#3b2f25", width=4)
    # banners
    for x, c in ((120, SEAL), (260, INK), (760, SEAL), (980, INK), (1120, SEAL)):
        svg.path(f"M {x},{1100} L {x},{830}", stroke=INK, width=5)
        svg.path(f"M {x},{830} Q {x + 50},{845} {x + 90},{830} L {x + 80},{900} Q {x + 45},{890} {x},{905} Z", fill=c, opacity=0.85)
    ground = svg.gradient([(0, "#b9a88c", 0.0), (1, "#8a7a62", 0.8)])
    svg.add(f'<rect x="0" y="820" width="1200" height="380" fill="{ground}"/>')
    # snow
    for _ in range(140):
        svg.add(f'<circle cx="{rng.uniform(0, 1200):.0f}" cy="{rng.uniform(0, 1200):.0f}" r="{rng.uniform(1.5, 4):.1f}" '
                f'fill="#fbf7ef" opacity="{rng.uniform(0.5, 0.9):.2f}"/>')
    seal(svg, 1080, 1080, 84, "靖")
    svg.save(out, "The walls of Kaifeng under siege, winter 1126-1127")


def aftermath(out):
    """The Yangtze: warships before misty cliffs, the new southern frontier."""
    rng = random.Random(1130)
    svg = Svg(1200, 1200)
    paper_ground(svg)
    mountain_layer(svg, rng, -20, 1220, 380, 220, "#7f7b73", 0.5, 640, peaks=[(300, 120, 160), (850, 160, 120)])
    mist(svg, 380, 180)
    mountain_layer(svg, rng, -20, 700, 560, 260, "#3b3631", 0.85, 760, peaks=[(220, 110, 220)])
    for x in range(40, 620, 70):
        pine(svg, rng, x + rng.uniform(-15, 15), 560 - rng.uniform(60, 180) + (x - 300) ** 2 / 900, rng.uniform(60, 100), "#2a2622")
    mist(svg, 590, 150, alpha=0.75)
    water(svg, rng, 700, ("#c3cfc6", 0.7), ("#6f8c80", 0.55), (720, 1180), "#34524a", 9, 0.42)
    boat(svg, 760, 960, 400, sails=2)
    boat(svg, 330, 1060, 260, sails=2, color="#3b342d")
    boat(svg, 1050, 800, 150, sails=1, color="#4d463e")
    seal(svg, 1080, 1080, 84, "江")
    svg.save(out, "Song warships on the Yangtze")


def legacy(out):
    """Lin'an and West Lake: a pagoda on the hill, willows, the causeway bridge."""
    rng = random.Random(1138)
    svg = Svg(1200, 1200)
    paper_ground(svg)
    sun(svg, 300, 260, 90, "#f6efe2", 0.95)
    svg.add(f'<circle cx="300" cy="260" r="90" fill="none" stroke="#9b8f7c" stroke-width="2" opacity="0.5"/>')
    mountain_layer(svg, rng, -20, 1220, 470, 200, "#8a877f", 0.45, 700, peaks=[(700, 200, 120)])
    mountain_layer(svg, rng, 480, 1220, 600, 220, "#4a453e", 0.8, 780, peaks=[(860, 140, 180)])
    pagoda(svg, 860, 450, 110, storeys=5)
    mist(svg, 560, 160, alpha=0.8)
    water(svg, rng, 690, ("#cdd8cf", 0.75), ("#87a295", 0.5), (720, 1180), "#47665b", 7, 0.28)
    # causeway with an arched bridge
    svg.path("M -10,820 Q 300,800 520,815 L 520,830 Q 300,815 -10,835 Z", fill="#3a352f", opacity=0.8)
    arched_bridge(svg, 500, 760, 822, 70)
    svg.path("M 740,815 Q 950,805 1210,812 L 1210,828 Q 950,820 740,830 Z", fill="#3a352f", opacity=0.8)
    for x in range(60, 1200, 150):
        willow(svg, rng, x, 690, 150, "#2f3c34")
    boat(svg, 420, 1030, 200, sail=False)
    seal(svg, 1080, 1080, 84, "临")
    svg.save(out, "Lin'an (Hangzhou) and West Lake")


def attract_far(out):
    """Moonlit ranges for the attract screen, to drift over the dark ink ground."""
    rng = random.Random(1126)
    svg = Svg(2400, 1350)
    glow = svg.radial([(0, "#f3ebdc", 0.95), (0.55, "#e8dcc4", 0.9), (0.7, "#e8dcc4", 0.25), (1, "#e8dcc4", 0)])
    svg.add(f'<circle cx="1650" cy="330" r="200" fill="{glow}"/>')
    tones = [("#6e6a63", 0.55), ("#57534d", 0.6), ("#423e39", 0.7)]
    for i, (color, alpha) in enumerate(tones):
        mountain_layer(svg, rng, -20, 2420, 760 + i * 120, 330 - i * 40, color, alpha, 1350,
                       peaks=[(rng.uniform(200, 2200), rng.uniform(120, 260), rng.uniform(80, 220)) for _ in range(3)])
    svg.save(out, "Distant ranges under the moon")


def attract_near(out):
    """The near ridge with pines and the silhouette of a walled city."""
    rng = random.Random(1127)
    svg = Svg(2400, 1350)
    mountain_layer(svg, rng, -20, 2420, 1180, 260, "#0f0d0b", 0.95, 1350,
                   peaks=[(300, 200, 170), (2100, 260, 210)], bottom_alpha=0.95)
    for x in range(60, 700, 55):
        pine(svg, rng, x, 1060 - rng.uniform(0, 120), rng.uniform(70, 130), "#0f0d0b")
    city_wall(svg, 1100, 1800, 1040, 1200, "#0f0d0b", 0.95, crenel=22, courses=False)
    gate_tower(svg, 1450, 1040, 240, "#0f0d0b")
    for x in range(1900, 2400, 60):
        pine(svg, rng, x, 1000 - rng.uniform(0, 80), rng.uniform(60, 110), "#0f0d0b")
    svg.save(out, "Near ridge and city wall")


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "media", "images")
    os.makedirs(out_dir, exist_ok=True)
    for name, painter in (("background", background), ("causes", causes), ("battles", battles),
                          ("aftermath", aftermath), ("legacy", legacy),
                          ("attract-far", attract_far), ("attract-near", attract_near)):
        painter(os.path.join(out_dir, f"{name}.svg"))
        print(f"wrote {name}.svg")


if __name__ == "__main__":
    main()
