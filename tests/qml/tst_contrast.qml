import QtQuick
import QtTest
import Exhibit

// WCAG 2.2 contrast (1.4.3, AA: 4.5:1 for text; in the high-contrast theme
// 1.4.6, AAA: 7:1) computed from Theme's own colours, for every pair of text
// and background the screens use, so a change of palette that makes text
// hard to read fails here.
TestCase {
    name: "Contrast"

    readonly property color black: Qt.rgba(0, 0, 0, 1)
    readonly property color white: Qt.rgba(1, 1, 1, 1)

    function channel(c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
    }

    function luminance(color) {
        return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)
    }

    function ratio(a, b) {
        const la = luminance(a)
        const lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    // `color` drawn at `opacity` over `background`, as the screen shows it.
    function over(color, opacity, background) {
        return Qt.rgba(color.r * opacity + background.r * (1 - opacity), color.g * opacity + background.g * (1 - opacity),
                       color.b * opacity + background.b * (1 - opacity), 1)
    }

    // A translucent Theme layer as it shows over `background`.
    function blended(layer, background) {
        return over(layer, layer.a, background)
    }

    function pairs() {
        return [
            { tag: "body text on paper", text: Theme.text, background: Theme.paper },
            { tag: "body text on deep paper (bars, admin)", text: Theme.text, background: Theme.paperDeep },
            { tag: "muted text on paper", text: Theme.textMuted, background: Theme.paper },
            { tag: "muted text on deep paper", text: Theme.textMuted, background: Theme.paperDeep },
            { tag: "seal red headings and dates on paper", text: Theme.sealRed, background: Theme.paper },
            { tag: "timeline card text", text: Theme.text, background: Qt.lighter(Theme.paper, 1.02) },
            { tag: "button label on seal red", text: Theme.paper, background: Theme.sealRed },
            { tag: "button label on celadon (chosen)", text: Theme.paper, background: Theme.celadonDeep },
            { tag: "text on ink", text: Theme.textOnInk, background: Theme.ink },
            { tag: "muted text on ink", text: Theme.textOnInkMuted, background: Theme.ink },
            { tag: "muted text on soft ink", text: Theme.textOnInkMuted, background: Theme.inkSoft },
            { tag: "captions on their band, over a chapter", text: Theme.textOnInk,
              background: blended(Theme.captionBackground, Theme.paper) },
            { tag: "button label, pressed, on paper", text: Theme.text, background: blended(Theme.controlWashDown, Theme.paper) },
            { tag: "button label, pressed, on ink", text: Theme.textOnInk,
              background: blended(Theme.controlWashOnInkDown, Theme.ink) },
            { tag: "language chip, pressed", text: Theme.text, background: blended(Theme.chipDown, Theme.paper) },
            { tag: "portrait card name", text: Theme.text, background: blended(Theme.cardWash, Theme.paper) },
            { tag: "closed screen notice (70 % on black)", text: over(Theme.textOnInkMuted, 0.7, black), background: black,
              outsideVisits: true },
        ]
    }

    function test_textPairs_data() {
        return pairs()
    }

    function test_textPairs(data) {
        const contrast = ratio(data.text, data.background)
        verify(contrast >= 4.5, data.tag + ": " + contrast.toFixed(2) + ":1, WCAG AA asks 4.5:1")
    }

    // The high-contrast theme a visitor can choose (WCAG 1.4.6, AAA: 7:1).
    // The closed screen is never seen during a visit, so never in it.
    function test_highContrastPairs() {
        AccessibilityController.highContrast = true
        try {
            for (const pair of pairs().filter(p => !p.outsideVisits)) {
                const contrast = ratio(pair.text, pair.background)
                verify(contrast >= 7, pair.tag + " (high contrast): " + contrast.toFixed(2) + ":1, asks 7:1")
            }
        } finally {
            AccessibilityController.highContrast = false
        }
    }

    function test_ratioIsComputedRight() {
        fuzzyCompare(ratio(black, white), 21, 0.01)
        fuzzyCompare(ratio(Qt.rgba(0x77 / 255, 0x77 / 255, 0x77 / 255, 1), white), 4.48, 0.01) // WebAIM's reference grey
    }
}
