import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ExhibitStudio

// One item of the outline: its title, what it is (a chapter's number, a
// date, a lifespan), and its problems counted in red.
ItemDelegate {
    id: row

    required property string path
    required property string title
    required property string detail
    required property int problemCount
    property bool selected: false

    Accessible.name: problemCount > 0
                     ? qsTr("%1, %2, %n problems", "", problemCount).arg(title).arg(detail)
                     : qsTr("%1, %2").arg(title).arg(detail)
    highlighted: selected
    background: Rectangle {
        color: row.selected ? StudioTheme.selection : row.hovered ? Qt.darker(StudioTheme.paperDeep, 1.04) : "transparent"
        Rectangle {
            width: 4
            height: parent.height
            color: StudioTheme.accent
            visible: row.selected
        }
    }
    contentItem: RowLayout {
        spacing: StudioTheme.smallGap

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: row.title !== "" ? row.title : qsTr("(untitled)")
                elide: Text.ElideRight
                color: StudioTheme.text
                font.bold: row.selected
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: row.detail !== ""
                text: row.detail
                elide: Text.ElideRight
                font.pixelSize: StudioTheme.smallFontSize
                color: StudioTheme.textMuted
            }
        }
        Label {
            textFormat: Text.PlainText
            visible: row.problemCount > 0
            text: row.problemCount
            leftPadding: 8
            rightPadding: 8
            topPadding: 1
            bottomPadding: 1
            color: "white"
            font.pixelSize: StudioTheme.smallFontSize
            font.bold: true
            background: Rectangle {
                radius: height / 2
                color: StudioTheme.problem
            }
        }
    }
}
