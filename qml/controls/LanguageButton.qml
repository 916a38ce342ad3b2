pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Templates as T
import Exhibit

// The language switch: every exhibit language side by side (EN | 中文), the
// current one marked. Each language is its own touch target of at least
// Theme.touchTarget, so a visitor picks a language rather than toggling.
// The languages are the exhibit's (LanguageController); `chosen` says which a
// visitor touched, and the screen decides what follows.
Rectangle {
    id: root

    property bool darkBackground: false

    signal chosen(string code)

    implicitWidth: chips.implicitWidth + Theme.px(12)
    implicitHeight: Theme.touchTarget
    radius: height / 2
    color: root.darkBackground ? Qt.rgba(1, 1, 1, 0.06) : Qt.rgba(0.13, 0.11, 0.09, 0.04)
    border.width: Math.max(1, Theme.px(2))
    border.color: root.darkBackground ? Qt.rgba(0.95, 0.92, 0.86, 0.35) : Theme.paperEdge
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Change language")

    Row {
        id: chips

        anchors.centerIn: parent

        Repeater {
            model: LanguageController.languages

            T.AbstractButton {
                id: chip

                required property string modelData
                required property int index
                readonly property string label: LanguageController.languageNames[chip.index] ?? ""
                readonly property bool selected: chip.modelData === LanguageController.language

                objectName: "language_" + chip.modelData
                width: Math.max(Theme.touchTarget, chipLabel.implicitWidth + Theme.px(44))
                height: root.height
                focusPolicy: Qt.TabFocus
                Keypad.radius: height / 2 - Theme.px(8)
                Accessible.name: chip.label
                onClicked: root.chosen(chip.modelData)

                Rectangle {
                    anchors.fill: parent
                    anchors.margins: Theme.px(8)
                    radius: height / 2
                    color: chip.selected ? Theme.sealRed
                                         : (chip.down ? Qt.rgba(0.5, 0.45, 0.4, 0.18) : "transparent")

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
                    font.family: chip.modelData === "zh" ? Theme.cjkSerif : Theme.latinSerif
                    font.pixelSize: Theme.labelSize
                    font.bold: chip.selected
                }
            }
        }
    }
}
