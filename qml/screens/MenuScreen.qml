pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic as Controls
import QtQuick.Layouts
import Exhibit

// The chapter menu: the exhibit's title, and five large chapter cards in a
// row (landscape) or, below the title's ink banner, a column (portrait).
Item {
    id: root

    property bool portrait: height > width
    readonly property int reachTop: root.portrait ? Math.round(root.height * Theme.reachFraction) : 0
    readonly property string prompt: qsTr("Touch a chapter to read its story")

    Rectangle {
        anchors.fill: parent
        color: Theme.paper
    }

    // Portrait: the title on an ink banner above the reach of a seated
    // visitor; the chapters, all within it, below.
    InkBanner {
        id: banner

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: root.reachTop - Theme.px(40)
        shown: root.portrait

        ExhibitHeader {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.margins: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            anchors.verticalCenterOffset: -Theme.px(40)
            title: ContentStore.title
            subtitle: ContentStore.subtitle
            portrait: true
            overInk: true
        }

        Text {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.margin
            anchors.bottomMargin: Theme.px(40)
            text: root.prompt
            textFormat: Text.PlainText
            color: Theme.textOnInkMuted
            font.family: Theme.bodyFamily
            font.pixelSize: Theme.labelSize
            wrapMode: Text.WordWrap
        }
    }

    ExhibitHeader {
        id: header

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        visible: !root.portrait
        title: ContentStore.title
        subtitle: ContentStore.subtitle
    }

    // The cards fill their space; when larger text makes them taller than
    // it (five wide cards on a portrait screen), the list scrolls.
    Flickable {
        id: tileArea

        objectName: "chapterTileArea"
        x: Theme.margin
        y: root.portrait ? root.reachTop : header.y + header.height + Theme.px(56)
        width: parent.width - 2 * Theme.margin
        height: footer.y - Theme.px(root.portrait ? 16 : 32) - y
        contentHeight: tiles.height
        interactive: contentHeight > height + 1
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Controls.ScrollIndicator.vertical: ScrollHint {}

        GridLayout {
            id: tiles

            objectName: "chapterTiles"
            width: tileArea.width - (tileArea.interactive ? Theme.px(20) : 0)
            height: Math.max(tileArea.height, implicitHeight)
            columns: root.portrait ? 1 : Math.max(1, repeater.count)
            rowSpacing: Theme.px(root.portrait ? 12 : 28)
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
                    Layout.minimumHeight: horizontal ? implicitHeight : Theme.touchTarget
                    horizontal: root.portrait
                    onClicked: NavigationController.openChapter(index)
                }
            }
        }
    }

    // The ways on (timeline, map, people) and the visitor's options. When
    // they do not fit one row (a portrait screen with larger text), the ways
    // on take a row of their own above the options.
    Item {
        id: footer

        readonly property int padding: Theme.px(24)
        readonly property bool oneRow: exploreButtons.width + Theme.px(24) + options.width <= width - 2 * Theme.margin

        objectName: "menuFooter"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: (oneRow ? Theme.touchTarget : 2 * Theme.touchTarget + Theme.px(20)) + 2 * padding

        Row {
            id: exploreButtons

            x: Theme.margin
            y: footer.oneRow ? Math.round((footer.height - height) / 2) : footer.padding
            spacing: Theme.px(16)

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
            anchors.right: options.left
            anchors.rightMargin: Theme.px(32)
            anchors.verticalCenter: exploreButtons.verticalCenter
            text: root.prompt
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.family: Theme.bodyFamily
            font.pixelSize: Theme.captionSize
            wrapMode: Text.WordWrap
            visible: !root.portrait
        }

        VisitorOptions {
            id: options

            x: footer.width - Theme.margin - width
            y: footer.height - footer.padding - Theme.touchTarget + Math.round((Theme.touchTarget - height) / 2)
            accessibilityActive: AccessibilityController.anyActive
            onLanguageChosen: code => LanguageController.setLanguage(code)
            onAccessibilityClicked: AccessibilityController.panelOpen = true
        }
    }
}
