import QtQuick
import Exhibit

// Everything a visitor sees: one screen at a time, chosen by the
// NavigationController, cross-fading in under 300 ms.
KioskFrame {
    id: root

    readonly property bool portrait: height > width
    // Drawn inside Exhibit Studio, as its preview: the studio's window keeps
    // its keyboard, and the staff's hidden corner is not there.
    property bool inStudio: false
    // Only the attract screen is made before the first frame, and the menu
    // in the background once that frame is under way (afterAnimating: on
    // this thread, unlike frameSwapped; bench/first-frame.sh: the start
    // against a bare window).
    property bool firstFrameShown: false
    // The other screens and panels of a visit are made once its menu has
    // faded in (not to hold up its frames) and let go once the kiosk has
    // rested a moment after it: they are not held through the hours on the
    // attract screen (bench/memory.sh; bench/taps.sh: made long before a
    // visitor can reach one), and never let go under a visit that follows
    // at once (a visitor back, a reset and a visit in one go). The closed
    // and unavailable screens and the staff's PIN pad are made when shown
    // (nobody is visiting then), the admin panel while the PIN is typed.
    property bool visitScreensWanted: false
    screensLoaded: root.firstFrameShown && menuFader.ready && chapterFader.ready
                   && timelineFader.ready && mapFader.ready && figuresFader.ready
                   && unavailableFader.ready && closedFader.ready && accessibilityFader.ready
                   && languageChooserFader.ready && keypadHelpFader.ready && idleWarningFader.ready
                   && pinPadFader.ready && adminFader.ready

    Connections {
        target: root.Window.window
        enabled: !root.firstFrameShown
        function onAfterAnimating() { root.firstFrameShown = true }
    }

    Timer {
        interval: Theme.fadeDuration
        running: root.firstFrameShown && NavigationController.visiting && !root.visitScreensWanted
        onTriggered: root.visitScreensWanted = true
    }

    Timer {
        interval: 2000
        running: root.visitScreensWanted && !NavigationController.visiting
        onTriggered: root.visitScreensWanted = false
    }

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
        id: menuFader

        objectName: "menuScreenFader"
        shown: NavigationController.screen === NavigationController.MenuScreen
        preload: root.firstFrameShown
        screen: Component { MenuScreen {} }
    }

    ScreenFader {
        id: chapterFader

        objectName: "chapterScreenFader"
        shown: NavigationController.screen === NavigationController.ChapterScreen
        preload: root.visitScreensWanted
        screen: Component { ChapterScreen {} }
    }

    ScreenFader {
        id: timelineFader

        objectName: "timelineScreenFader"
        shown: NavigationController.screen === NavigationController.TimelineScreen
        preload: root.visitScreensWanted
        screen: Component { TimelineScreen {} }
    }

    ScreenFader {
        id: mapFader

        objectName: "mapScreenFader"
        shown: NavigationController.screen === NavigationController.MapScreen
        preload: root.visitScreensWanted
        screen: Component { MapScreen {} }
    }

    ScreenFader {
        id: figuresFader

        objectName: "figuresScreenFader"
        shown: NavigationController.screen === NavigationController.FiguresScreen
        preload: root.visitScreensWanted
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
        preload: root.visitScreensWanted
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
        preload: root.visitScreensWanted
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
        preload: root.visitScreensWanted
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
        preload: root.visitScreensWanted
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

    // Staff only: hold the top-left corner for three seconds.
    HiddenHoldArea {
        objectName: "staffCorner"
        enabled: !root.inStudio
        width: Math.max(Theme.touchTarget, Theme.px(140))
        height: width
        holdMilliseconds: StaffAccessController.holdMilliseconds
        onHeld: StaffAccessController.requestAccess()
    }

    // The exhibit from a keypad or keyboard, over everything, drawing only its ring.
    KeypadNavigator {
        id: keypad

        objectName: "keypadNavigator"
        anchors.fill: parent
        enabled: !root.inStudio
        onAnnounce: text => LabelSpeaker.say(text)
        onActivated: focusRing.pulse()
        onBackRequested: NavigationController.stepBack()
        onHelpRequested: AccessibilityController.requestHelp()
        onVolumeStepRequested: step => {
            AccessibilityController.stepVolume(step)
            volumeIndicator.flash()
            LabelSpeaker.say(qsTr("Volume %1 of 10").arg(AccessibilityController.volumeLevel))
        }

        onScreenReaderRequested: AccessibilityController.requestScreenReaderToggle()

        Connections {
            target: NavigationController
            function onVisitEnded() { keypad.reset() }
        }

        FocusRing {
            id: focusRing

            objectName: "focusRing"
            target: keypad.focusRect
            targetRadius: keypad.focusRadius
            shown: keypad.active
        }
    }

    // The screen reader, over everything: on, it takes every touch and
    // speaks what is under the finger; off, it listens for two fingers held
    // still for three seconds. The words it adds are the interface's own.
    ScreenReader {
        id: reader

        // Set when the visit ends with the reader on: that message replaces "off".
        property bool endedWithVisit: false

        objectName: "screenReader"
        anchors.fill: parent
        enabled: !root.inStudio
        active: AccessibilityController.screenReader
        speaker: LabelSpeaker
        controlWords: qsTr("%1, button")
        pictureWords: qsTr("Picture: %1")
        firstWords: qsTr("First on this screen: %1")
        lastWords: qsTr("Last on this screen: %1")
        onToggleRequested: AccessibilityController.requestScreenReaderToggle()
        onActivated: readerRing.pulse()
        onActiveChanged: {
            if (active)
                say(qsTr("Screen reader on. Move a finger over the screen to hear what is there, "
                         + "and double tap anywhere to press it. Flick right or left for the next or the last thing, "
                         + "and flick two fingers up to read on. Hold two fingers still to turn it off."))
            else if (!endedWithVisit)
                say(qsTr("Screen reader off."))
            endedWithVisit = false
        }

        Connections {
            target: AccessibilityController
            function onScreenReaderEndedWithVisit() {
                reader.endedWithVisit = true
                reader.say(qsTr("The exhibit has started again for the next visitor. Screen reader off."))
            }
        }

        Connections {
            target: NavigationController
            function onVisitEnded() { reader.reset() }
        }

        FocusRing {
            id: readerRing

            objectName: "readerRing"
            target: reader.focusRect
            targetRadius: reader.focusRadius
            shown: reader.active && reader.currentItem !== null
        }
    }
}
