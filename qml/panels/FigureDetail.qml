pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic as Controls
import Exhibit

// A key figure's page, over the gallery: the portrait, the name in both
// scripts with its pinyin, the life dates and role, a short biography, and
// the chapters that tell of them. Touching outside the card closes it.
ModalCard {
    id: root

    property bool portrait: false
    property keyFigureDetail figure

    signal closeClicked()
    signal chapterClicked(int chapterIndex)

    card.anchors.horizontalCenter: root.horizontalCenter
    card.anchors.verticalCenter: root.verticalCenter
    card.anchors.verticalCenterOffset: Theme.px(24)
    card.width: Math.min(root.width - 2 * Theme.margin, Theme.px(root.portrait ? 960 : 1500))
    // As tall as the story needs, but never past the screen: a long story
    // (large text) scrolls, and the buttons stay at the foot of the card.
    card.height: Math.min(root.height - 2 * Theme.margin,
                          root.portrait ? picture.height + Theme.px(40) + storyHeight + Theme.px(48) * 2
                                        : Math.max(picture.height, storyHeight) + Theme.px(48) * 2)

    readonly property real storyHeight: words.implicitHeight + buttons.height + Theme.px(24)
    onDismissed: root.closeClicked()

    InkPicture {
        id: picture

        objectName: "figurePortrait"
        description: root.figure.portraitDescription
        x: Theme.px(48)
        y: Theme.px(48)
        width: root.portrait ? Theme.px(400) : Theme.px(480)
        height: width * 1.25
        source: root.figure.portraitSource
        sealText: root.figure.name.charAt(0)
    }

    Flickable {
        id: story

        // The keypad's ring starts on the story; Up and Down scroll it.
        Keypad.isDefault: true

        objectName: "figureStory"
        x: root.portrait ? Theme.px(48) : picture.x + picture.width + Theme.px(48)
        y: root.portrait ? picture.y + picture.height + Theme.px(40) : Theme.px(48)
        width: root.card.width - x - Theme.px(48)
        height: buttons.y - Theme.px(24) - y
        contentHeight: words.implicitHeight
        clip: true
        activeFocusOnTab: true
        Accessible.role: Accessible.StaticText
        Accessible.name: root.figure.name + ". " + root.figure.biography
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.StopAtBounds

        Controls.ScrollIndicator.vertical: ScrollHint {}

        Column {
            id: words

            width: story.width - Theme.px(20)
            spacing: Theme.px(14)

            Text {
                objectName: "figureName"
                width: parent.width
                text: root.figure.name
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.displayFamily
                font.pixelSize: Theme.titleSize * 0.8
                wrapMode: Text.WordWrap
            }

            Text {
                objectName: "figureOtherNames"
                width: parent.width
                visible: text !== ""
                text: root.figure.namesLine
                textFormat: Text.PlainText
                color: Theme.sealRed
                font.family: Theme.bodyFamily
                font.pixelSize: Theme.px(32)
                wrapMode: Text.WordWrap
            }

            Text {
                objectName: "figureRole"
                width: parent.width
                text: root.figure.lifespan + "  ·  " + root.figure.role
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.family: Theme.bodyFamily
                font.pixelSize: Theme.captionSize * 1.15
                wrapMode: Text.WordWrap
            }

            Text {
                objectName: "figureBiography"
                width: parent.width
                topPadding: Theme.px(8)
                text: root.figure.biography
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.bodyFamily
                font.pixelSize: Theme.bodySize
                lineHeight: Theme.bodyLineHeight
                wrapMode: Text.WordWrap
            }
        }
    }

    Flow {
        id: buttons

        x: story.x
        anchors.bottom: root.card.bottom
        anchors.bottomMargin: Theme.px(48)
        width: story.width
        spacing: Theme.px(20)

        Repeater {
            model: root.figure.chapterTitles.length

            delegate: KioskButton {
                required property int index

                objectName: "figureChapter_" + index
                maximumWidth: buttons.width
                text: qsTr("Read the chapter: %1").arg(root.figure.chapterTitles[index])
                iconName: "next"
                prominent: index === 0
                onClicked: root.chapterClicked(root.figure.chapterIndexes[index])
            }
        }

        KioskButton {
            objectName: "figureCloseButton"
            text: qsTr("Close")
            onClicked: root.closeClicked()
        }
    }
}
