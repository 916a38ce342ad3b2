pragma ComponentBehavior: Bound
import QtQuick
import Exhibit

// The years the map shows, as a row of large buttons on a line, like stops
// on a timeline; the chosen one is filled.
Item {
    id: root

    property TerritoryMapModel years
    property int currentIndex: 0

    readonly property int count: root.years ? root.years.count : 0
    readonly property real stopWidth: Math.min(Theme.touchTarget * 1.5,
                                               (root.width - (root.count - 1) * Theme.px(16)) / Math.max(1, root.count))

    signal chosen(int index)

    implicitHeight: Theme.touchTarget + Theme.px(8)

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.touchTarget / 2
        anchors.rightMargin: Theme.touchTarget / 2
        height: Math.max(2, Theme.px(3))
        color: Theme.paperEdge
    }

    Row {
        id: stops

        anchors.fill: parent
        spacing: (width - root.count * root.stopWidth) / Math.max(1, root.count - 1)

        Repeater {
            model: root.years

            delegate: KioskButton {
                required property int index
                required property int year

                objectName: "mapYear_" + year
                width: root.stopWidth
                text: String(year)
                checked: index === root.currentIndex
                Accessible.name: qsTr("Show the year %1").arg(year)
                onClicked: root.chosen(index)
            }
        }
    }
}
