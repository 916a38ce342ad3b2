pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Templates as T
import Exhibit

// The language switch, showing every exhibit language at once (EN | 中文)
// with the current one marked; a tap moves to the next language.
T.AbstractButton {
    id: root

    // [{ code: "en", label: "EN" }, …]
    property var languages: []
    property string current: ""
    property bool onInk: false

    implicitWidth: labels.implicitWidth + Theme.px(40)
    implicitHeight: Theme.touchTarget
    focusPolicy: Qt.NoFocus
    Accessible.name: qsTr("Change language")

    background: Rectangle {
        radius: height / 2
        color: root.onInk ? Qt.rgba(1, 1, 1, root.down ? 0.16 : 0.06)
                          : Qt.rgba(0.13, 0.11, 0.09, root.down ? 0.12 : 0.04)
        border.width: Math.max(1, Theme.px(2))
        border.color: root.onInk ? Qt.rgba(0.95, 0.92, 0.86, 0.35) : Theme.paperEdge
    }

    // A plain child rather than contentItem: contentItem is deferred and may not hold ids.
    Item {
        anchors.fill: parent

        Row {
            id: labels

            anchors.centerIn: parent
            spacing: Theme.px(6)

            Repeater {
                model: root.languages

                Rectangle {
                    id: chip

                    required property var modelData
                    readonly property bool selected: chip.modelData.code === root.current

                    width: chipLabel.implicitWidth + Theme.px(36)
                    height: root.height - Theme.px(20)
                    radius: height / 2
                    color: chip.selected ? Theme.sealRed : "transparent"

                    Behavior on color {
                        ColorAnimation { duration: Theme.fadeDuration }
                    }

                    Text {
                        id: chipLabel

                        anchors.centerIn: parent
                        text: chip.modelData.label
                        color: chip.selected ? Theme.paper : (root.onInk ? Theme.textOnInk : Theme.text)
                        font.family: chip.modelData.code === "zh" ? Theme.cjkSerif : Theme.latinSerif
                        font.pixelSize: Theme.labelSize
                        font.bold: chip.selected
                    }
                }
            }
        }
    }
}
