import QtQuick
import Exhibit

// A place on the map: a city's dot or a pass's diamond at (pointX, pointY),
// with its name and an optional note on the side `anchorSide` names
// ("right", "left", "above", "below"). Rivers and seas get italic blue names.
Item {
    id: root

    property real pointX: 0
    property real pointY: 0
    property string marker: "" // "city", "pass" or none
    property string anchorSide: "right"
    property string name: ""
    property string note: ""
    property bool water: false
    property real textScale: 1

    readonly property real gap: Theme.px(marker === "" ? 0 : 14)

    x: root.pointX
    y: root.pointY
    width: 0
    height: 0

    Rectangle {
        visible: root.marker !== ""
        width: Math.round(Theme.px(root.marker === "pass" ? 16 : 18) * root.textScale)
        height: width
        x: -width / 2
        y: -height / 2
        radius: root.marker === "city" ? width / 2 : 0
        rotation: root.marker === "pass" ? 45 : 0
        color: root.marker === "pass" ? Theme.sealRed : Theme.ink
        border.color: Theme.mapHalo
        border.width: Math.max(1, Theme.px(3))
    }

    Column {
        id: words

        x: root.anchorSide === "right" ? root.gap
           : root.anchorSide === "left" ? -width - root.gap : -width / 2
        y: root.anchorSide === "above" ? -height - root.gap
           : root.anchorSide === "below" ? root.gap : -nameText.height / 2
        spacing: Theme.px(2)

        Text {
            id: nameText

            anchors.right: root.anchorSide === "left" ? parent.right : undefined
            anchors.horizontalCenter: root.anchorSide === "above" || root.anchorSide === "below" ? parent.horizontalCenter : undefined
            text: root.name
            textFormat: Text.PlainText
            color: root.water ? Theme.mapRiver : Theme.ink
            font.family: Theme.bodyFamily
            font.pixelSize: Math.round(Theme.px(root.water ? 22 : 24) * root.textScale)
            font.italic: root.water
            font.weight: root.water ? Font.Normal : Font.DemiBold
            style: Text.Outline
            styleColor: Theme.mapHalo
        }

        Text {
            anchors.right: root.anchorSide === "left" ? parent.right : undefined
            anchors.horizontalCenter: root.anchorSide === "above" || root.anchorSide === "below" ? parent.horizontalCenter : undefined
            visible: root.note !== ""
            text: root.note
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.family: Theme.bodyFamily
            font.pixelSize: Math.round(Theme.px(18) * root.textScale)
            style: Text.Outline
            styleColor: Theme.mapHalo
        }
    }
}
