pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic as Controls
import Exhibit

// One chapter, fullscreen: illustration beside (landscape) or above
// (portrait) its title, subtitle and body text. Long text scrolls inside its
// column and a soft fade says there is more; nothing is ever cut off.
Item {
    id: root

    // Filled from the chapter model's roles when used as a delegate.
    required property int number
    required property string title
    required property string subtitle
    required property string imageCaption
    required property string imageDescription
    required property string inBrief
    required property list<string> body
    required property url imageSource
    property bool portrait: false
    // What else tells of the chapter: its events on the timeline and its
    // people (rows to open, and what their links say).
    required property list<int> eventRows
    required property list<string> eventLabels
    required property list<int> figureRows
    required property list<string> figureNames

    signal timelineEventClicked(int row)
    signal figureClicked(int row)
    signal allFiguresClicked()

    function scrollToTop() { bodyFlickable.contentY = 0 }

    // A new visitor finds every chapter scrolled back to its start.
    Connections {
        target: NavigationController
        function onVisitEnded() { root.scrollToTop() }
    }

    ChapterIllustration {
        id: illustration

        x: Theme.margin
        y: Theme.margin
        width: root.portrait ? root.width - 2 * Theme.margin : Math.round(root.width * 0.42)
        height: root.portrait ? Math.round(root.height * 0.36) : root.height - 2 * Theme.margin
        source: root.imageSource
        caption: root.imageCaption
        description: root.imageDescription
        number: root.number
    }

    Item {
        id: textColumn

        anchors.left: root.portrait ? parent.left : illustration.right
        anchors.right: parent.right
        anchors.top: root.portrait ? illustration.bottom : parent.top
        anchors.bottom: parent.bottom
        anchors.leftMargin: root.portrait ? Theme.margin : Theme.margin * 1.1
        anchors.rightMargin: Theme.margin
        anchors.topMargin: root.portrait ? Theme.px(44) : Theme.margin

        Column {
            id: heading

            width: parent.width
            spacing: Theme.px(12)

            Text {
                text: qsTr("Chapter %1").arg(Theme.chinese ? Theme.chineseNumeral(root.number) : root.number)
                textFormat: Text.PlainText
                color: Theme.sealRed
                font.family: Theme.bodyFamily
                font.pixelSize: Theme.captionSize
                font.letterSpacing: Theme.px(4)
                font.capitalization: Font.AllUppercase
            }

            Text {
                objectName: "chapterTitle"
                width: parent.width
                text: root.title
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.displayFamily
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
            }

            Text {
                width: parent.width
                text: root.subtitle
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.family: Theme.bodyFamily
                font.pixelSize: Theme.subtitleSize
                font.italic: !Theme.chinese
                wrapMode: Text.WordWrap
            }

            Rectangle {
                width: Theme.px(120)
                height: Math.max(2, Theme.px(4))
                color: Theme.sealRed
            }
        }

        Flickable {
            id: bodyFlickable

            // The keypad's ring starts on the text, and Up and Down read on through it.
            Keypad.isDefault: true

            objectName: "bodyFlickable"
            anchors.top: heading.bottom
            anchors.topMargin: Theme.px(28)
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            contentHeight: paragraphs.implicitHeight + Theme.px(48)
            clip: true
            activeFocusOnTab: true
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1: the chapter's text. Up and down arrows scroll it.").arg(root.title)
            flickableDirection: Flickable.VerticalFlick
            boundsBehavior: Flickable.StopAtBounds

            Controls.ScrollIndicator.vertical: ScrollHint {}

            Column {
                id: paragraphs

                width: bodyFlickable.width - Theme.px(28)
                spacing: Theme.px(22)

                // Easy read ("In brief", in the bar below) swaps the body for the short version.
                Repeater {
                    model: AccessibilityController.easyRead ? [root.inBrief] : root.body

                    Text {
                        required property string modelData

                        width: paragraphs.width
                        text: modelData
                        color: Theme.text
                        font.family: Theme.bodyFamily
                        font.pixelSize: Theme.bodySize
                        lineHeight: Theme.bodyLineHeight
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                }

                RelatedLinks {
                    id: figureLinks

                    width: paragraphs.width
                    heading: qsTr("People in this chapter")
                    rows: root.figureRows
                    labels: root.figureNames
                    buttonName: "chapterFigure"
                    moreLabel: qsTr("%n more among the people", "", figureLinks.hiddenCount)
                    onLinkClicked: row => root.figureClicked(row)
                    onMoreClicked: root.allFiguresClicked()
                }

                RelatedLinks {
                    id: eventLinks

                    width: paragraphs.width
                    heading: qsTr("On the timeline")
                    rows: root.eventRows
                    labels: root.eventLabels
                    buttonName: "chapterEvent"
                    moreLabel: qsTr("%n more on the timeline", "", eventLinks.hiddenCount)
                    onLinkClicked: row => root.timelineEventClicked(row)
                    onMoreClicked: row => root.timelineEventClicked(row)
                }
            }
        }

        // Says "there is more below" without hiding any of it for good.
        Rectangle {
            anchors.left: bodyFlickable.left
            anchors.right: bodyFlickable.right
            anchors.bottom: bodyFlickable.bottom
            height: Theme.px(90)
            visible: !bodyFlickable.atYEnd
            gradient: Gradient {
                GradientStop { position: 0; color: Theme.paperClear }
                GradientStop { position: 1; color: Theme.paper }
            }
        }
    }
}
