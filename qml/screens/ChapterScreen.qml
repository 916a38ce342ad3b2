pragma ComponentBehavior: Bound
import QtQuick
import Exhibit

// The chapters, fullscreen, side by side: swipe or use the arrows. The pager
// follows NavigationController and reports swipes back to it.
Item {
    id: root

    property bool portrait: height > width

    Rectangle {
        anchors.fill: parent
        color: Theme.paper
    }

    ListView {
        id: pager

        objectName: "chapterPager"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: captionBand.visible ? captionBand.top
                        : narrationBar.visible ? narrationBar.top : navigationBar.top
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        highlightMoveDuration: Theme.pageDuration
        boundsBehavior: Flickable.StopAtBounds
        flickDeceleration: 4000
        cacheBuffer: width * 2
        clip: true
        model: ContentStore.chapters

        delegate: ChapterPage {
            required property string chapterId

            objectName: "chapterPage_" + chapterId
            width: pager.width
            height: pager.height
            portrait: root.portrait
            onTimelineEventClicked: row => NavigationController.openTimeline(row)
            onFigureClicked: row => NavigationController.openFigures(row)
            onAllFiguresClicked: NavigationController.openFigures()
        }

        // Only a visitor's swipe picks the chapter. The view also moves its
        // current item by itself while it lays out (a resize, a slow
        // machine not yet caught up), and that must not open another one.
        onMovementEnded: {
            if (currentIndex >= 0 && currentIndex !== NavigationController.chapterIndex)
                NavigationController.openChapter(currentIndex)
        }

        // Made after a chapter was chosen (a screen shown before it is made
        // is made at once): at that chapter, once it has the width to be
        // placed (a Loader sizes what it made only after making it). A
        // view resized keeps its chapter too.
        Component.onCompleted: root.jumpToChapter()
        onWidthChanged: root.jumpToChapter()
    }

    // Straight to the chosen chapter, without sliding past the others: the
    // view is placed first, so making it current moves nothing.
    function jumpToChapter() {
        pager.positionViewAtIndex(NavigationController.chapterIndex, ListView.Beginning)
        pager.currentIndex = NavigationController.chapterIndex
    }

    Connections {
        target: NavigationController

        function onChapterIndexChanged() {
            pager.currentIndex = NavigationController.chapterIndex
        }

        // Opening a chapter from the menu jumps straight to it.
        function onScreenChanged() {
            if (NavigationController.screen === NavigationController.ChapterScreen)
                root.jumpToChapter()
        }
    }

    CaptionBand {
        id: captionBand

        objectName: "captionBand"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: narrationBar.top
        height: implicitHeight
        // Room is kept while captions are on and narration can play.
        visible: narrationBar.visible && narrationBar.available && NarrationController.captionsEnabled
        text: NarrationController.captionsEnabled ? NarrationController.caption : ""
        cjk: Theme.chinese
        characters: cjk ? NarrationController.captionCjkCharacters : NarrationController.captionCharacters
    }

    NarrationBar {
        id: narrationBar

        objectName: "narrationBar"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: navigationBar.top
        visible: NarrationController.status !== NarrationController.NoNarration
        available: NarrationController.playable
        loading: NarrationController.status === NarrationController.Loading
        playing: NarrationController.playing
        position: NarrationController.position
        duration: NarrationController.duration
        captionsEnabled: NarrationController.captionsEnabled
        onPlayPauseClicked: NarrationController.togglePlayback()
        onReplayClicked: NarrationController.replay()
        onSeekRequested: position => NarrationController.seek(position)
        onCaptionsToggled: NarrationController.captionsEnabled = !NarrationController.captionsEnabled
    }

    ChapterNavigationBar {
        id: navigationBar

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        count: NavigationController.chapterCount
        current: NavigationController.chapterIndex
        hasPrevious: NavigationController.hasPrevious
        hasNext: NavigationController.hasNext
        compact: root.portrait
        easyRead: AccessibilityController.easyRead
        onEasyReadClicked: AccessibilityController.easyRead = !AccessibilityController.easyRead
        onHomeClicked: NavigationController.home()
        onPreviousClicked: NavigationController.previousChapter()
        onNextClicked: NavigationController.nextChapter()
        onLanguageChosen: code => LanguageController.setLanguage(code)
        accessibilityActive: AccessibilityController.anyActive
        onAccessibilityClicked: AccessibilityController.panelOpen = true
    }
}
