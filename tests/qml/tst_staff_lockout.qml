import QtQuick
import QtTest
import Exhibit

// Five wrong PINs lock the pad (its own file: the lock lasts five minutes,
// longer than the other staff tests should wait).
Item {
    width: 1080
    height: 1920

    KioskRoot {
        id: kiosk

        anchors.fill: parent
    }

    StaffTestCase {
        name: "StaffLockout"
        kioskRoot: kiosk

        function test_fiveWrongPinsLockThePad() {
            openPinPad()
            for (let attempt = 1; attempt <= 4; ++attempt) {
                ignoreWarning(new RegExp("wrong PIN; " + (5 - attempt) + " tries? left"))
                typePin("0000")
            }
            ignoreWarning(/5 wrong PINs: the pad is locked for 300 s/)
            typePin("0000")
            compare(StaffAccessController.lockedOut, true)
            const message = child(kiosk, "pinMessage")
            verify(message.text.indexOf("Try again in 5:00") >= 0 || message.text.indexOf("Try again in 4:59") >= 0,
                   message.text)
            // The keys take nothing now, not even the right PIN.
            typePin("2468")
            compare(StaffAccessController.stage, StaffAccessController.PinEntry)
            compare(StaffAccessController.enteredDigits, 0)
            tap(child(kiosk, "pinCancel"))
            compare(StaffAccessController.stage, StaffAccessController.Closed)
        }
    }
}
