import QtQuick
import Exhibit

// Every screen and panel but the attract screen, in the order they stack:
// the visit's screens, the panels over them, the volume shown, the idle
// warning and the staff's PIN pad and admin panel. KioskRoot makes this
// once its first frame is under way, in the background: their types (and
// Qt Quick Controls and Layouts, which some use) are not loaded before the
// attract screen shows (bench/first-frame.sh). Each screen in it is made
// only while wanted (ScreenFader.screen).
Item {
    id: layers

    property bool firstFrameShown: false
    property bool visitScreensWanted: false
    // Every screen wanted now is made.
    readonly property bool ready: menuFader.ready && chapterFader.ready && timelineFader.ready
                                  && mapFader.ready && figuresFader.ready && unavailableFader.ready
                                  && closedFader.ready && accessibilityFader.ready
                                  && languageChooserFader.ready && keypadHelpFader.ready
                                  && idleWarningFader.ready && pinPadFader.ready && adminFader.ready

    function flashVolume() { volumeIndicator.flash() }

    anchors.fill: parent

    ScreenFader {
        id: menuFader

        objectName: "menuScreenFader"
        shown: NavigationController.screen === NavigationController.MenuScreen
        preload: layers.firstFrameShown
        screen: Component { MenuScreen {} }
    }

    ScreenFader {
        id: chapterFader

        objectName: "chapterScreenFader"
        shown: NavigationController.screen === NavigationController.ChapterScreen
        preload: layers.visitScreensWanted
        screen: Component { ChapterScreen {} }
    }

    ScreenFader {
        id: timelineFader

        objectName: "timelineScreenFader"
        shown: NavigationController.screen === NavigationController.TimelineScreen
        preload: layers.visitScreensWanted
        screen: Component { TimelineScreen {} }
    }

    ScreenFader {
        id: mapFader

        objectName: "mapScreenFader"
        shown: NavigationController.screen === NavigationController.MapScreen
        preload: layers.visitScreensWanted
        screen: Component { MapScreen {} }
    }

    ScreenFader {
        id: figuresFader

        objectName: "figuresScreenFader"
        shown: NavigationController.screen === NavigationController.FiguresScreen
        preload: layers.visitScreensWanted
        screen: Component { FiguresScreen {} }
    }

    ScreenFader {
        id: unavailableFader

        objectName: "unavailableScreenFader"
        shown: NavigationController.screen === NavigationController.UnavailableScreen
        screen: Component { UnavailableScreen {} }
    }

    ScreenFader {
        id: closedFader

        objectName: "closedScreenFader"
        shown: NavigationController.screen === NavigationController.ClosedScreen
        screen: Component { ClosedScreen {} }
    }

    // Over the screen of a visit, its footer still in view.
    ScreenFader {
        id: accessibilityFader

        objectName: "accessibilityPanelFader"
        shown: AccessibilityController.panelOpen && NavigationController.visiting
        preload: layers.visitScreensWanted
        screen: Component {
            AccessibilityPanel {
                id: accessibilityPanel

                objectName: "accessibilityPanel"
                footerHeight: Theme.touchTarget + Theme.px(accessibilityPanel.height > accessibilityPanel.width ? 96 : 48)
                largeText: AccessibilityController.largeText
                highContrast: AccessibilityController.highContrast
                reducedMotion: AccessibilityController.reducedMotion
                screenReader: AccessibilityController.screenReader
                onLargeTextToggled: AccessibilityController.largeText = !AccessibilityController.largeText
                onHighContrastToggled: AccessibilityController.highContrast = !AccessibilityController.highContrast
                onReducedMotionToggled: AccessibilityController.reducedMotion = !AccessibilityController.reducedMotion
                onScreenReaderToggled: AccessibilityController.screenReader = !AccessibilityController.screenReader
                onCloseClicked: AccessibilityController.panelOpen = false
            }
        }
    }

    // Opened from the language button when there are more than two
    // languages; opening it begins a visit, so it always shows over one.
    ScreenFader {
        id: languageChooserFader

        objectName: "languageChooserFader"
        shown: LanguageController.chooserOpen && NavigationController.visiting
        preload: layers.visitScreensWanted
        screen: Component {
            LanguageChooserPanel {
                id: languageChooser

                objectName: "languageChooser"
                footerHeight: Theme.touchTarget + Theme.px(languageChooser.height > languageChooser.width ? 96 : 48)
                onChosen: code => LanguageController.choose(code)
                onCloseClicked: LanguageController.closeChooser()
            }
        }
    }

    ScreenFader {
        id: keypadHelpFader

        objectName: "keypadHelpFader"
        shown: AccessibilityController.helpOpen && NavigationController.visiting
        preload: layers.visitScreensWanted
        screen: Component {
            KeypadHelpPanel {
                id: keypadHelpPanel

                objectName: "keypadHelpPanel"
                footerHeight: Theme.touchTarget + Theme.px(keypadHelpPanel.height > keypadHelpPanel.width ? 96 : 48)
                onCloseClicked: AccessibilityController.helpOpen = false
            }
        }
    }

    VolumeIndicator {
        id: volumeIndicator

        objectName: "volumeIndicator"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: Theme.px(40)
        level: AccessibilityController.volumeLevel
        levels: AccessibilityController.volumeLevels
    }

    // Above every screen: the idle warning, then the staff's PIN pad and
    // admin panel, then the hidden corner that opens them.
    ScreenFader {
        id: idleWarningFader

        objectName: "idleWarning"
        shown: IdleController.warning
        preload: layers.visitScreensWanted
        screen: Component {
            IdleWarningOverlay {
                secondsLeft: IdleController.secondsLeft
                onContinueClicked: IdleController.registerActivity()
            }
        }
    }

    ScreenFader {
        id: pinPadFader

        objectName: "pinPadFader"
        shown: StaffAccessController.stage === StaffAccessController.PinEntry
        screen: Component {
            PinPadPanel {
                id: pinPad

                objectName: "pinPad"
                enteredDigits: StaffAccessController.enteredDigits
                attemptsLeft: StaffAccessController.attemptsLeft
                lockedOut: StaffAccessController.lockedOut
                lockoutSecondsLeft: StaffAccessController.lockoutSecondsLeft
                onDigitPressed: digit => StaffAccessController.appendDigit(digit)
                onBackspacePressed: StaffAccessController.removeDigit()
                onSubmitPressed: StaffAccessController.submit()
                onCancelled: StaffAccessController.close()

                Connections {
                    target: StaffAccessController
                    function onPinRejected() { pinPad.shake() }
                }
            }
        }
    }

    ScreenFader {
        id: adminFader

        objectName: "adminFader"
        shown: StaffAccessController.stage === StaffAccessController.Admin
        preload: StaffAccessController.stage === StaffAccessController.PinEntry
        screen: Component {
            AdminPanel {
                objectName: "adminPanel"
                version: AdminController.version
                uptimeSeconds: AdminController.uptimeSeconds
                contentVersion: AdminController.contentVersion
                contentStatus: AdminController.contentStatus
                contentFile: AdminController.contentFile
                lastReset: AdminController.lastReset
                problemCount: AdminController.problemCount
                recentProblemsText: AdminController.recentProblemsText
                analyticsStatus: AdminController.analyticsStatus
                visitsToday: AdminController.visitsToday
                chapterTitles: AdminController.chapterTitles
                chapterOpensToday: AdminController.chapterOpensToday
                mostChapterOpensToday: AdminController.mostChapterOpensToday
                soundCheckPlaying: AdminController.soundCheckPlaying
                soundCheckMessage: AdminController.soundCheckMessage
                pinWarning: StaffAccessController.pinWarning
                onSoundCheckClicked: AdminController.playSoundCheck()
                onReloadClicked: AdminController.reloadContent()
                onBackClicked: StaffAccessController.close()
                onRestartClicked: AdminController.restartKiosk()
                onExitClicked: AdminController.exitKiosk()
            }
        }
    }
}
