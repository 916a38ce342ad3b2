import QtQuick
import Exhibit

// The footer of the timeline and the map: home to the chapters, back to the
// chapter the visitor came from (when they did), and the language switch.
Item {
    id: root

    property bool portrait: false
    property bool showBack: false
    property var languages: []
    property string language: ""

    signal homeClicked()
    signal backClicked()
    signal languageChosen(string code)

    implicitHeight: Theme.touchTarget + Theme.px(root.portrait ? 96 : 48)

    Row {
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.px(20)

        KioskButton {
            objectName: "homeButton"
            iconName: "home"
            text: root.portrait ? "" : qsTr("Chapters")
            Accessible.name: qsTr("Chapters")
            onClicked: root.homeClicked()
        }

        KioskButton {
            objectName: "backButton"
            visible: root.showBack
            iconName: "previous"
            text: qsTr("Back to the chapter")
            onClicked: root.backClicked()
        }
    }

    LanguageButton {
        objectName: "languageButton"
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        languages: root.languages
        current: root.language
        onChosen: code => root.languageChosen(code)
    }
}
