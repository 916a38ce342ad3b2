import QtQuick

// An invisible patch that reports a finger held still on it for
// `holdMilliseconds`: the staff's way in. It watches passively, so a short
// tap still reaches whatever lies underneath, and a visitor brushing the
// corner opens nothing.
Item {
    id: root

    property int holdMilliseconds: 3000

    signal held()

    TapHandler {
        objectName: "hiddenHoldHandler"
        longPressThreshold: root.holdMilliseconds / 1000
        gesturePolicy: TapHandler.DragThreshold
        grabPermissions: PointerHandler.ApprovesTakeOverByAnything
        onLongPressed: root.held()
    }
}
