import QtQuick
import QtTest
import Exhibit
import ExhibitStudio

// Publishing from the studio as a curator does, to a real live database with
// this build's exhibit-curator and exhibit-kiosk: a problem the media check
// finds stops it with nothing published; a publish can be cancelled while
// the screens are drawn; a clean one becomes the live version with its note
// and its author, and a rollback asks once and puts the one before back.
TestCase {
    id: test

    name: "StudioPublish"
    when: windowShown
    width: 100
    height: 100

    property var studio: null

    Component {
        id: studioWindow

        StudioWindow {
            width: 1600
            height: 1000
        }
    }

    function find(name) {
        const item = findChild(studio.contentItem.parent, name)
        verify(item, "no item " + name)
        return item
    }
    function press(name) {
        const button = find(name)
        tryVerify(() => button.visible && button.enabled, 5000, name + " cannot be pressed")
        button.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
    }
    function typeInto(name, text) {
        const field = find(name)
        field.forceActiveFocus(Qt.TabFocusReason)
        field.selectAll()
        keyClick(Qt.Key_Delete)
        for (const character of text)
            keyClick(character)
    }
    function publisher() { return StudioSession.publisher }

    function initTestCase() {
        studio = studioWindow.createObject(null)
        verify(studio)
        verify(StudioSession.isOpen, StudioSession.message)
        StudioSession.setLiveFile("file://" + publishedLive)
        compare(StudioSession.history.count, 1)
        compare(StudioSession.history.liveVersion, 1)
        waitForRendering(studio.contentItem)
    }

    function init() {
        failOnWarning(/.*/)
    }

    function cleanupTestCase() {
        studio.destroy()
    }

    function test_1_aMediaProblemStopsItWithNothingPublished() {
        // The preview logs the missing picture, as the kiosk would (and shows its seal instead).
        ignoreWarning(/images\/not-there\.svg not found/)
        ignoreWarning(/publish stopped: The exhibit has problems/)
        compare(StudioSession.edit("chapters.causes.image", "images/not-there.svg"), "")
        tryCompare(StudioSession.changes, "count", 1)
        compare(StudioSession.publish("a picture that is not there", "Curator"), "")
        tryCompare(publisher(), "state", StudioPublisher.Stopped, 120000)
        verify(publisher().findings.join("\n").indexOf("images/not-there.svg") >= 0,
               publisher().findings.join("\n"))
        compare(StudioSession.history.count, 1)
        StudioSession.undo()
        tryCompare(StudioSession.changes, "count", 0)
    }

    function test_2_aPublishCanBeCancelledWhileScreensAreDrawn() {
        compare(StudioSession.edit("chapters.battles.title.en", "The fall of Kaifeng"), "")
        StudioSession.finishEditing()
        tryCompare(StudioSession.changes, "count", 1)
        compare(StudioSession.publish("cancelled", "Curator"), "")
        tryCompare(publisher(), "state", StudioPublisher.Rendering, 120000)
        tryVerify(() => publisher().progress > 0.1, 120000)
        publisher().cancel()
        compare(publisher().state, StudioPublisher.Stopped)
        verify(publisher().result.indexOf("Cancelled") === 0, publisher().result)
        StudioSession.history.refresh()
        compare(StudioSession.history.count, 1)
    }

    function test_3_publishedWithItsNoteAndAuthorThenRolledBack() {
        studio.contentItem.forceActiveFocus()
        press("openPublish")
        const dialog = find("publishDialog")
        tryCompare(dialog, "opened", true)
        typeInto("publishNote", "Battles: the fall of Kaifeng")
        typeInto("publishWho", "Li Qingzhao")
        press("publishButton")
        tryCompare(publisher(), "state", StudioPublisher.Published, 600000)
        compare(publisher().progress, 1)
        compare(StudioSession.history.liveVersion, 2)
        compare(StudioSession.history.count, 2)
        const versions = find("historyList")
        tryVerify(() => versions.itemAtIndex(0) !== null)
        compare(versions.itemAtIndex(0).who, "Li Qingzhao")
        compare(versions.itemAtIndex(0).note, "Battles: the fall of Kaifeng")
        verify(versions.itemAtIndex(0).live)
        tryCompare(StudioSession.changes, "count", 0)
        compare(StudioSession.lastPublisher, "Li Qingzhao")

        // Rolled back: asked once, then the first edition is live again.
        press("rollbackButton")
        const confirm = find("confirmRollback")
        tryCompare(confirm, "opened", true)
        typeInto("rollbackNote", "the old title stays")
        confirm.accept()
        compare(StudioSession.history.liveVersion, 1)
        compare(StudioSession.history.count, 3)
        tryCompare(StudioSession.changes, "count", 1)
        dialog.close()
    }
}
