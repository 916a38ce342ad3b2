import QtQuick
import QtQuick.Templates as T
import Exhibit

// One event on the timeline: a dot on the time axis, the year when it is the
// first event of its year, then the date, reign era and title on a card.
T.AbstractButton {
    id: root

    property int year: 0
    property bool firstOfYear: false
    property string dateLabel: ""
    property string era: ""
    property string title: ""
    property bool highlighted: false
    property real axisY: 0

    focusPolicy: Qt.TabFocus
    Accessible.name: root.dateLabel + ". " + root.title

    // The axis runs through every card and the gap after it, so the cards
    // draw one continuous line.
    Rectangle {
        x: 0
        y: root.axisY - height / 2
        width: root.width + Theme.px(28)
        height: Math.max(2, Theme.px(3))
        color: Theme.paperEdge
    }

    Text {
        anchors.left: parent.left
        anchors.bottom: dot.top
        anchors.bottomMargin: Theme.px(14)
        visible: root.firstOfYear
        text: root.year
        textFormat: Text.PlainText
        color: Theme.sealRed
        font.family: Theme.displayFamily
        font.pixelSize: Theme.px(56)
    }

    Rectangle {
        id: dot

        x: Theme.px(24) - width / 2
        y: root.axisY - height / 2
        width: Theme.px(root.highlighted ? 26 : 18)
        height: width
        radius: width / 2
        color: root.highlighted ? Theme.sealRed : Theme.celadonDeep
        border.color: Theme.paper
        border.width: Math.max(2, Theme.px(3))
    }

    Rectangle {
        id: card

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: dot.bottom
        anchors.topMargin: Theme.px(22)
        height: Math.min(root.height - y, content.implicitHeight + Theme.px(48))
        radius: Theme.radius
        color: root.down ? Theme.paperDeep : Qt.lighter(Theme.paper, 1.02)
        border.color: root.highlighted ? Theme.sealRed : Theme.paperEdge
        border.width: Math.max(1, Theme.px(root.highlighted ? 3 : 2))

        Column {
            id: content

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.px(24)
            spacing: Theme.px(10)

            Text {
                width: parent.width
                text: root.dateLabel
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.bodyFamily
                font.pixelSize: Theme.px(26)
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
            }

            Text {
                width: parent.width
                visible: root.era !== ""
                text: root.era
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.family: Theme.bodyFamily
                font.pixelSize: Theme.captionSize
                wrapMode: Text.WordWrap
            }

            Text {
                width: parent.width
                text: root.title
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.bodyFamily
                font.pixelSize: Theme.px(34)
                lineHeight: 1.15
                wrapMode: Text.WordWrap
            }
        }
    }
}
