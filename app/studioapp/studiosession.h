#pragma once

#include "content/narrationtext.h"
#include "studio/draftnarration.h"
#include "studio/studiochanges.h"
#include "studio/studiodocument.h"
#include "studio/studiofields.h"
#include "studio/studiohistory.h"
#include "studio/studiooutline.h"
#include "studio/studioproblems.h"
#include "studio/studiopublisher.h"
#include "studio/studiosearch.h"
#include "studio/studiotranslation.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

/** Exhibit Studio's session as its screens see it: the working copy being
 *  edited (StudioDocument) with its outline, the selected item's fields,
 *  the problems and the search; opening a file, making a working copy of a
 *  live database or migrating an older one, and the recent files; undo and
 *  redo. One per engine (ExhibitStudio's singleton), wired by StudioServices. */
class StudioSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY fileChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY fileChanged)
    // What the last open, copy or save said: why a file was refused, what was recovered.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // A file from an older schema waiting for "Migrate a copy".
    Q_PROPERTY(QString migrationOffered READ migrationOffered NOTIFY messageChanged)
    Q_PROPERTY(QStringList recentFiles READ recentFiles NOTIFY recentFilesChanged)
    Q_PROPERTY(QString selectedItem READ selectedItem WRITE select NOTIFY selectedItemChanged)
    Q_PROPERTY(StudioOutline *outline READ outline CONSTANT)
    Q_PROPERTY(StudioFields *fields READ fields CONSTANT)
    Q_PROPERTY(StudioProblems *problems READ problems CONSTANT)
    Q_PROPERTY(StudioSearch *search READ search CONSTANT)
    Q_PROPERTY(StudioChanges *changes READ changes CONSTANT)
    Q_PROPERTY(StudioTranslation *translation READ translation CONSTANT)
    Q_PROPERTY(StudioPublisher *publisher READ publisher CONSTANT)
    Q_PROPERTY(StudioHistory *history READ history CONSTANT)
    // Who published last from this studio (else the user's name), to sign the next.
    Q_PROPERTY(QString lastPublisher READ lastPublisher NOTIFY historyChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoChanged)
    Q_PROPERTY(bool saved READ isSaved NOTIFY savedChanged)
    // The chapters an event or a person can be linked to, in the kiosk's order.
    Q_PROPERTY(QStringList chapterIds READ chapterIds NOTIFY fileChanged)
    // Where pictures, recordings and captions chosen from disk are copied.
    Q_PROPERTY(QString mediaFolder READ mediaFolder CONSTANT)
    // The narration field ("chapters.battles.narration.en.audio") a draft is
    // being made for; empty when none is.
    Q_PROPERTY(QString draftNarrationFor READ draftNarrationFor NOTIFY draftNarrationChanged)

public:
    explicit StudioSession(QObject *parent = nullptr);

    [[nodiscard]] StudioDocument *document() { return &m_document; }
    [[nodiscard]] bool isOpen() const { return !m_document.fileName().isEmpty(); }
    [[nodiscard]] QString fileName() const { return m_document.fileName(); }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString migrationOffered() const { return m_migrationOffered; }
    [[nodiscard]] QStringList recentFiles() const;
    [[nodiscard]] QString selectedItem() const { return m_fields.item(); }
    void select(const QString &item);
    [[nodiscard]] StudioOutline *outline() { return &m_outline; }
    [[nodiscard]] StudioFields *fields() { return &m_fields; }
    [[nodiscard]] StudioProblems *problems() { return &m_problems; }
    [[nodiscard]] StudioSearch *search() { return &m_search; }
    [[nodiscard]] StudioChanges *changes() { return &m_changes; }
    [[nodiscard]] StudioTranslation *translation() { return &m_translation; }
    [[nodiscard]] StudioPublisher *publisher() { return &m_publisher; }
    [[nodiscard]] StudioHistory *history() { return &m_history; }
    [[nodiscard]] QString lastPublisher() const;
    [[nodiscard]] bool canUndo() const { return m_document.undoStack()->canUndo(); }
    [[nodiscard]] bool canRedo() const { return m_document.undoStack()->canRedo(); }
    [[nodiscard]] QString undoText() const { return m_document.undoStack()->undoText(); }
    [[nodiscard]] QString redoText() const { return m_document.undoStack()->redoText(); }
    [[nodiscard]] bool isSaved() const { return m_document.isSaved(); }
    [[nodiscard]] QString mediaFolder() const { return m_mediaFolder; }
    [[nodiscard]] QStringList chapterIds() const;
    // A chapter's title in the exhibit's first language, to choose it by.
    Q_INVOKABLE QString chapterTitle(const QString &id) const;
    void setMediaFolder(const QString &folder) { m_mediaFolder = folder; }
    void setNarrationTool(const QString &script);
    [[nodiscard]] QString draftNarrationFor() const { return m_draftNarrationFor; }

    // A file chosen in a dialog (a URL) or typed (a path).
    Q_INVOKABLE bool open(const QUrl &file);
    // A working copy at `target` of the live database `live`, opened.
    Q_INVOKABLE bool makeWorkingCopy(const QUrl &live, const QUrl &target);
    // The file offered for migration, copied to `target` at the current schema, opened.
    Q_INVOKABLE bool migrate(const QUrl &target);
    // "" when the field took the value, else why not.
    Q_INVOKABLE QString edit(const QString &path, const QString &value);
    Q_INVOKABLE QString field(const QString &path) const { return m_document.field(path); }
    // A picture, recording or captions file for the field at `path`: checked,
    // copied into the media folder under a new name (MediaImport) and set, as
    // one step to undo. "" when it was taken, else why not; what it means for
    // the narration (captions that outrun the recording) is the message.
    Q_INVOKABLE QString chooseFile(const QString &path, const QUrl &file);
    // The live database this working copy is compared with (and published to);
    // remembered for the working copy.
    Q_INVOKABLE void setLiveFile(const QUrl &live);
    // Puts a field back as it is live (one step to undo); "" or why not.
    Q_INVOKABLE QString revertChange(const QString &path);
    // The changes since live as one HTML page at `target`; "" or why not.
    Q_INVOKABLE QString exportChanges(const QUrl &target);
    // The translator's round trip (translation.report says how it went).
    Q_INVOKABLE bool exportTranslation(const QUrl &target, bool needsWorkOnly);
    Q_INVOKABLE bool importTranslation(const QUrl &file);
    // Checks, draws every screen and publishes the working copy to the live
    // database (StudioPublisher); "" once begun, else why not.
    Q_INVOKABLE QString publish(const QString &note, const QString &who);
    // Makes the version before the live one live again; "" or why not.
    Q_INVOKABLE QString rollback(const QString &note, const QString &who);
    // A new timeline event or person, selected; its outline path.
    Q_INVOKABLE QString addEvent();
    Q_INVOKABLE QString addFigure();
    // Removes the timeline event or person (one step to undo); "" or why not.
    Q_INVOKABLE QString removeItem(const QString &item);
    // What to install before a draft narration can be made in `language`; "" if nothing.
    Q_INVOKABLE QString draftNarrationNeeds(const QString &language) const;
    // Speaks the chapter's current words for the narration field `audioPath`;
    // when ready, its recording and captions are copied into the media folder
    // and set (one step to undo). "" once started, else why not.
    Q_INVOKABLE QString makeDraftNarration(const QString &audioPath);
    Q_INVOKABLE void cancelDraftNarration();
    // The file dialog's filter for the field at `path`.
    Q_INVOKABLE static QStringList fileFilters(const QString &path);
    // Where the file dialog opens: the folder a file was last chosen from,
    // else the curator's pictures (or home) folder, never the studio's own.
    Q_INVOKABLE QUrl chooseFrom() const;
    Q_INVOKABLE void finishEditing() { m_document.finishEditing(); }
    // Goes to a field (from Problems, the search): its item selected, the field asked for.
    Q_INVOKABLE void showField(const QString &path);
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    // Where a working copy of `live` would go by default: beside it, "NAME-working.db".
    Q_INVOKABLE static QUrl workingCopyFor(const QUrl &live);

Q_SIGNALS:
    void fileChanged();
    void messageChanged();
    void recentFilesChanged();
    void selectedItemChanged();
    void undoChanged();
    void savedChanged();
    // The editor puts the cursor in this field.
    void fieldRequested(const QString &path);
    void draftNarrationChanged();
    void historyChanged();

private:
    static QString localPath(const QUrl &file);
    void setMessage(const QString &message, const QString &migrationOffered = {});
    void remember(const QString &fileName);
    void rememberLiveFile(const QString &workingCopy, const QString &live);

    StudioDocument m_document;
    StudioOutline m_outline;
    StudioFields m_fields;
    StudioProblems m_problems;
    StudioSearch m_search;
    StudioChanges m_changes;
    StudioTranslation m_translation;
    StudioPublisher m_publisher;
    StudioHistory m_history;
    QString m_message;
    QString m_migrationOffered;
    QString m_mediaFolder;
    QString m_chosenFrom; // the folder a file was last chosen from
    std::unique_ptr<DraftNarration> m_draftNarration;
    QString m_draftNarrationFor;
    NarrationText::MadeFrom m_draftMadeFrom; // the words the draft speaks

    void draftNarrationMade(const QString &audioFile, const QString &captionsFile);
    void setDraftNarrationFor(const QString &audioPath);
};
