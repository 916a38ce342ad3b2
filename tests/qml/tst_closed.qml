import QtQuick
import QtTest
import Exhibit

// Outside operating hours (tests/data/closed.ini: closed every day): the dark
// closed screen, no visits, no sound, and the staff corner still answers.
Item {
    width: 1920
    height: 1080

    KioskRoot {
        id: kiosk

        anchors.fill: parent
    }

    StaffTestCase {
        name: "Closed"
        kioskRoot: kiosk

        function test_closedScreenTakesNoVisitors() {
            compare(ScheduleController.open, false)
            compare(NavigationController.screen, NavigationController.ClosedScreen)
            const closed = screenItem("closed")
            tryCompare(closed, "opacity", 1)
            verify(child(closed, "closedTitle").text.indexOf("Closed") === 0)
            verify(!child(closed, "closedOpensAt").visible) // never opens in this schedule
            tap(kiosk, kiosk.width / 2, kiosk.height / 2)
            wait(300)
            compare(NavigationController.screen, NavigationController.ClosedScreen)
            compare(NarrationController.status, NarrationController.NoNarration)
        }

        function test_noticeStaysOnScreen() {
            const notice = child(screenItem("closed"), "closedNotice")
            verify(notice.x >= 0 && notice.x + notice.width <= kiosk.width)
            verify(notice.y >= 0 && notice.y + notice.height <= kiosk.height)
        }

        function test_staffCanStillComeIn() {
            openPinPad()
            typePin("2468")
            compare(StaffAccessController.stage, StaffAccessController.Admin)
            tap(child(kiosk, "adminBack"))
            compare(NavigationController.screen, NavigationController.ClosedScreen)
        }
    }
}
