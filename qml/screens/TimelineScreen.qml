pragma ComponentBehavior: Bound
import QtQuick
import Exhibit

// The timeline: every dated event from the Treaty of Chanyuan to the end of
// the Song, along one line that the visitor drags or swipes; touching an
// event opens its story, with the way to its chapter.
Item {
    id: root

    property bool portrait: height > width
    readonly property int reachTop: root.portrait ? Math.round(root.height * Theme.reachFraction) : 0
    readonly property int openIndex: NavigationController.timelineIndex
    readonly property timelineEventDetail openEvent: ContentStore.openTimelineEvent

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
        title: qsTr("Timeline")
        prompt: qsTr("Drag along the years; touch an event to read its story.")
        titleObjectName: "timelineTitle"
    }

    ListView {
        id: list

        objectName: "timelineList"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.bottom: footer.top
        // Portrait: below the banner, within reach from a wheelchair.
        anchors.topMargin: Theme.px(40)
        leftMargin: Theme.margin
        rightMargin: Theme.margin
        orientation: ListView.Horizontal
        spacing: Theme.px(28)
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        model: ContentStore.timeline

        delegate: TimelineEventCard {
            required property int index
            required property string eventId
            required property bool startsYear
            required year
            required dateLabel
            required era
            required title

            objectName: "timelineEvent_" + eventId
            width: Theme.px(root.portrait ? 400 : 380)
            height: ListView.view.height
            axisY: Math.round(height * (root.portrait ? 0.2 : 0.28))
            firstOfYear: startsYear
            highlighted: index === root.openIndex
            onClicked: NavigationController.selectTimelineEvent(index)
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
        objectName: "eventDetailFader"
        shown: root.openIndex >= 0

        TimelineEventDetail {
            objectName: "eventDetail"
            anchors.fill: parent
            dateLabel: root.openEvent.dateLabel
            era: root.openEvent.era
            title: root.openEvent.title
            text: root.openEvent.text
            chapterTitle: root.openEvent.chapterTitle
            onCloseClicked: NavigationController.selectTimelineEvent(-1)
            onChapterClicked: NavigationController.openChapter(root.openEvent.chapterIndex)
        }
    }

    // Each time the timeline opens: at its start, or at the event it was
    // opened at; also when it is made as it opens.
    function showWhereOpened() {
        if (NavigationController.screen !== NavigationController.TimelineScreen)
            return
        if (root.openIndex >= 0)
            list.positionViewAtIndex(root.openIndex, ListView.Center)
        else
            list.contentX = list.originX - list.leftMargin
    }

    Component.onCompleted: root.showWhereOpened()

    Connections {
        target: NavigationController

        function onScreenChanged() { root.showWhereOpened() }
    }
}
