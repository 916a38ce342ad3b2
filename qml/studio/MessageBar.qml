import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ExhibitStudio

// What the session has to say while a file is open (what was recovered, a
// draft that could not be written), until the curator has read it.
Rectangle {
    id: bar

    property string message
    property string dismissed

    visible: message !== "" && message !== dismissed
    implicitHeight: row.implicitHeight + 2 * StudioTheme.smallGap
    color: "#fbeed2"
    border.color: StudioTheme.line

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: StudioTheme.smallGap
        anchors.leftMargin: StudioTheme.gap
        spacing: StudioTheme.gap

        Label {
            objectName: "sessionMessage"
            Layout.fillWidth: true
            text: bar.message
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: StudioTheme.text
            Accessible.role: Accessible.AlertMessage
        }
        Button {
            text: qsTr("OK")
            Accessible.name: qsTr("Dismiss the message")
            onClicked: bar.dismissed = bar.message
        }
    }
}
