import QtQuick
import Exhibit

// The footer of the timeline, the map and the figures: home to the chapters,
// back to the chapter the visitor came from (when they did), and the
// visitor's options (accessibility, language).
Item {
    id: root

    property bool portrait: false
    property bool showBack: false
    property bool accessibilityActive: false

    signal homeClicked()
    signal backClicked()
    signal languageChosen(string code)
    signal accessibilityClicked()

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

    VisitorOptions {
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        accessibilityActive: root.accessibilityActive
        onLanguageChosen: code => root.languageChosen(code)
        onAccessibilityClicked: root.accessibilityClicked()
    }
}
