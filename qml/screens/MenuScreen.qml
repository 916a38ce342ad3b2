pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Exhibit

// The chapter menu: the exhibit's title, and five large chapter cards in a
// row (landscape) or a column (portrait).
Item {
    id: root

    property bool portrait: false

    Rectangle {
        anchors.fill: parent
        color: Theme.paper
    }

    ExhibitHeader {
        id: header

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        title: ContentStore.title
        subtitle: ContentStore.subtitle
        portrait: root.portrait
    }

    GridLayout {
        id: tiles

        objectName: "chapterTiles"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: footer.top
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.px(root.portrait ? 48 : 56)
        anchors.bottomMargin: Theme.px(32)
        columns: root.portrait ? 1 : Math.max(1, repeater.count)
        rowSpacing: Theme.px(28)
        columnSpacing: Theme.px(28)

        Repeater {
            id: repeater

            model: ContentStore.chapters

            ChapterTile {
                required property int index
                required property string chapterId

                objectName: "chapterTile_" + chapterId
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: Theme.touchTarget
                horizontal: root.portrait
                onClicked: NavigationController.openChapter(index)
            }
        }
    }

    Item {
        id: footer

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.touchTarget + Theme.px(root.portrait ? 96 : 48)

        Row {
            id: exploreButtons

            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.px(20)

            KioskButton {
                objectName: "timelineButton"
                text: qsTr("Timeline")
                iconName: "next"
                visible: ContentStore.timeline.count > 0
                onClicked: NavigationController.openTimeline()
            }

            KioskButton {
                objectName: "mapButton"
                text: qsTr("Map")
                iconName: "next"
                visible: ContentStore.territoryMap.count > 0
                onClicked: NavigationController.openMap()
            }

            KioskButton {
                objectName: "figuresButton"
                text: qsTr("People")
                iconName: "next"
                visible: ContentStore.figures.count > 0
                onClicked: NavigationController.openFigures()
            }
        }

        Text {
            anchors.left: exploreButtons.right
            anchors.leftMargin: Theme.px(32)
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Touch a chapter to read its story")
            color: Theme.textMuted
            font.family: Theme.bodyFamily
            font.pixelSize: Theme.captionSize
            visible: !root.portrait
        }

        VisitorOptions {
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            languages: LanguageController.languageLabels
            language: LanguageController.language
            accessibilityActive: AccessibilityController.anyActive
            onLanguageChosen: code => LanguageController.setLanguage(code)
            onAccessibilityClicked: AccessibilityController.panelOpen = true
        }
    }
}
