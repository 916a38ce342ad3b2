import QtQuick
import Exhibit

// The bar along the bottom of a chapter, within reach of every visitor:
// back to the menu, previous, where you are, next, and the language switch.
Item {
    id: root

    property int count: 0
    property int current: 0
    property bool hasPrevious: false
    property bool hasNext: false
    property bool accessibilityActive: false
    property bool compact: false  // narrow (portrait) screens: icon-only home button

    signal homeClicked()
    signal previousClicked()
    signal nextClicked()
    signal accessibilityClicked()
    signal languageChosen(string code)

    implicitHeight: Theme.touchTarget + Theme.px(48)

    Rectangle {
        anchors.fill: parent
        color: Theme.paperDeep

        Rectangle {
            width: parent.width
            height: Math.max(1, Theme.px(2))
            color: Theme.paperEdge
        }
    }

    KioskButton {
        objectName: "homeButton"
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        iconName: "home"
        text: root.compact ? "" : qsTr("Chapters")
        Accessible.name: qsTr("Back to the chapter menu")
        onClicked: root.homeClicked()
    }

    // On a narrow screen the arrows sit left of centre, clear of the
    // visitor's options on the right.
    Row {
        anchors.centerIn: parent
        anchors.horizontalCenterOffset: root.compact ? -Theme.px(90) : 0
        spacing: Theme.px(root.compact ? 20 : 36)

        KioskButton {
            objectName: "previousButton"
            anchors.verticalCenter: parent.verticalCenter
            iconName: "previous"
            enabled: root.hasPrevious
            Accessible.name: qsTr("Previous chapter")
            onClicked: root.previousClicked()
        }

        ProgressDots {
            objectName: "progressDots"
            anchors.verticalCenter: parent.verticalCenter
            count: root.count
            current: root.current
        }

        KioskButton {
            objectName: "nextButton"
            anchors.verticalCenter: parent.verticalCenter
            iconName: "next"
            prominent: root.hasNext
            enabled: root.hasNext
            Accessible.name: qsTr("Next chapter")
            onClicked: root.nextClicked()
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
