pragma ComponentBehavior: Bound
import QtQuick
import Exhibit

// The keypad's help, opened by its Help key (or F1, H or ?): which key does
// what, shown in a card near the foot of the screen and read aloud when the
// ring lands on it. Back, Close or a touch outside the card closes it.
ModalCard {
    id: root

    property real footerHeight: 0

    signal closeClicked()

    card.anchors.horizontalCenter: root.horizontalCenter
    card.anchors.bottom: root.bottom
    card.anchors.bottomMargin: root.footerHeight
    card.width: Math.min(root.width - 2 * Theme.margin, column.implicitWidth + Theme.px(112))
    card.height: column.implicitHeight + Theme.px(96)
    onDismissed: root.closeClicked()

    Column {
        id: column

        anchors.centerIn: parent
        spacing: Theme.px(28)

        Text {
            objectName: "keypadHelpTitle"
            text: qsTr("Using the keypad")
            textFormat: Text.PlainText
            color: Theme.text
            font.family: Theme.displayFamily
            font.pixelSize: Theme.headingSize
        }

        Column {
            id: keys

            // The ring starts here, so the whole help is read out at once.
            Keypad.isDefault: true

            objectName: "keypadHelpKeys"
            padding: Theme.px(16) // room for the ring that reads it out
            spacing: Theme.px(18)
            activeFocusOnTab: true
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("The arrow keys move the yellow ring from button to button, and each button says its name. "
                                  + "Enter presses the button in the ring. Back or Escape goes back one step. "
                                  + "Plus and minus make the sound louder or quieter. The help key shows this again. "
                                  + "R turns the screen reader on or off: then a finger on the screen hears what is under it, "
                                  + "and a double tap presses it.")

            Repeater {
                model: [
                    { keys: "←  ↑  →  ↓", meaning: qsTr("Move the yellow ring to the next button") },
                    { keys: qsTr("Enter"), meaning: qsTr("Press the button in the ring") },
                    { keys: qsTr("Back · Esc"), meaning: qsTr("Go back one step") },
                    { keys: "+   −", meaning: qsTr("Louder or quieter") },
                    { keys: qsTr("Help · F1"), meaning: qsTr("Show this help") },
                    { keys: "R", meaning: qsTr("Screen reader on or off") }
                ]

                delegate: Row {
                    id: entry

                    // A row of the list above, written here: {keys, meaning}
                    // (a JavaScript list, so its qsTr texts follow a language switch).
                    required property var modelData

                    spacing: Theme.px(32)

                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: Theme.px(260) * Theme.textScale
                        height: keyLabel.implicitHeight + Theme.px(20)
                        radius: Theme.px(10)
                        color: Theme.paperDeep
                        border.color: Theme.paperEdge
                        border.width: Math.max(1, Theme.px(2))

                        Text {
                            id: keyLabel

                            anchors.centerIn: parent
                            text: entry.modelData.keys
                            textFormat: Text.PlainText
                            color: Theme.text
                            font.family: Theme.bodyFamily
                            font.pixelSize: Theme.labelSize
                        }
                    }

                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        text: entry.modelData.meaning
                        textFormat: Text.PlainText
                        color: Theme.text
                        font.family: Theme.bodyFamily
                        font.pixelSize: Theme.bodySize
                    }
                }
            }
        }

        KioskButton {
            objectName: "keypadHelpCloseButton"
            text: qsTr("Close")
            onClicked: root.closeClicked()
        }
    }
}
