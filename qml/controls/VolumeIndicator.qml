pragma ComponentBehavior: Bound
import QtQuick
import Exhibit

// "Volume ▮▮▮▮▮▮▯▯▯▯": shown for a moment at the top of the screen when
// the keypad's + or − changes the loudness.
Rectangle {
    id: root

    property int level: 0 // lit bars, of `levels`
    property int levels: 10

    function flash() {
        root.opacity = 1
        hideTimer.restart()
    }

    width: row.implicitWidth + Theme.px(64)
    height: Math.max(Theme.touchTarget, row.implicitHeight + Theme.px(32))
    radius: height / 2
    color: Theme.ink
    border.color: Theme.focusRing
    border.width: Math.max(2, Theme.px(3))
    opacity: 0
    visible: opacity > 0

    Behavior on opacity {
        NumberAnimation { duration: Theme.fadeDuration }
    }

    Timer {
        id: hideTimer

        interval: 1800
        onTriggered: root.opacity = 0
    }

    Row {
        id: row

        anchors.centerIn: parent
        spacing: Theme.px(20)

        IconShape {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.px(40)
            height: width
            name: "volume"
            color: Theme.textOnInk
        }

        Row {
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.px(6)

            Repeater {
                model: root.levels

                Rectangle {
                    id: bar

                    required property int index

                    anchors.bottom: parent.bottom
                    width: Theme.px(14)
                    height: Theme.px(16 + 3 * bar.index)
                    radius: Theme.px(3)
                    color: bar.index < root.level ? Theme.focusRing : Theme.inkLine
                }
            }
        }
    }
}
