pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import ExhibitStudio

// Every field that differs from the live database, old beside new, each
// leading to its field and each one that both hold revertible; the whole
// list as a one-page HTML for whoever approves the change.
BottomPane {
    id: pane

    // What the last revert or export said, if it failed.
    property string refusal

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: StudioTheme.gap
            spacing: StudioTheme.gap

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: StudioSession.changes.liveProblem !== ""
                      ? StudioSession.changes.liveProblem
                      : qsTr("Fields changed since %1: %n", "", StudioSession.changes.count)
                            .arg(StudioSession.changes.liveFile)
                wrapMode: Text.Wrap
                font.bold: true
                color: StudioSession.changes.liveProblem !== "" ? StudioTheme.problem : StudioTheme.text
            }
            Button {
                objectName: "chooseLive"
                text: qsTr("Live database…")
                Accessible.name: qsTr("Choose the live database to compare with")
                onClicked: liveDialog.open()
            }
            Button {
                objectName: "exportChanges"
                text: qsTr("Export as a page…")
                enabled: StudioSession.changes.count > 0
                Accessible.name: qsTr("Export the changes as an HTML page")
                onClicked: exportDialog.open()
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.leftMargin: StudioTheme.gap
            visible: pane.refusal !== ""
            text: pane.refusal
            wrapMode: Text.Wrap
            color: StudioTheme.problem
        }

        ListView {
            objectName: "changesList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: StudioSession.changes
            activeFocusOnTab: true
            keyNavigationEnabled: true
            Accessible.name: qsTr("Changes since live")
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: change

                required property string path
                required property string before
                required property string after
                required property bool revertible

                width: ListView.view.width
                Accessible.name: qsTr("%1: was “%2”, now “%3”").arg(path).arg(before).arg(after)
                contentItem: RowLayout {
                    spacing: StudioTheme.gap
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            textFormat: Text.PlainText
                            text: change.path
                            font.pixelSize: StudioTheme.smallFontSize
                            color: StudioTheme.textMuted
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: change.before === "" ? qsTr("(nothing)") : change.before
                            font.strikeout: change.before !== ""
                            wrapMode: Text.Wrap
                            maximumLineCount: 3
                            elide: Text.ElideRight
                            color: StudioTheme.textMuted
                        }
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: change.after === "" ? qsTr("(nothing)") : change.after
                            wrapMode: Text.Wrap
                            maximumLineCount: 3
                            elide: Text.ElideRight
                            color: StudioTheme.text
                        }
                    }
                    Button {
                        objectName: "revert:" + change.path
                        Layout.alignment: Qt.AlignTop
                        visible: change.revertible
                        text: qsTr("Revert")
                        Accessible.name: qsTr("Put %1 back as it is live").arg(change.path)
                        onClicked: pane.refusal = StudioSession.revertChange(change.path)
                    }
                }
                onClicked: StudioSession.showField(path)
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
        }
    }

    FileDialog {
        id: liveDialog

        title: qsTr("Choose the live database to compare with")
        nameFilters: [qsTr("Exhibit databases (*.db *.sqlite)"), qsTr("All files (*)")]
        onAccepted: StudioSession.setLiveFile(selectedFile)
    }
    FileDialog {
        id: exportDialog

        title: qsTr("Export the changes as")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Web pages (*.html)")]
        onAccepted: pane.refusal = StudioSession.exportChanges(selectedFile)
    }
}
