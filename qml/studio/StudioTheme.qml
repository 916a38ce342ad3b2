pragma Singleton
import QtQuick

// Exhibit Studio's look: the kiosk's ink, paper and seal red at a desk's
// scale, fixed (the kiosk's Theme follows the preview's high contrast and
// text size, which are the visitor's, not the curator's).
QtObject {
    readonly property color ink: "#16120f"
    readonly property color inkSoft: "#2a241f"
    readonly property color paper: "#f7f1e6"
    readonly property color paperDeep: "#ebe0cc"
    readonly property color line: "#d3c2a4"
    readonly property color text: "#221d18"
    readonly property color textMuted: "#5a4f45"          // 6.9:1 on paper
    readonly property color textOnInk: "#f3ebdc"
    readonly property color textOnInkMuted: "#c9bba5"
    readonly property color accent: "#3c6b5e"             // celadon, 5.1:1 on paper
    readonly property color problem: "#a8322b"            // seal red, 5.8:1 on paper
    readonly property color warning: "#7a5200"            // ochre, 6.3:1 on paper
    readonly property color finding: "#e0211b"            // outlines on the preview
    readonly property color focusOnInk: "#f0b84a"         // the preview's focus ring, 8.5:1 on inkSoft
    readonly property color selection: "#dceadf"          // a selected row, celadon wash

    readonly property int gap: 12
    readonly property int smallGap: 6
    readonly property int radius: 4
    readonly property int fontSize: 15
    readonly property int smallFontSize: 13
    readonly property int headingSize: 20
    readonly property string fontFamily: "Noto Sans"
}
