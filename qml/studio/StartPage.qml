import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import ExhibitStudio

// Before anything is open: open a working copy, make one from a live
// database (the studio never edits the file the kiosks read), or pick up a
// recent file. What went wrong with a file is said here, in full.
Pane {
    id: page

    background: Rectangle {
        color: StudioTheme.paper
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * StudioTheme.gap, 760)
        spacing: StudioTheme.gap * 2

        Label {
            textFormat: Text.PlainText
            text: qsTr("Exhibit Studio")
            font.pixelSize: 36
            font.bold: true
            color: StudioTheme.text
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: qsTr("Edit the exhibit in a working copy, see every change on the kiosk's own screens, and publish when it is ready.")
            wrapMode: Text.Wrap
            color: StudioTheme.textMuted
        }

        RowLayout {
            spacing: StudioTheme.gap

            Button {
                objectName: "openButton"
                text: qsTr("Open a working copy…")
                highlighted: true
                focus: true
                onClicked: openDialog.open()
            }
            Button {
                objectName: "newWorkingCopyButton"
                text: qsTr("New working copy from a live database…")
                onClicked: liveDialog.open()
            }
        }

        // Why a file was not opened, or what was recovered.
        Label {
            textFormat: Text.PlainText
            objectName: "startMessage"
            Layout.fillWidth: true
            visible: text !== ""
            text: StudioSession.message
            wrapMode: Text.Wrap
            color: StudioSession.migrationOffered !== "" ? StudioTheme.text : StudioTheme.problem
            Accessible.role: Accessible.AlertMessage
        }
        Button {
            objectName: "migrateButton"
            visible: StudioSession.migrationOffered !== ""
            text: qsTr("Migrate a copy to the current version…")
            onClicked: migrateDialog.open()
        }

        Label {
            textFormat: Text.PlainText
            visible: recent.count > 0
            text: qsTr("Recent files")
            font.pixelSize: StudioTheme.headingSize
            color: StudioTheme.text
        }
        ListView {
            id: recent

            objectName: "recentFiles"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 320)
            clip: true
            model: StudioSession.recentFiles
            activeFocusOnTab: true
            keyNavigationEnabled: true
            Accessible.name: qsTr("Recent files")
            delegate: ItemDelegate {
                required property string modelData

                width: ListView.view.width
                text: modelData
                Accessible.name: qsTr("Open %1").arg(modelData)
                onClicked: StudioSession.open(modelData)
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
        }
    }

    FileDialog {
        id: openDialog

        title: qsTr("Open a working copy")
        nameFilters: [qsTr("Exhibit databases (*.db *.sqlite)"), qsTr("All files (*)")]
        onAccepted: StudioSession.open(selectedFile)
    }
    FileDialog {
        id: liveDialog

        title: qsTr("Choose the live database to copy")
        nameFilters: [qsTr("Exhibit databases (*.db *.sqlite)"), qsTr("All files (*)")]
        onAccepted: {
            copyDialog.live = selectedFile
            copyDialog.selectedFile = StudioSession.workingCopyFor(selectedFile)
            copyDialog.open()
        }
    }
    FileDialog {
        id: copyDialog

        property url live

        title: qsTr("Save the working copy as")
        fileMode: FileDialog.SaveFile
        onAccepted: StudioSession.makeWorkingCopy(live, selectedFile)
    }
    FileDialog {
        id: migrateDialog

        title: qsTr("Save the migrated copy as")
        fileMode: FileDialog.SaveFile
        onAccepted: StudioSession.migrate(selectedFile)
    }
}
