pragma ComponentBehavior: Bound
import QtQuick
import Exhibit

// The attract loop: ink mountains drifting through mist behind the title,
// and a call to touch in every exhibit language. A touch anywhere begins.
Item {
    id: root

    property bool portrait: height > width

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0; color: Theme.ink }
            GradientStop { position: 0.65; color: Theme.inkSoft }
            GradientStop { position: 1; color: Theme.ink }
        }
    }

    // The two ridges drift apart and back, the near one twice as far: one
    // clock for both, so they move in the same frame, a few times a second
    // at most (bench/idle-cpu.sh).
    SlowDrift {
        id: drift

        objectName: "attractDrift"
        pixels: Theme.px(120)
        period: 45000
        running: root.visible
    }

    DriftingLayer {
        source: ContentStore.mediaUrl("images/attract-far.svg")
        reach: Theme.px(60)
        offset: Math.floor(drift.position / 2)
        opacity: 0.55
    }

    DriftingLayer {
        objectName: "attractNearRidge"
        source: ContentStore.mediaUrl("images/attract-near.svg")
        reach: Theme.px(120)
        offset: -drift.position
        opacity: 0.9
        // The near ridge and wall (tools/generate-art.py) draw nothing in the
        // top 60 % of their picture (tst_kioskflow checks it).
        emptyAbove: 0.6
    }

    // The title and call to touch wander a few pixels over minutes: this
    // screen shows all day, and a still image would burn into the panel.
    BurnInShift {
        objectName: "attractBurnInShift"
        running: root.visible

        Column {
            id: titleBlock

            anchors.horizontalCenter: parent.horizontalCenter
            anchors.verticalCenter: parent.verticalCenter
            anchors.verticalCenterOffset: -Theme.px(root.portrait ? 160 : 70)
            spacing: Theme.px(22)

            Row {
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: Theme.px(28)

                Text {
                    objectName: "attractTitle"
                    text: ContentStore.welcome.firstTitle
                    textFormat: Text.PlainText
                    color: Theme.textOnInk
                    font.family: Theme.displayFamily
                    font.pixelSize: Theme.displaySize * (root.portrait ? 1.1 : 1.25)
                    font.weight: Font.Light
                    font.letterSpacing: Theme.px(10)
                }

                SealMark {
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.verticalCenterOffset: Theme.px(12)
                    text: Theme.sealText
                    fontSize: Theme.px(40)
                }
            }

            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                width: Theme.px(160)
                height: Math.max(2, Theme.px(3))
                color: Theme.sealRedBright
            }

            Repeater {
                model: ContentStore.welcome

                Text {
                    required property string subtitle
                    required property string language
                    required property int index

                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.min(implicitWidth, root.width - 2 * Theme.margin)
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: subtitle
                    textFormat: Text.PlainText
                    color: index === 0 ? Theme.textOnInk : Theme.textOnInkMuted
                    font.family: Theme.serifFor(language)
                    font.pixelSize: Theme.px(index === 0 ? 40 : 36)
                    font.italic: !Theme.isCjk(language)
                }
            }
        }

        CallToAction {
            objectName: "callToAction"
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.px(root.portrait ? 260 : 110)
            texts: ContentStore.welcome
            running: root.visible
            // On a landscape screen it sits level with the language switch in
            // the corner: it keeps clear of it on both sides.
            maximumWidth: root.width - 2 * Theme.margin
                          - (root.portrait ? 0 : 2 * (languageButton.width + Theme.px(24)))
            onClicked: NavigationController.begin()
        }
    }

    TapHandler {
        objectName: "attractTapHandler"
        onTapped: NavigationController.begin()
    }

    // Choosing a language here begins the visit in that language.
    LanguageButton {
        id: languageButton

        objectName: "languageButton"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        darkBackground: true
        onChosen: code => LanguageController.beginVisitIn(code)
    }
}
