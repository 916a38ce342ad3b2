pragma ComponentBehavior: Bound
import QtQuick
import Exhibit

// The visitor's accessibility choices, as three large switches in a card
// near the foot of the screen (in reach from a wheelchair): larger text,
// high contrast, less motion. Touching outside the card closes it.
Item {
    id: root

    property bool largeText: false
    property bool highContrast: false
    property bool reducedMotion: false
    property real footerHeight: 0

    signal largeTextToggled()
    signal highContrastToggled()
    signal reducedMotionToggled()
    signal closeClicked()

    Rectangle {
        anchors.fill: parent
        color: Qt.rgba(0.086, 0.071, 0.059, 0.55)

        MouseArea {
            anchors.fill: parent
            onClicked: root.closeClicked()
        }
    }

    Rectangle {
        id: card

        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.rightMargin: Theme.margin
        anchors.bottomMargin: root.footerHeight
        width: Math.min(parent.width - 2 * Theme.margin, column.implicitWidth + Theme.px(96))
        height: column.implicitHeight + Theme.px(80)
        radius: Theme.px(12)
        color: Theme.paper
        border.color: Theme.paperEdge
        border.width: Math.max(1, Theme.px(2))

        // Keeps a touch on the card from closing it.
        MouseArea {
            anchors.fill: parent
        }

        Column {
            id: column

            anchors.centerIn: parent
            spacing: Theme.px(20)

            Text {
                objectName: "accessibilityTitle"
                text: qsTr("Make it easier to see")
                color: Theme.text
                font.family: Theme.displayFamily
                font.pixelSize: Theme.headingSize
            }

            Repeater {
                model: [
                    { key: "largeText", label: qsTr("Larger text"), on: root.largeText },
                    { key: "highContrast", label: qsTr("High contrast"), on: root.highContrast },
                    { key: "reducedMotion", label: qsTr("Less motion"), on: root.reducedMotion }
                ]

                delegate: KioskButton {
                    required property var modelData

                    objectName: "accessibility_" + modelData.key
                    width: Math.max(implicitWidth, Theme.px(560))
                    text: (modelData.on ? "✓  " : "") + modelData.label
                    checked: modelData.on
                    Accessible.name: modelData.label + (modelData.on ? qsTr(": on") : qsTr(": off"))
                    onClicked: {
                        if (modelData.key === "largeText")
                            root.largeTextToggled()
                        else if (modelData.key === "highContrast")
                            root.highContrastToggled()
                        else
                            root.reducedMotionToggled()
                    }
                }
            }

            KioskButton {
                objectName: "accessibilityCloseButton"
                text: qsTr("Close")
                onClicked: root.closeClicked()
            }
        }
    }
}
