pragma ComponentBehavior: Bound
import QtQuick
import Exhibit

// The visitor's accessibility choices, as large switches in a card near the
// foot of the screen (in reach from a wheelchair): larger text, high
// contrast, less motion, and the screen reader (for a blind visitor, or a
// companion turning it on for them). Touching outside the card closes it.
ModalCard {
    id: root

    property bool largeText: false
    property bool highContrast: false
    property bool reducedMotion: false
    property bool screenReader: false
    property real footerHeight: 0

    signal largeTextToggled()
    signal highContrastToggled()
    signal reducedMotionToggled()
    signal screenReaderToggled()
    signal closeClicked()

    card.anchors.right: root.right
    card.anchors.bottom: root.bottom
    card.anchors.rightMargin: Theme.margin
    card.anchors.bottomMargin: root.footerHeight
    card.width: Math.min(root.width - 2 * Theme.margin, column.implicitWidth + Theme.px(96))
    card.height: column.implicitHeight + Theme.px(80)
    onDismissed: root.closeClicked()

    Column {
        id: column

        anchors.centerIn: parent
        spacing: Theme.px(20)

        Text {
            objectName: "accessibilityTitle"
            text: qsTr("Make it easier to see")
            textFormat: Text.PlainText
            color: Theme.text
            font.family: Theme.displayFamily
            font.pixelSize: Theme.headingSize
        }

        Repeater {
            model: [
                { key: "largeText", label: qsTr("Larger text"), on: root.largeText },
                { key: "highContrast", label: qsTr("High contrast"), on: root.highContrast },
                { key: "reducedMotion", label: qsTr("Less motion"), on: root.reducedMotion },
                { key: "screenReader", label: qsTr("Screen reader"), on: root.screenReader }
            ]

            delegate: KioskButton {
                // A row of the list above: {key, label, on}, bound to the choices.
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
                    else if (modelData.key === "reducedMotion")
                        root.reducedMotionToggled()
                    else
                        root.screenReaderToggled()
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
