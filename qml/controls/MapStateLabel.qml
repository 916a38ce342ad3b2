import QtQuick
import Exhibit

// A state's name written across its land, spaced out as on a printed atlas;
// `lost` names land the Song lost (seal red, italic).
Text {
    id: root

    property bool lost: false
    property real textScale: 1

    textFormat: Text.PlainText
    color: root.lost ? Theme.sealRed : Theme.ink
    opacity: root.lost ? 1 : 0.78
    font.family: Theme.displayFamily
    font.pixelSize: Math.round((root.lost ? Theme.labelSize : Theme.px(36)) * root.textScale)
    font.italic: root.lost
    font.letterSpacing: (root.lost || Theme.chinese ? Theme.px(2) : Theme.px(5)) * root.textScale
    font.capitalization: root.lost ? Font.MixedCase : Font.AllUppercase
    style: Text.Outline
    styleColor: Theme.mapHalo
}
