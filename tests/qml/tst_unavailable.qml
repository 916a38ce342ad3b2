import QtQuick
import QtTest
import Exhibit

// Run with EXHIBIT_TEST_CONTENT pointing at a missing database: the kiosk
// shows its calm "unavailable" notice, never a black screen, and says why.
Item {
    width: 1920
    height: 1080

    KioskRoot {
        id: kiosk

        anchors.fill: parent
    }

    TestCase {
        id: testCase

        name: "Unavailable"
        when: windowShown

        function test_showsNoticeAndIgnoresTouches() {
            compare(ContentStore.status, ContentStore.Unavailable)
            verify(ContentStore.statusMessage.indexOf("does-not-exist.db: no such file") >= 0, ContentStore.statusMessage)
            compare(NavigationController.screen, NavigationController.UnavailableScreen)
            const notice = findChild(kiosk, "unavailableTitle")
            verify(notice.visible)
            compare(notice.text, "This exhibit is resting")
            touchEvent(kiosk).press(0, kiosk, 500, 500).commit()
            touchEvent(kiosk).release(0, kiosk, 500, 500).commit()
            wait(100)
            compare(NavigationController.screen, NavigationController.UnavailableScreen)
        }
    }
}
