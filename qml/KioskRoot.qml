pragma ComponentBehavior: Bound
import QtQuick
import Exhibit

// Everything a visitor sees: one screen at a time, chosen by the
// NavigationController, cross-fading in under 300 ms.
Item {
    id: root

    readonly property bool portrait: height > width

    onWidthChanged: Theme.scale = Math.min(width, height) / 1080
    onHeightChanged: Theme.scale = Math.min(width, height) / 1080
    Component.onCompleted: Theme.scale = Math.min(width, height) / 1080

    Rectangle {
        anchors.fill: parent
        color: Theme.ink
    }

    ScreenFader {
        objectName: "attractScreenFader"
        shown: NavigationController.screen === NavigationController.AttractScreen
        AttractScreen {
            anchors.fill: parent
            portrait: root.portrait
        }
    }

    ScreenFader {
        objectName: "menuScreenFader"
        shown: NavigationController.screen === NavigationController.MenuScreen
        MenuScreen {
            anchors.fill: parent
            portrait: root.portrait
        }
    }

    ScreenFader {
        objectName: "chapterScreenFader"
        shown: NavigationController.screen === NavigationController.ChapterScreen
        ChapterScreen {
            anchors.fill: parent
            portrait: root.portrait
        }
    }

    ScreenFader {
        objectName: "unavailableScreenFader"
        shown: NavigationController.screen === NavigationController.UnavailableScreen
        UnavailableScreen {
            anchors.fill: parent
        }
    }

    // Above every screen: the idle warning, then (later) staff overlays.
    ScreenFader {
        objectName: "idleWarning"
        shown: IdleController.warning
        IdleWarningOverlay {
            anchors.fill: parent
            secondsLeft: IdleController.secondsLeft
            onContinueClicked: IdleController.registerActivity()
        }
    }
}
