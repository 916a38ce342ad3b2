import QtQuick
import Exhibit

// A chapter's picture or a portrait on silk. Without a picture (an empty
// source: the content store found no file) the silk stays, with a seal in
// its middle (the chapter's number, or `sealText`): never an empty grey box.
Rectangle {
    id: root

    property url source
    property int number: 1
    property string sealText: Theme.chineseNumeral(root.number)
    property int sealSize: Theme.px(96)
    // What the picture shows, in words: said by the screen reader and by the
    // keypad, whose ring stops on a described picture (Enter does nothing there).
    property string description: ""
    readonly property alias status: picture.status

    color: Theme.paperDeep
    activeFocusOnTab: root.description !== ""
    Accessible.role: Accessible.Graphic
    Accessible.name: root.description

    Image {
        id: picture

        // Decoded while its screen shows and let go when it hides: a visit's
        // pictures are not held through the hours on the attract screen
        // (bench/memory.sh; decoded for the whole visit instead, they were
        // held after it too). It fades in once ready, as its screen fades in.
        objectName: "pictureFader"
        anchors.fill: parent
        source: root.visible ? root.source : ""
        sourceSize.width: width
        sourceSize.height: height
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        opacity: status === Image.Ready ? 1 : 0

        Behavior on opacity {
            NumberAnimation { duration: Theme.fadeDuration }
        }
    }

    SealMark {
        anchors.centerIn: parent
        visible: String(root.source) === "" || picture.status === Image.Error
        text: root.sealText
        fontSize: root.sealSize
    }
}
