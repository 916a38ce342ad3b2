import QtQuick
import QtTest
import Exhibit

// Staff access by touch, with tests/data/staff.ini (PIN 2468): the hidden
// corner, the PIN pad, and the admin panel's status and actions.
Item {
    width: 1920
    height: 1080

    KioskRoot {
        id: kiosk

        anchors.fill: parent
    }

    SignalSpy {
        id: quitSpy

        target: AdminController
        signalName: "quitRequested"
    }

    StaffTestCase {
        id: testCase

        name: "StaffAccess"
        kioskRoot: kiosk

        function test_shortTouchOnTheCornerOpensNothing() {
            hold(child(kiosk, "staffCorner"), 30, 30, 1000)
            wait(2500)
            compare(StaffAccessController.stage, StaffAccessController.Closed)
        }

        function test_wrongPinSaysHowManyTriesAreLeft() {
            openPinPad()
            ignoreWarning(/wrong PIN; 4 tries left/)
            typePin("1357")
            compare(StaffAccessController.stage, StaffAccessController.PinEntry)
            verify(child(kiosk, "pinMessage").text.indexOf("4 tries left") >= 0)
            compare(StaffAccessController.enteredDigits, 0)
            // The dots show how many digits, never which.
            tap(child(kiosk, "pinKey_2"))
            compare(StaffAccessController.enteredDigits, 1)
            tap(child(kiosk, "pinBackspace"))
            compare(StaffAccessController.enteredDigits, 0)
            tap(child(kiosk, "pinCancel"))
            compare(StaffAccessController.stage, StaffAccessController.Closed)
        }

        function test_rightPinOpensTheAdminPanel() {
            begin() // a visit in progress ends when staff take over
            openPinPad()
            typePin("2468")
            compare(StaffAccessController.stage, StaffAccessController.Admin)
            tryCompare(child(kiosk, "adminFader"), "opacity", 1)
            compare(NavigationController.screen, NavigationController.AttractScreen)
            const panel = child(kiosk, "adminPanel")
            compare(panel.contentVersion, AdminController.contentVersion)
            verify(panel.contentVersion.length === 12)
            compare(panel.contentStatus, "ok")
            verify(/^[0-9]+\.[0-9]+\.[0-9]+$/.test(panel.version), panel.version)
            tap(child(panel, "adminBack"))
            compare(StaffAccessController.stage, StaffAccessController.Closed)
        }

        // The visit staff interrupt is recorded (anonymously), and the panel
        // shows today's visits and each chapter's openings.
        function test_adminPanelShowsTodaysVisits() {
            begin()
            tap(child(screenItem("menu"), "chapterTile_battles"))
            tryCompare(NavigationController, "screen", NavigationController.ChapterScreen)
            const before = AdminController.visitsToday
            openPinPad()
            typePin("2468")
            const panel = child(kiosk, "adminPanel")
            tryCompare(panel, "visitsToday", before + 1, 5000)
            verify(panel.analyticsStatus.indexOf("recording to ") === 0, panel.analyticsStatus)
            const battles = panel.chapterTitles.indexOf("Battles")
            verify(battles >= 0 && panel.chapterOpensToday[battles] >= 1,
                   JSON.stringify(panel.chapterOpensToday))
            compare(panel.chapterTitles.length, 5)
            compare(panel.chapterOpensToday.length, 5)
            verify(child(panel, "adminChapterChart").visible)
            tap(child(panel, "adminBack"))
        }

        function test_soundCheckPlaysThroughTheNarrationOutput() {
            openPinPad()
            typePin("2468")
            tap(child(kiosk, "adminSoundCheck"))
            tryCompare(NarrationController, "status", NarrationController.Playing, 10000)
            tryCompare(AdminController, "soundCheckMessage", "playing")
            compare(child(kiosk, "adminSoundCheckMessage").text, "playing")
            // Leaving the panel stops it: the gallery hears nothing more.
            tap(child(kiosk, "adminBack"))
            compare(NarrationController.status, NarrationController.NoNarration)
        }

        function test_reloadKeepsTheExhibitShowing() {
            openPinPad()
            typePin("2468")
            const version = AdminController.contentVersion
            tap(child(kiosk, "adminReload"))
            compare(AdminController.contentVersion, version)
            compare(AdminController.contentStatus, "ok")
        }

        function test_exitAsksTwice() {
            quitSpy.clear()
            openPinPad()
            typePin("2468")
            const exitButton = child(kiosk, "adminExit")
            tap(exitButton)
            compare(quitSpy.count, 0)
            verify(exitButton.text.indexOf("Tap again") === 0)
            tap(exitButton)
            compare(quitSpy.count, 1)
            compare(quitSpy.signalArguments[0][0], 10)

            quitSpy.clear()
            tap(child(kiosk, "adminRestart"))
            compare(quitSpy.count, 1)
            compare(quitSpy.signalArguments[0][0], 11)
        }
    }
}
