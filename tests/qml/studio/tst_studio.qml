import QtQuick
import QtTest
import Exhibit
import ExhibitStudio

// Exhibit Studio as a curator uses it, on a real working copy: the preview
// is the kiosk's own screen and follows typing, a teaser too long for its
// tile is outlined on the preview and listed in Problems, undo puts it back.
TestCase {
    id: test

    name: "Studio"
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

    SignalSpy {
        id: previewUpdated

        target: StudioPreview
        signalName: "updated"
    }

    function find(name) {
        const item = findChild(studio.contentItem.parent, name)
        verify(item, "no item " + name)
        return item
    }

    // Types into a field as a curator would: click, select all, type.
    function typeInto(path, text) {
        const field = find("field:" + path)
        tryVerify(() => field.width > 0 && field.height > 0)
        waitForRendering(field)
        mouseClick(field)
        tryVerify(() => field.activeFocus)
        field.selectAll()
        keyClick(Qt.Key_Delete)
        for (const character of text)
            keyClick(character)
        return field
    }

    function waitForPreview() {
        previewUpdated.clear()
        previewUpdated.wait(5000)
    }

    function initTestCase() {
        studio = studioWindow.createObject(null)
        verify(studio)
        verify(StudioSession.isOpen, StudioSession.message)
        tryVerify(() => StudioPreview.screen !== null)
        waitForRendering(studio.contentItem)
    }

    function init() {
        // Any warning while a test runs (a broken binding, a missing file) fails it.
        failOnWarning(/.*/)
    }

    function cleanupTestCase() {
        studio.destroy()
    }

    function test_1_opensOnTheExhibit() {
        compare(StudioSession.fileName, workingCopy)
        compare(StudioSession.selectedItem, "exhibit")
        compare(StudioSession.outline.rowCount() > 10, true)
        compare(StudioPreview.view, StudioPreview.ItemView)
        const kiosk = find("previewKioskRoot")
        compare(kiosk.width, 1920)
        compare(kiosk.height, 1080)
        verify(kiosk.scale < 1)
        compare(NavigationController.screen, NavigationController.AttractScreen)
    }

    function test_2_theTitleFollowsTyping() {
        typeInto("exhibit.title.en", "1127")
        compare(StudioSession.field("exhibit.title.en"), "1127")
        waitForPreview()
        tryCompare(find("attractTitle"), "text", "1127")
        compare(StudioPreview.view, StudioPreview.AttractView)
        verify(StudioPreview.lastUpdateMs < 3000)
        // Undo puts back the whole word typed, and the field shows it.
        StudioSession.undo()
        compare(StudioSession.field("exhibit.title.en"), "1126")
        tryCompare(find("field:exhibit.title.en"), "text", "1126")
        waitForPreview()
        compare(find("attractTitle").text, "1126")
    }

    function test_3_aTeaserTooLongIsOutlined() {
        StudioSession.selectedItem = "chapters.battles"
        const teaser = "The sieges of Kaifeng: " + "the walls held, then the city fell, ".repeat(8)
        typeInto("chapters.battles.teaser.en", teaser)
        compare(StudioPreview.view, StudioPreview.MenuView)
        tryCompare(NavigationController, "screen", NavigationController.MenuScreen)
        // Over the limit: counted down below zero, in Problems, kept as a draft.
        tryVerify(() => find("counter:chapters.battles.teaser.en").text.indexOf("over") >= 0)
        tryVerify(() => StudioSession.problems.count > 0)
        verify(!StudioSession.saved)
        // And on the preview: the tile's words outlined in red.
        tryVerify(() => StudioPreview.findings.count > 0, 5000)
        const outlines = findChild(find("previewFrame"), "findingOutline")
        verify(outlines, "no red outline on the preview")
        // A screen reader on the preview hears what was found.
        verify(find("previewFrame").Accessible.description.indexOf(StudioPreview.findings.spoken) === 0)
        verify(StudioPreview.findings.spoken !== "")
        // Problems (1) leads back to the field from anywhere.
        StudioSession.selectedItem = "chapters.causes"
        mouseClick(find("problemsButton"))
        const list = find("problemsList")
        tryVerify(() => list.visible && list.count > 0)
        waitForRendering(list)
        mouseClick(list.itemAtIndex(0))
        tryCompare(StudioSession, "selectedItem", "chapters.battles")
        tryVerify(() => find("field:chapters.battles.teaser.en").activeFocus)
        mouseClick(find("problemsButton"))
        // Undo: the teaser as it was, no problems, saved.
        for (let i = 0; i < 3 && StudioSession.canUndo; ++i)
            StudioSession.undo()
        tryCompare(StudioSession.problems, "count", 0)
        tryCompare(StudioPreview.findings, "count", 0, 5000)
        tryVerify(() => StudioSession.saved, 5000)
    }

    function test_4_paragraphsAreAddedMovedAndRemoved() {
        StudioSession.selectedItem = "chapters.legacy"
        const path = "chapters.legacy.body.en"
        const paragraphs = () => StudioSession.field(path).split("\n\n")
        const before = paragraphs()
        const add = find("addParagraph:" + path)
        tryVerify(() => add.width > 0)
        // From the keyboard, as a curator who does not use a mouse would.
        add.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
        const added = find("field:" + path + "[" + before.length + "]")
        tryVerify(() => added.activeFocus)
        for (const character of "A new paragraph.")
            keyClick(character)
        compare(paragraphs().length, before.length + 1)
        compare(paragraphs()[before.length], "A new paragraph.")
        tryCompare(NavigationController, "screen", NavigationController.ChapterScreen)
        tryVerify(() => added.activeFocus) // still typing in the same box

        // Up one place, then removed: the text as it was (from the keyboard too).
        const press = name => {
            find(name).forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Space)
        }
        press("moveUp:" + path + "[" + before.length + "]")
        compare(paragraphs()[before.length - 1], "A new paragraph.")
        compare(paragraphs()[before.length], before[before.length - 1])
        press("remove:" + path + "[" + (before.length - 1) + "]")
        compare(paragraphs(), before)

        // Ctrl+Return in any paragraph adds one after the last, cursor in it.
        const first = find("field:" + path + "[0]")
        first.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return, Qt.ControlModifier)
        const appended = find("field:" + path + "[" + before.length + "]")
        tryVerify(() => appended.activeFocus)
        for (const character of "Typed after Ctrl+Return.")
            keyClick(character)
        compare(paragraphs().length, before.length + 1)
        compare(paragraphs()[before.length], "Typed after Ctrl+Return.")
        compare(paragraphs()[0], before[0]) // no line break typed into the first
        StudioSession.undo()
        compare(paragraphs(), before)
    }

    function test_5_eventsComeAndGo() {
        const events = () => StudioSession.outline.rowCount()
        const before = events()
        const add = find("addEvent")
        add.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
        compare(events(), before + 1)
        compare(StudioSession.selectedItem, "timeline.new-event")
        // Every text still to write: problems, and the draft keeps it.
        verify(StudioSession.problems.count > 0)
        typeInto("timeline.new-event.title.en", "A new event")
        compare(StudioSession.field("timeline.new-event.title.en"), "A new event")
        tryCompare(NavigationController, "screen", NavigationController.TimelineScreen)

        const remove = find("removeItem")
        remove.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
        compare(events(), before)
        verify(StudioSession.selectedItem.startsWith("timeline."))
        verify(StudioSession.selectedItem !== "timeline.new-event")
        tryCompare(StudioSession.problems, "count", 0)
        // Undone, it is back with what was typed in it.
        StudioSession.undo()
        compare(StudioSession.selectedItem, "timeline.new-event")
        compare(StudioSession.field("timeline.new-event.title.en"), "A new event")
        while (StudioSession.canUndo && events() > before)
            StudioSession.undo()
        compare(events(), before)
        tryCompare(StudioSession.problems, "count", 0)
    }

    function test_6_aPictureChosenFromDiskIsCopiedAndShown() {
        StudioSession.selectedItem = "chapters.causes"
        const path = "chapters.causes.image"
        const before = StudioSession.field(path)
        verify(find("choose:" + path).visible)
        // The dialog opens in the curator's own folders, never the studio's.
        verify(StudioSession.chooseFrom().toString().startsWith("file:///"))
        // What the file dialog hands over: a picture outside the media folder.
        compare(StudioSession.chooseFile(path, "file://" + bundledMedia + "/images/battles.svg"), "")
        // The next file is chosen from the same folder.
        compare(StudioSession.chooseFrom().toString(), "file://" + bundledMedia + "/images")
        compare(StudioSession.field(path), "images/causes.v2.svg")
        verify(StudioSession.message.indexOf("images/causes.v2.svg") >= 0, StudioSession.message)
        const thumbnail = find("thumbnail:" + path)
        tryCompare(thumbnail, "status", Image.Ready)
        verify(thumbnail.source.toString().endsWith("/media/images/causes.v2.svg"))

        // A file that is no picture is refused, and the field keeps its picture.
        const refusal = StudioSession.chooseFile(path, "file://" + workingCopy)
        verify(refusal.indexOf("cannot be shown") >= 0, refusal)
        compare(StudioSession.field(path), "images/causes.v2.svg")

        StudioSession.undo()
        compare(StudioSession.field(path), before)
        tryVerify(() => StudioSession.saved, 5000)
    }

    function test_6b_aRecordingIsTakenAsMadeFromTheWordsNow() {
        const audio = "chapters.causes.narration.en.audio"
        const madeFrom = "chapters.causes.narration.en.madeFrom"
        const before = [StudioSession.field(audio), StudioSession.field(madeFrom)]
        // The words change: the narration made from the old ones is out of date.
        StudioSession.selectedItem = "chapters.causes"
        typeInto("chapters.causes.subtitle.en", "Why the alliance failed")
        tryCompare(StudioSession.problems, "warningCount", 1)
        // A new recording of them: up to date, both changes one step to undo.
        compare(StudioSession.chooseFile(audio, "file://" + bundledMedia + "/narration/causes.en.opus"), "")
        compare(StudioSession.field(audio), "narration/causes.en.v2.opus")
        verify(StudioSession.field(madeFrom) !== before[1])
        tryCompare(StudioSession.problems, "warningCount", 0)
        StudioSession.undo()
        compare([StudioSession.field(audio), StudioSession.field(madeFrom)], before)
        tryCompare(StudioSession.problems, "warningCount", 1)
        StudioSession.undo()
        tryCompare(StudioSession.problems, "warningCount", 0)
        tryVerify(() => StudioSession.saved, 5000)
    }

    function test_7_changesSinceLiveAreListedRevertedAndExported() {
        StudioSession.setLiveFile("file://" + liveDatabase)
        compare(StudioSession.changes.liveProblem, "")
        tryCompare(StudioSession.changes, "count", 0)
        const title = "chapters.aftermath.title.en"
        const before = StudioSession.field(title)
        StudioSession.selectedItem = "chapters.aftermath"
        typeInto(title, "After the fall")
        tryCompare(StudioSession.changes, "count", 1)
        find("changesButton").clicked()
        const revert = find("revert:" + title)
        tryVerify(() => revert.visible && revert.width > 0)

        // The page itself is tst_fieldchange's; here it is written where asked.
        compare(StudioSession.exportChanges("file://" + workingFolder + "/changes.html"), "")
        verify(StudioSession.exportChanges("file:///nonexistent/folder/changes.html") !== "")

        revert.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
        compare(StudioSession.field(title), before)
        tryCompare(StudioSession.changes, "count", 0)
        tryVerify(() => StudioSession.saved, 5000)
        find("changesButton").clicked()
    }

    function test_7b_translationNeedsListedExportedAndImported() {
        const translation = StudioSession.translation
        compare(translation.languages, ["zh"])
        tryCompare(translation, "toReview", 0)
        find("translationButton").clicked()
        const list = find("translationList")
        tryVerify(() => list.visible && list.height > 0)

        // The English changes: its Chinese is to be reviewed.
        StudioSession.selectedItem = "chapters.causes"
        typeInto("chapters.causes.title.en", "Origins")
        tryCompare(translation, "toReview", 1)
        compare(find("translationButton").text, "Translation (1)")
        tryCompare(list, "count", 1)
        compare(find("translationCounts").text, "0 to translate, 1 to review, 240 translated")

        // Out to a translator, and back: the Chinese kept, now in step with the English.
        const file = "file://" + workingFolder + "/zh.xlf"
        verify(StudioSession.exportTranslation(file, true))
        // (The plural is the studio's English translation's, which main() loads.)
        verify(find("translationReport").text.startsWith("Wrote 1 text"),
               find("translationReport").text)
        verify(StudioSession.importTranslation(file), translation.report)
        compare(translation.reportIsProblem, false)
        tryCompare(translation, "toReview", 0)
        tryCompare(list, "count", 0)
        // One step to undo.
        StudioSession.undo()
        tryCompare(translation, "toReview", 1)
        StudioSession.undo()
        compare(StudioSession.field("chapters.causes.title.en"), "Causes")
        tryCompare(translation, "toReview", 0)

        // Not a translator's file: nothing changes, and the line is named.
        verify(!StudioSession.importTranslation("file://" + workingFolder + "/changes.html"))
        verify(translation.reportIsProblem)
        verify(find("translationReport").text.startsWith("Nothing was imported:"), translation.report)
        find("translationButton").clicked()
    }

    function test_8_aDraftNarrationSpeaksTheWordsBeingEdited() {
        const audio = "chapters.legacy.narration.zh.audio"
        const captions = "chapters.legacy.narration.zh.captions"
        const before = [StudioSession.field(audio), StudioSession.field(captions)]
        StudioSession.selectedItem = "chapters.legacy"
        compare(StudioSession.draftNarrationNeeds("zh"), "")
        const make = find("draftNarration:" + audio)
        tryVerify(() => make.visible && make.enabled)
        make.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
        compare(StudioSession.draftNarrationFor, audio)
        tryCompare(StudioSession, "draftNarrationFor", "", 120000)
        compare(StudioSession.field(audio), "narration/legacy.zh.v2.opus")
        compare(StudioSession.field(captions), "narration/legacy.zh.v2.vtt")
        verify(StudioSession.message.indexOf("narration/legacy.zh.v2.opus") >= 0, StudioSession.message)
        compare(StudioSession.problems.count, 0)
        compare(StudioSession.problems.warningCount, 0)
        // One step to undo, as it was.
        StudioSession.undo()
        compare([StudioSession.field(audio), StudioSession.field(captions)], before)
        tryVerify(() => StudioSession.saved, 5000)
    }

    // Every control a keyboard reaches, in the order Tab reaches it, until
    // the walk comes back to where it began.
    function tabWalk(first, key, limit) {
        first.forceActiveFocus(Qt.TabFocusReason)
        const stops = [first]
        for (let i = 0; i < limit; ++i) {
            keyClick(key)
            const item = studio.activeFocusItem
            if (item === first)
                return stops
            stops.push(item)
        }
        fail("Tab never came back to " + first.objectName + " after " + limit + " stops")
    }

    // What a screen reader says for a control: its accessible name, else its text.
    function spokenName(item) {
        return item.Accessible.name || item.text || ""
    }

    function test_9_theKeyboardReachesEveryPaneAndNamesEveryStop() {
        StudioSession.selectedItem = "chapters.battles"
        const search = find("searchField")
        const stops = tabWalk(search, Qt.Key_Tab, 200)
        const names = stops.map(item => item.objectName)
        for (const item of stops)
            verify(spokenName(item) !== "", "no spoken name for " + item + " " + item.objectName)
        verify(stops.indexOf(find("outline").currentItem) >= 0, "the outline is never reached")
        for (const name of ["addEvent", "field:chapters.battles.title.zh", "field:chapters.battles.body.zh[3]",
                            "draftNarration:chapters.battles.narration.en.audio", "viewPage", "highContrast",
                            "previewFrame", "changesButton", "translationButton", "problemsButton", "openPublish"])
            verify(names.indexOf(name) >= 0, name + " is never reached: " + names.join(", "))
        // The preview is one stop, not the kiosk's own controls.
        const kiosk = find("previewKioskRoot")
        const inKiosk = item => item && (item === kiosk || inKiosk(item.parent))
        compare(stops.filter(inKiosk).map(item => item.objectName), [])
        // Shift+Tab walks the same stops backwards.
        const back = tabWalk(search, Qt.Key_Backtab, 200)
        compare(back.length, stops.length)
        compare([back[0]].concat(back.slice(1).reverse()), stops)
    }

    function test_9b_thePublishDialogHoldsTheKeyboardUntilClosed() {
        find("openPublish").clicked()
        const dialog = find("publishDialog")
        tryCompare(dialog, "opened", true)
        const note = find("publishNote")
        tryVerify(() => note.activeFocus)
        const stops = tabWalk(note, Qt.Key_Tab, 20)
        const names = stops.map(item => item.objectName + ":" + spokenName(item))
        for (const item of stops) {
            verify(dialog.contentItem.contains(item.mapToItem(dialog.contentItem, 1, 1)), names.join(", "))
            verify(spokenName(item) !== "", "no spoken name for " + item)
        }
        verify(stops.indexOf(find("publishWho")) === 1, names.join(", "))
        verify(stops.indexOf(find("historyList")) > 1, names.join(", "))
        // Nothing to publish: the button says why it is greyed out.
        verify(!find("publishButton").enabled)
        const why = find("publishNotReady")
        verify(why.visible)
        compare(why.text, "Nothing has changed since the live version.")
        compare(find("publishButton").Accessible.description, why.text)
        keyClick(Qt.Key_Escape)
        tryCompare(dialog, "visible", false)
    }
}
