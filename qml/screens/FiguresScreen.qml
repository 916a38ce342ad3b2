pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic as Controls
import Exhibit

// The key figures: a gallery of portraits, each opening the person's page
// with their story and the chapters that tell of them.
Item {
    id: root

    property bool portrait: height > width
    readonly property int reachTop: root.portrait ? Math.round(root.height * Theme.reachFraction) : 0
    readonly property int openIndex: NavigationController.figureIndex
    readonly property keyFigureDetail openFigure: ContentStore.openFigure

    Rectangle {
        anchors.fill: parent
        color: Theme.paper
    }

    ScreenHeading {
        id: header

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: root.portrait ? root.reachTop - Theme.px(40) : implicitHeight
        portrait: root.portrait
        title: qsTr("People")
        prompt: qsTr("Touch a portrait to read who they were.")
        titleObjectName: "figuresTitle"
    }

    GridView {
        id: grid

        readonly property int columns: root.portrait ? 3 : 6
        readonly property int rows: Math.ceil(count / columns)

        objectName: "figuresGrid"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: footer.top
        anchors.leftMargin: Theme.margin - Theme.px(10)
        anchors.rightMargin: Theme.margin - Theme.px(10)
        anchors.topMargin: Theme.px(root.portrait ? 40 : 24)
        cellWidth: width / columns
        // Landscape: as tall as a portrait card can be while all rows still
        // fit, unless that would squeeze them below square (a gallery of hundreds):
        // then full-size cards that scroll. Portrait: the gallery scrolls
        // within reach, the next row showing in part (more so with larger
        // text, whose names need room).
        readonly property real fittedHeight: Math.min(cellWidth * 1.45, height / Math.max(1, rows))
        cellHeight: root.portrait ? Math.round(height / (Theme.textScale > 1 ? 1.75 : 2.4))
                                  : (fittedHeight >= cellWidth ? fittedHeight : cellWidth * 1.45)
        interactive: contentHeight > height
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        model: ContentStore.figures

        Controls.ScrollIndicator.vertical: ScrollHint {}

        delegate: Item {
            id: cell

            required property int index
            required property string figureId
            required property string name
            required property string lifespan
            required property url portraitSource

            width: grid.cellWidth
            height: grid.cellHeight

            FigureCard {
                objectName: "figure_" + cell.figureId
                anchors.fill: parent
                anchors.margins: Theme.px(10)
                name: cell.name
                lifespan: cell.lifespan
                portraitSource: cell.portraitSource
                onClicked: NavigationController.selectFigure(cell.index)
            }
        }
    }

    ExploreFooter {
        id: footer

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        portrait: root.portrait
        showBack: NavigationController.openedFromChapter
        onHomeClicked: NavigationController.home()
        onBackClicked: NavigationController.back()
        onLanguageChosen: code => LanguageController.setLanguage(code)
        accessibilityActive: AccessibilityController.anyActive
        onAccessibilityClicked: AccessibilityController.panelOpen = true
    }

    ScreenFader {
        objectName: "figureDetailFader"
        shown: root.openIndex >= 0

        // Above the footer, which stays in reach: Chapters, Back and the language.
        FigureDetail {
            objectName: "figureDetail"
            anchors.fill: parent
            anchors.bottomMargin: footer.height
            portrait: root.portrait
            figure: root.openFigure
            onCloseClicked: NavigationController.selectFigure(-1)
            onChapterClicked: chapterIndex => NavigationController.openChapter(chapterIndex)
        }
    }
}
