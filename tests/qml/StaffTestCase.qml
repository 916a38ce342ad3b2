import QtQuick
import Exhibit

// KioskTestCase with the staff's moves: the corner hold and the PIN pad.
KioskTestCase {
    id: testCase

    function openPinPad() {
        hold(child(testCase.kioskRoot, "staffCorner"), 30, 30, StaffAccessController.holdMilliseconds + 300)
        tryCompare(StaffAccessController, "stage", StaffAccessController.PinEntry)
        tryCompare(child(testCase.kioskRoot, "pinPadFader"), "opacity", 1)
    }

    function typePin(pin) {
        const pad = child(testCase.kioskRoot, "pinPad")
        for (const digit of pin)
            tap(child(pad, "pinKey_" + digit))
        tap(child(pad, "pinEnter"))
    }
}
