pragma Singleton
import QtQuick
import Exhibit

// Colours, type, sizes and timings for every screen. Sizes are designed for
// the short side of a 1080-pixel screen and scale with it (KioskRoot sets
// `scale`), so 1920x1080 and 1080x1920 share one set of numbers.
QtObject {
    id: theme

    property real scale: 1.0

    // The visitor's accessibility choices (AccessibilityController): a
    // high-contrast palette with text at 7:1 or more, body text 1.5 times
    // larger, and no motion.
    readonly property bool highContrast: AccessibilityController.highContrast
    readonly property real textScale: AccessibilityController.largeText ? 1.5 : 1.0
    readonly property bool reducedMotion: AccessibilityController.reducedMotion

    // Palette: ink, silk paper, celadon glaze and seal red.
    readonly property color ink: "#16120f"
    readonly property color inkSoft: "#2a241f"
    readonly property color inkLine: "#3b332c"
    readonly property color paper: highContrast ? "#fffdf8" : "#f3ebdc"
    readonly property color paperDeep: highContrast ? "#f2ece0" : "#e6d9c2"
    readonly property color paperEdge: highContrast ? "#5c4c3e" : "#d3c2a4"
    readonly property color text: highContrast ? "#000000" : "#221d18"           // 14:1 on paper (high contrast 20:1)
    readonly property color textMuted: highContrast ? "#231d18" : "#5a4f45"      // 6.9:1 on paper (16:1)
    readonly property color textOnInk: highContrast ? "#ffffff" : "#f3ebdc"      // 16:1 on ink (18:1)
    readonly property color textOnInkMuted: highContrast ? "#f0e8da" : "#c9bba5" // 9.6:1 on ink (15:1)
    readonly property color celadon: "#8fb3a4"
    readonly property color celadonDeep: highContrast ? "#1c4237" : "#3c6b5e"    // 5.1:1 on paper (11:1)
    readonly property color sealRed: highContrast ? "#7a1c16" : "#a8322b"        // 5.8:1 on paper (10:1)
    readonly property color sealRedBright: "#c5412f"
    readonly property color gold: "#b89256"
    // The keypad's focus ring: amber inside a dark line, so it stands out
    // (3:1 or more) on paper, ink and the paintings alike.
    readonly property color focusRing: "#ffb000"
    readonly property color focusRingEdge: "#16120f"

    // The territory map: paper land, a celadon sea, ink rivers and walls.
    readonly property color mapLand: "#ece3d1"
    readonly property color mapSea: "#bcd0ca"
    readonly property color mapCoast: "#7f9d95"
    readonly property color mapRiver: "#3f6f84"
    readonly property color mapWall: "#6b5a48"
    readonly property color mapHalo: "#f6f0e4"
    readonly property real mapHatchOpacity: 0.55 // a disputed region's stripes, in its state's colour

    // Translucent layers, each over what it is drawn on (tst_contrast checks
    // the text on each as the screen blends it).
    readonly property color captionBackground: ink // the captions' strip, under nothing else
    readonly property color staffBackdrop: withAlpha(ink, 0.92) // the PIN pad over the exhibit
    readonly property color scrim: ink // under a dialog, at the dialog's dimming
    readonly property color sealEdge: withAlpha("#f2ebdb", 0.55)
    // Buttons and chips: a faint wash on paper or on ink, deeper while pressed.
    readonly property color controlWash: withAlpha("#211c17", 0.04)
    readonly property color controlWashDown: withAlpha("#211c17", 0.12)
    readonly property color controlWashOnInk: withAlpha("#ffffff", 0.06)
    readonly property color controlWashOnInkDown: withAlpha("#ffffff", 0.16)
    readonly property color controlEdgeOnInk: withAlpha("#f2ebdb", 0.35)
    readonly property color chipDown: withAlpha("#807366", 0.18)
    readonly property color cardWash: withAlpha("#ffffff", 0.35) // a portrait card at rest
    // The chapter text's "more below" fade: from clear paper to paper.
    readonly property color paperClear: withAlpha(paper, 0)

    // Type: Noto Serif for Latin text, Noto Serif CJK SC (Source Han Serif) for
    // Chinese, and for any other language the serif that covers its script.
    readonly property string latinSerif: "Noto Serif"
    readonly property string cjkSerif: "Noto Serif CJK SC"
    readonly property bool chinese: isCjk(LanguageController.language)
    readonly property string bodyFamily: serifFor(LanguageController.language)
    readonly property string displayFamily: cjkSerif

    // The exhibit's seal: 靖康, the Jingkang era (1126–1127) the exhibit is about.
    readonly property string sealText: "靖\n康"

    function px(value) { return Math.round(value * theme.scale) }

    // `colour` a color or a "#rrggbb" string: a string has no .r, .g, .b of its
    // own (all three were read as 0, and every wash written so came out
    // black); Qt.lighter by 1 makes it a color and changes nothing else.
    function withAlpha(colour, alpha) {
        const c = Qt.lighter(colour, 1.0)
        return Qt.rgba(c.r, c.g, c.b, alpha)
    }

    // Languages written in Chinese characters (or kana, or hangul), and the
    // serif each is set in, also for text in a language other than the
    // visitor's (the attract screen's welcomes, the language chooser).
    function isCjk(language) { return LanguageController.isCjk(language) }
    function serifFor(language) { return LanguageController.serifFamily(language) }

    // Chapter numbers are also shown as Chinese numerals on the red seals.
    function chineseNumeral(n) {
        const digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        return n >= 0 && n <= 10 ? digits[n] : String(n)
    }

    readonly property int displaySize: px(190)
    readonly property int titleSize: px(chinese ? 76 : 72)
    readonly property int subtitleSize: px(chinese ? 34 : 32)
    readonly property int headingSize: px((chinese ? 44 : 40) * (1 + (textScale - 1) / 2))
    readonly property int bodySize: px((chinese ? 31 : 29) * textScale)
    readonly property real bodyLineHeight: chinese ? 1.65 : 1.45
    readonly property int captionSize: px((chinese ? 23 : 22) * textScale)
    readonly property int labelSize: px((chinese ? 27 : 26) * textScale)

    readonly property int touchTarget: Math.max(80, px(96))   // never under 80 px
    readonly property int margin: px(72)
    // Portrait screens keep their controls below this share of the height
    // (the reach zone from a wheelchair); titles and pictures go above.
    readonly property real reachFraction: AccessibilityController.reachFraction
    readonly property int gutter: px(40)
    readonly property int radius: px(6)

    readonly property int fadeDuration: reducedMotion ? 0 : 250
    readonly property int pageDuration: reducedMotion ? 0 : 300
    readonly property int pressDuration: reducedMotion ? 0 : 120
}
