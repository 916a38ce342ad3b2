import QtQuick
import Exhibit

// A scale bar of a round distance (500 km, or less on a small map), with the
// distance written in the visitor's language.
Item {
    id: root

    property real pixelsPerKilometre: 0
    property real textScale: 1
    readonly property int kilometres: root.roundDistance(Theme.px(260))

    // The longest of 500, 300, 200 or 100 km that fits in `maxWidth` pixels.
    function roundDistance(maxWidth) {
        for (const km of [500, 300, 200])
            if (km * root.pixelsPerKilometre <= maxWidth)
                return km
        return 100
    }
    readonly property real barWidth: root.kilometres * root.pixelsPerKilometre

    visible: root.pixelsPerKilometre > 0
    implicitWidth: Math.max(root.barWidth, label.implicitWidth)
    implicitHeight: label.implicitHeight + Theme.px(16)

    Text {
        id: label

        anchors.horizontalCenter: bar.horizontalCenter
        anchors.bottom: bar.top
        anchors.bottomMargin: Theme.px(4)
        text: qsTr("%1 km").arg(root.kilometres)
        textFormat: Text.PlainText
        color: Theme.ink
        font.family: Theme.bodyFamily
        font.pixelSize: Math.round(Theme.px(18) * root.textScale)
        style: Text.Outline
        styleColor: Theme.mapHalo
    }

    Rectangle {
        id: bar

        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: root.barWidth
        height: Theme.px(8)
        color: Theme.mapHalo
        border.color: Theme.ink
        border.width: Math.max(1, Theme.px(2))

        Rectangle {
            width: parent.width / 2
            height: parent.height
            color: Theme.ink
        }
    }
}
