pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ExhibitStudio

// Publishing the working copy to the live database the kiosks read: who and
// a line saying what changed, then the same checks a technician would run
// (validate, every screen drawn with the previews' checks) with a progress
// bar and a cancel; whatever stops it is listed and nothing is published.
// Beneath, the published versions with their notes, the live one marked,
// and a rollback that asks once before it acts.
Dialog {
    id: dialog

    readonly property StudioPublisher publisher: StudioSession.publisher
    readonly property bool running: publisher.state === StudioPublisher.Checking
                                    || publisher.state === StudioPublisher.Rendering
                                    || publisher.state === StudioPublisher.Publishing
    // Why the last publish or rollback could not begin.
    property string refusal
    // What must happen before publishing can begin, said beside the button
    // it keeps greyed out.
    readonly property string notReady: StudioSession.changes.liveFile === "" ? ""
        : StudioSession.problems.count > 0
          ? qsTr("Fix the %n problem(s) first: only an exhibit without problems is published.", "",
                 StudioSession.problems.count)
        : StudioSession.changes.count === 0 ? qsTr("Nothing has changed since the live version.")
        : note.text.trim() === "" || who.text.trim() === "" ? qsTr("Say what changed and who you are, for the history.")
        : ""

    objectName: "publishDialog"
    title: qsTr("Publish to the kiosks")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent.width - 80, 760)
    height: Math.min(parent.height - 80, 820)
    closePolicy: running ? Popup.NoAutoClose : Popup.CloseOnEscape
    padding: StudioTheme.gap * 2
    background: Rectangle {
        color: StudioTheme.paper
        radius: StudioTheme.radius
        border.color: StudioTheme.line
    }
    Overlay.modal: Rectangle {
        color: Qt.rgba(0.09, 0.07, 0.06, 0.6)
    }
    onOpened: {
        dialog.refusal = ""
        who.text = StudioSession.lastPublisher
        StudioSession.history.refresh()
        note.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: StudioTheme.gap

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: StudioSession.changes.liveFile !== ""
                  ? qsTr("To %1, with the media in %2. Fields changed since it was published: %n.", "",
                         StudioSession.changes.count)
                        .arg(StudioSession.changes.liveFile).arg(StudioSession.mediaFolder)
                  : qsTr("No live database is known for this working copy: choose it under Changes since live.")
            wrapMode: Text.Wrap
            color: StudioTheme.text
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: StudioTheme.gap

            Label {
                textFormat: Text.PlainText
                text: qsTr("What changed")
                color: StudioTheme.text
            }
            TextField {
                id: note

                objectName: "publishNote"
                Layout.fillWidth: true
                enabled: !dialog.running
                placeholderText: qsTr("Battles: the dates of both sieges corrected")
                Accessible.name: qsTr("What changed, for the history")
                maximumLength: 500
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Your name")
                color: StudioTheme.text
            }
            TextField {
                id: who

                objectName: "publishWho"
                Layout.fillWidth: true
                enabled: !dialog.running
                Accessible.name: qsTr("Your name, for the history")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: StudioTheme.gap

            Button {
                objectName: "publishButton"
                text: qsTr("Check and publish")
                visible: !dialog.running
                enabled: StudioSession.changes.liveFile !== "" && dialog.notReady === ""
                Accessible.description: dialog.notReady
                palette.button: StudioTheme.accent
                palette.buttonText: "white"
                opacity: enabled ? 1 : 0.45 // the palette hides the style's own disabled look
                onClicked: dialog.refusal = StudioSession.publish(note.text, who.text)
            }
            Button {
                objectName: "cancelPublishButton"
                text: qsTr("Cancel publishing")
                visible: dialog.running
                onClicked: dialog.publisher.cancel()
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Close")
                enabled: !dialog.running
                onClicked: dialog.close()
            }
        }

        Label {
            textFormat: Text.PlainText
            objectName: "publishNotReady"
            Layout.fillWidth: true
            visible: !dialog.running && publishStatus.text === "" && text !== ""
            text: dialog.notReady
            wrapMode: Text.Wrap
            color: StudioTheme.textMuted
        }
        ProgressBar {
            objectName: "publishProgress"
            Layout.fillWidth: true
            visible: dialog.running
            value: dialog.publisher.progress
            Accessible.name: dialog.publisher.step
        }
        Label {
            id: publishStatus

            textFormat: Text.PlainText
            objectName: "publishStatus"
            Layout.fillWidth: true
            visible: text !== ""
            text: dialog.refusal !== "" ? dialog.refusal
                  : dialog.running ? dialog.publisher.step : dialog.publisher.result
            wrapMode: Text.Wrap
            font.bold: true
            color: dialog.refusal !== "" || dialog.publisher.state === StudioPublisher.Stopped
                   ? StudioTheme.problem : StudioTheme.accent
        }
        ListView {
            objectName: "publishFindings"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 160)
            visible: count > 0 && !dialog.running
            clip: true
            model: dialog.publisher.findings
            ScrollBar.vertical: ScrollBar {}
            delegate: Label {
                required property string modelData

                width: ListView.view.width
                textFormat: Text.PlainText
                text: modelData
                wrapMode: Text.Wrap
                font.pixelSize: StudioTheme.smallFontSize
                color: StudioTheme.problem
            }
        }

        Label {
            textFormat: Text.PlainText
            Layout.topMargin: StudioTheme.gap
            text: qsTr("Published versions")
            font.bold: true
            color: StudioTheme.text
        }
        ListView {
            id: versions

            objectName: "historyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: StudioSession.history
            activeFocusOnTab: true
            Accessible.name: qsTr("Published versions")
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: entry

                required property int version
                required property string when
                required property string event
                required property string who
                required property string note
                required property bool live

                width: ListView.view.width
                Accessible.name: text
                text: qsTr("Version %1, %2, %3 by %4: %5").arg(version).arg(when).arg(event)
                      .arg(who !== "" ? who : qsTr("someone")).arg(note)
                contentItem: RowLayout {
                    spacing: StudioTheme.gap
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("v%1").arg(entry.version)
                        font.bold: true
                        color: StudioTheme.text
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: qsTr("%1 · %2 · %3").arg(entry.when).arg(entry.event)
                              .arg(entry.who !== "" ? entry.who : "—")
                              + (entry.note !== "" ? "\n" + entry.note : "")
                        wrapMode: Text.Wrap
                        color: StudioTheme.text
                    }
                    Label {
                        textFormat: Text.PlainText
                        visible: entry.live
                        text: qsTr("live")
                        font.bold: true
                        color: StudioTheme.accent
                    }
                }
            }
        }
        Button {
            objectName: "rollbackButton"
            text: qsTr("Roll back to the version before…")
            enabled: !dialog.running && StudioSession.history.liveVersion > 1
            onClicked: confirmRollback.open()
        }
    }

    Dialog {
        id: confirmRollback

        objectName: "confirmRollback"
        title: qsTr("Roll back?")
        modal: true
        anchors.centerIn: parent
        width: Math.min(dialog.width - 40, 560)
        standardButtons: Dialog.Ok | Dialog.Cancel
        onOpened: why.forceActiveFocus()
        onAccepted: dialog.refusal = StudioSession.rollback(why.text, who.text)

        ColumnLayout {
            anchors.fill: parent
            spacing: StudioTheme.gap
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Version %1 is live. The version before it becomes live again; the kiosks show it after their next visit ends.")
                      .arg(StudioSession.history.liveVersion)
                wrapMode: Text.Wrap
                color: StudioTheme.text
            }
            TextField {
                id: why

                objectName: "rollbackNote"
                Layout.fillWidth: true
                placeholderText: qsTr("Why, for the history")
                Accessible.name: qsTr("Why, for the history")
            }
        }
    }
}
