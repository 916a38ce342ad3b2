import QtQuick
import Exhibit

// The bar along the bottom of a chapter, within reach of every visitor:
// back to the menu, previous, where you are, next, the chapter in brief
// (easy read), and the visitor's options.
Item {
    id: root

    property int count: 0
    property int current: 0
    property bool hasPrevious: false
    property bool hasNext: false
    property bool accessibilityActive: false
    property bool easyRead: false
    property bool compact: false  // narrow (portrait) screens: icon-only home button

    signal homeClicked()
    signal previousClicked()
    signal nextClicked()
    signal accessibilityClicked()
    signal easyReadClicked()
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
        id: homeButton

        objectName: "homeButton"
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        iconName: "home"
        text: root.compact ? "" : qsTr("Chapters")
        Accessible.name: qsTr("Back to the chapter menu")
        onClicked: root.homeClicked()
    }

    // On a narrow screen the arrows follow the home button, clear of "In
    // brief" and the visitor's options on the right.
    Row {
        anchors.verticalCenter: parent.verticalCenter
        anchors.horizontalCenter: root.compact ? undefined : parent.horizontalCenter
        anchors.left: root.compact ? homeButton.right : undefined
        anchors.leftMargin: Theme.px(24)
        spacing: Theme.px(root.compact ? 20 : 36)

        KioskButton {
            objectName: "previousButton"
            anchors.verticalCenter: parent.verticalCenter
            iconName: "previous"
            enabled: root.hasPrevious
            Accessible.name: qsTr("Previous chapter")
            onClicked: root.previousClicked()
        }

        // Not on a narrow screen, where "In brief" needs the room (the page says
        // which chapter it is).
        ProgressDots {
            objectName: "progressDots"
            visible: !root.compact
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

    // Easy read: every chapter in about 80 words, short sentences, each name explained.
    KioskButton {
        objectName: "inBriefButton"
        anchors.right: options.left
        anchors.rightMargin: Theme.px(root.compact ? 16 : 28)
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("In brief")
        checkable: true
        checked: root.easyRead
        Accessible.name: root.easyRead
                         ? qsTr("In brief, on: the chapter in short, easy sentences. Tap for the full text.")
                         : qsTr("In brief: the chapter in short, easy sentences")
        onClicked: root.easyReadClicked()
    }

    VisitorOptions {
        id: options

        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        accessibilityActive: root.accessibilityActive
        onLanguageChosen: code => root.languageChosen(code)
        onAccessibilityClicked: root.accessibilityClicked()
    }
}
