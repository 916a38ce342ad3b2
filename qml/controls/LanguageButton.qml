pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Templates as T
import Exhibit

// The language switch. Two exhibit languages sit side by side as chips
// (EN | 中文), the current one marked; each is its own touch target of at
// least Theme.touchTarget, so a visitor picks a language rather than
// toggling, and `chosen` says which (the screen decides what follows).
// Three or more do not fit beside a screen's other controls: one button then
// shows a globe and the current language's short label (EN-XA) and opens the
// chooser (LanguageChooserPanel), which lists them all in their own names.
Item {
    id: root

    property bool darkBackground: false

    signal chosen(string code)

    implicitWidth: LanguageController.choosesFromList ? chooserButton.implicitWidth : chipRow.implicitWidth
    implicitHeight: Theme.touchTarget

    KioskButton {
        id: chooserButton

        objectName: "languageChooserButton"
        anchors.fill: parent
        visible: LanguageController.choosesFromList
        darkBackground: root.darkBackground
        iconName: "language"
        // Short, as the chips are (a language's own name can be long); the
        // chooser and the spoken name give it in full.
        text: LanguageController.languageNames[LanguageController.languageIndex] ?? ""
        Accessible.name: qsTr("Change language (now %1)").arg(LanguageController.ownNames[LanguageController.languageIndex] ?? "")
        onClicked: LanguageController.openChooser()
    }

    Rectangle {
        id: chipRow

        anchors.fill: parent
        visible: !LanguageController.choosesFromList
        implicitWidth: chips.implicitWidth + Theme.px(12)
        radius: height / 2
        color: root.darkBackground ? Theme.controlWashOnInk : Theme.controlWash
        border.width: Math.max(1, Theme.px(2))
        border.color: root.darkBackground ? Theme.controlEdgeOnInk : Theme.paperEdge
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("Change language")

        Row {
            id: chips

            anchors.centerIn: parent

            Repeater {
                model: LanguageController.choosesFromList ? [] : LanguageController.languages

                T.AbstractButton {
                    id: chip

                    required property string modelData
                    required property int index
                    readonly property string label: LanguageController.languageNames[chip.index] ?? ""
                    readonly property bool selected: chip.modelData === LanguageController.language

                    objectName: "language_" + chip.modelData
                    width: Math.max(Theme.touchTarget, chipLabel.implicitWidth + Theme.px(44))
                    height: chipRow.height
                    focusPolicy: Qt.TabFocus
                    Keypad.radius: height / 2 - Theme.px(8)
                    // Spoken in full, as its speakers name it ("English", not "EN").
                    Accessible.name: LanguageController.ownNames[chip.index] ?? chip.label
                    onClicked: root.chosen(chip.modelData)

                    Rectangle {
                        anchors.fill: parent
                        anchors.margins: Theme.px(8)
                        radius: height / 2
                        color: chip.selected ? Theme.sealRed
                                             : (chip.down ? Theme.chipDown : "transparent")

                        Behavior on color {
                            ColorAnimation { duration: Theme.fadeDuration }
                        }
                    }

                    Text {
                        id: chipLabel

                        anchors.centerIn: parent
                        text: chip.label
                        textFormat: Text.PlainText
                        color: chip.selected ? Theme.paper : (root.darkBackground ? Theme.textOnInk : Theme.text)
                        font.family: Theme.serifFor(chip.modelData)
                        font.pixelSize: Theme.labelSize
                        font.bold: chip.selected
                    }
                }
            }
        }
    }
}
