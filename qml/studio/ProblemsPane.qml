pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ExhibitStudio

// What keeps the exhibit from being published, in the outline's order, the
// validator's own words, then what should be seen to but keeps nothing from
// happening (a narration out of date); each leads to its field.
BottomPane {
    id: pane

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
                required property bool warning

                width: ListView.view.width
                Accessible.name: warning ? qsTr("Warning: %1").arg(message) : message
                contentItem: Label {
                    textFormat: Text.PlainText
                    text: problem.warning ? qsTr("Warning: %1").arg(problem.message) : problem.message
                    wrapMode: Text.Wrap
                    color: problem.warning ? StudioTheme.warning : StudioTheme.text
                }
                onClicked: StudioSession.showField(path)
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
        }
    }
}
