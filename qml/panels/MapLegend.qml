pragma ComponentBehavior: Bound
import QtQuick
import Exhibit

// What the colours on the map mean in the year shown: a swatch and a name
// for each state with land on it, stripes for the land the Song lost.
Flow {
    id: root

    property var regions: [] // the year's region records (TerritoryMapModel.shownRegions)

    spacing: Theme.px(22)

    Repeater {
        model: root.regions

        delegate: Row {
            id: entry

            // One region record: {stateId, name, colour, hatched, …}.
            required property var modelData
            readonly property color colour: modelData.colour

            spacing: Theme.px(10)

            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.px(34)
                height: Theme.px(24)
                radius: Theme.px(3)
                color: entry.modelData.hatched ? Theme.mapLand : entry.colour
                border.color: entry.modelData.hatched ? entry.colour : Qt.darker(entry.colour, 1.45)
                border.width: Math.max(1, Theme.px(2))
                clip: true

                // Three stripes, as the hatching on the map.
                Repeater {
                    model: entry.modelData.hatched ? 4 : 0

                    delegate: Rectangle {
                        required property int index

                        x: index * Theme.px(11) - Theme.px(8)
                        y: -Theme.px(6)
                        width: Theme.px(4)
                        height: Theme.px(40)
                        rotation: -45
                        color: entry.colour
                    }
                }
            }

            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: entry.modelData.name
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.bodyFamily
                font.pixelSize: Theme.captionSize
            }
        }
    }
}
