pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ExhibitStudio

// What keeps the exhibit from being published, in the outline's order, the
// validator's own words; each leads to its field.
Pane {
    id: pane

    padding: 0
    background: Rectangle {
        color: StudioTheme.paperDeep
        Rectangle {
            width: parent.width
            height: 1
            color: StudioTheme.line
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            textFormat: Text.PlainText
            Layout.margins: StudioTheme.gap
            text: StudioSession.problems.count > 0
                  ? qsTr("Problems (%1): the exhibit is kept as a draft; publishing needs none").arg(StudioSession.problems.count)
                  : qsTr("No problems: the exhibit keeps every rule")
            font.bold: true
            color: StudioSession.problems.count > 0 ? StudioTheme.problem : StudioTheme.accent
        }
        ListView {
            objectName: "problemsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: StudioSession.problems
            activeFocusOnTab: true
            keyNavigationEnabled: true
            Accessible.name: qsTr("Problems")
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: problem

                required property string path
                required property string item
                required property string message

                width: ListView.view.width
                Accessible.name: message
                contentItem: Label {
                    text: problem.message
                    wrapMode: Text.Wrap
                    color: StudioTheme.text
                }
                onClicked: StudioSession.showField(path)
                Keys.onReturnPressed: clicked()
            }
        }
    }
}
