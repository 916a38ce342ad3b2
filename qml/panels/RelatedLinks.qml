pragma ComponentBehavior: Bound
import QtQuick
import Exhibit

// A chapter's links to the people or the events it tells of, as buttons
// under a heading. Past `maxShown` one button leads on to the rest: a
// chapter a curator has linked to hundreds of events still opens at once
// (bench/scale.sh) and stays usable.
Column {
    id: root

    property string heading
    // The rows to open (timeline or figures) and the buttons' labels, pairwise.
    property list<int> rows
    property list<string> labels
    property int maxShown: 16
    property string buttonName // objectName of each button: buttonName + "_" + index
    property string moreLabel // on the button to the rest, when there is a rest
    readonly property int hiddenCount: Math.max(0, root.labels.length - root.maxShown)

    signal linkClicked(int row)
    signal moreClicked(int firstHiddenRow)

    visible: root.labels.length > 0
    spacing: Theme.px(22)

    Text {
        topPadding: Theme.px(18)
        text: root.heading
        textFormat: Text.PlainText
        color: Theme.sealRed
        font.family: Theme.bodyFamily
        font.pixelSize: Theme.captionSize
        font.weight: Font.DemiBold
    }

    Flow {
        width: root.width
        spacing: Theme.px(16)

        Repeater {
            model: Math.min(root.labels.length, root.maxShown)

            KioskButton {
                required property int index

                objectName: root.buttonName + "_" + index
                maximumWidth: root.width
                text: root.labels[index]
                iconName: "next"
                onClicked: root.linkClicked(root.rows[index])
            }
        }

        KioskButton {
            objectName: root.buttonName + "_more"
            visible: root.hiddenCount > 0
            maximumWidth: root.width
            text: root.moreLabel
            iconName: "next"
            onClicked: root.moreClicked(root.rows[root.maxShown])
        }
    }
}
