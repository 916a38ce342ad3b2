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
    property var links: [] // [{ row, label }]
    property int maxShown: 16
    property string buttonName // objectName of each button: buttonName + "_" + index
    property string moreLabel // on the button to the rest, when there is a rest
    readonly property int hiddenCount: Math.max(0, root.links.length - root.maxShown)

    signal linkClicked(int row)
    signal moreClicked(int firstHiddenRow)

    visible: root.links.length > 0
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
            model: root.links.slice(0, root.maxShown)

            KioskButton {
                required property var modelData
                required property int index

                objectName: root.buttonName + "_" + index
                maximumWidth: root.width
                text: modelData.label
                iconName: "next"
                onClicked: root.linkClicked(modelData.row)
            }
        }

        KioskButton {
            objectName: root.buttonName + "_more"
            visible: root.hiddenCount > 0
            maximumWidth: root.width
            text: root.moreLabel
            iconName: "next"
            onClicked: root.moreClicked(root.links[root.maxShown].row)
        }
    }
}
