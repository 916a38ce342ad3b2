pragma ComponentBehavior: Bound
import QtQuick
import Exhibit

// Where the visitor is among the chapters: one mark per chapter, the
// current one long and red.
Row {
    id: root

    property int count: 0
    property int current: 0
    property bool darkBackground: false

    spacing: Theme.px(14)

    Repeater {
        model: root.count

        Rectangle {
            required property int index
            readonly property bool isCurrent: index === root.current

            anchors.verticalCenter: parent.verticalCenter
            width: isCurrent ? Theme.px(44) : Theme.px(14)
            height: Theme.px(14)
            radius: height / 2
            color: isCurrent ? Theme.sealRed : (root.darkBackground ? Theme.textOnInkMuted : Theme.paperEdge)

            Behavior on width {
                NumberAnimation { duration: Theme.pageDuration; easing.type: Easing.OutCubic }
            }
        }
    }
}
