#include "studioapp/studiosession.h"

#include "content/contentfields.h"
#include "content/narrationtext.h"
#include "studio/mediaimport.h"
#include "studio/workingcopy.h"
#include "studioapp/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace {

constexpr int maxRecentFiles = 8;

QString recentFilesKey() { return QStringLiteral("recentFiles"); }
QString lastPublisherKey() { return QStringLiteral("lastPublisher"); }

// The live database of each working copy, by the working copy's path.
QString liveFileKey(const QString &workingCopy)
{
    return QStringLiteral("liveFiles/")
        + QString::fromLatin1(workingCopy.toUtf8().toBase64(QByteArray::Base64UrlEncoding
                                                            | QByteArray::OmitTrailingEquals));
}

} // namespace

StudioSession::StudioSession(QObject *parent)
    : QObject(parent)
    , m_outline(&m_document)
    , m_fields(&m_document)
    , m_problems(&m_document)
    , m_search(&m_document)
    , m_changes(&m_document)
    , m_translation(&m_document)
{
    QUndoStack *undo = m_document.undoStack();
    for (const auto &signal : { &QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged })
        connect(undo, signal, this, &StudioSession::undoChanged);
    connect(undo, &QUndoStack::indexChanged, this, &StudioSession::undoChanged);
    connect(&m_document, &StudioDocument::savedChanged, this, &StudioSession::savedChanged);
    connect(&m_document, &StudioDocument::saveFailed, this,
            [this](const QString &message) { setMessage(message); });
    connect(&m_fields, &StudioFields::itemChanged, this, &StudioSession::selectedItemChanged);
    // The live database the changes are counted against is now this one
    // (read again: the history follows through liveChanged).
    connect(&m_publisher, &StudioPublisher::published, this,
            [this] { m_changes.setLiveFile(m_changes.liveFile()); });
    // What came of a publish, for whoever reads the log (a technician, a test).
    connect(&m_publisher, &StudioPublisher::stateChanged, this, [this] {
        if (m_publisher.state() == StudioPublisher::Published || m_publisher.wasCancelled())
            qCInfo(lcStudio).noquote() << "publish:" << m_publisher.result();
        else if (m_publisher.state() == StudioPublisher::Stopped)
            qCWarning(lcStudio).noquote()
                << "publish stopped:" << m_publisher.result()
                << m_publisher.findings().mid(0, 20).join(QStringLiteral("\n  "));
    });
    connect(&m_changes, &StudioChanges::liveChanged, this,
            [this] { m_history.setLiveFile(m_changes.liveFile()); });
    m_publisher.setPrograms(QCoreApplication::applicationDirPath());
    // An item added (or its removal undone) is shown; one that went takes
    // the outline to the row that is now in its place.
    connect(&m_document, &StudioDocument::itemsChanged, this, [this](const QString &item) {
        if (m_outline.rowOf(item) >= 0) {
            if (item != selectedItem())
                select(item);
        } else if (m_outline.rowOf(selectedItem()) < 0) {
            select(QStringLiteral("exhibit"));
        }
    });
}

QString StudioSession::localPath(const QUrl &file)
{
    return file.isLocalFile() ? file.toLocalFile() : file.toString();
}

QStringList StudioSession::recentFiles() const
{
    QStringList files = QSettings().value(recentFilesKey()).toStringList();
    files.removeIf([](const QString &file) { return !QFileInfo::exists(file); });
    return files;
}

void StudioSession::remember(const QString &fileName)
{
    QStringList files = QSettings().value(recentFilesKey()).toStringList();
    files.removeAll(fileName);
    files.prepend(fileName);
    QSettings().setValue(recentFilesKey(), files.mid(0, maxRecentFiles));
    Q_EMIT recentFilesChanged();
}

void StudioSession::setMessage(const QString &message, const QString &migrationOffered)
{
    m_message = message;
    m_migrationOffered = migrationOffered;
    Q_EMIT messageChanged();
}

bool StudioSession::open(const QUrl &file)
{
    const QString fileName = QFileInfo(localPath(file)).absoluteFilePath();
    QString message;
    switch (m_document.open(fileName, &message)) {
    case StudioDocument::Opened::Refused:
        qCWarning(lcStudio).noquote() << fileName << "not opened:" << message;
        setMessage(message);
        return false;
    case StudioDocument::Opened::NeedsMigration:
        qCInfo(lcStudio).noquote() << fileName << message;
        setMessage(message, fileName);
        return false;
    case StudioDocument::Opened::Recovered:
        qCWarning(lcStudio).noquote() << "opened" << fileName << "-" << message;
        break;
    case StudioDocument::Opened::Yes:
        qCInfo(lcStudio).noquote() << "opened" << fileName;
        break;
    }
    setMessage(message);
    remember(fileName);
    m_changes.setLiveFile(QSettings().value(liveFileKey(fileName)).toString());
    m_fields.setItem(QStringLiteral("exhibit"));
    Q_EMIT fileChanged();
    Q_EMIT undoChanged();
    return true;
}

bool StudioSession::makeWorkingCopy(const QUrl &live, const QUrl &target)
{
    QString error;
    if (!WorkingCopy::makeFrom(localPath(live), localPath(target), &error)) {
        setMessage(error);
        return false;
    }
    rememberLiveFile(QFileInfo(localPath(target)).absoluteFilePath(),
                     QFileInfo(localPath(live)).absoluteFilePath());
    return open(target);
}

bool StudioSession::migrate(const QUrl &target)
{
    QString error;
    if (m_migrationOffered.isEmpty()
        || !WorkingCopy::migrateFrom(m_migrationOffered, localPath(target), &error)) {
        setMessage(error.isEmpty() ? tr("There is no file to migrate.") : error);
        return false;
    }
    return open(target);
}

void StudioSession::rememberLiveFile(const QString &workingCopy, const QString &live)
{
    QSettings().setValue(liveFileKey(workingCopy), live);
}

void StudioSession::setLiveFile(const QUrl &live)
{
    const QString file = QFileInfo(localPath(live)).absoluteFilePath();
    if (isOpen())
        rememberLiveFile(fileName(), file);
    m_changes.setLiveFile(file);
}

QString StudioSession::revertChange(const QString &path)
{
    QString live;
    if (!m_changes.liveValue(path, &live))
        return tr("%1 is not in both the live exhibit and the working copy: undo, or remove "
                  "the item, instead")
            .arg(path);
    m_document.finishEditing();
    const QString refusal = edit(path, live);
    m_document.finishEditing();
    m_changes.refresh();
    return refusal;
}

QString StudioSession::exportChanges(const QUrl &target)
{
    m_changes.refresh();
    QSaveFile page(localPath(target));
    const QByteArray html = FieldChange::html(
        m_changes.changes(),
        tr("Changes to %1 since %2")
            .arg(QFileInfo(fileName()).fileName(), QFileInfo(m_changes.liveFile()).fileName()));
    if (!page.open(QIODevice::WriteOnly) || page.write(html) != html.size() || !page.commit())
        return tr("%1 cannot be written: %2").arg(localPath(target), page.errorString());
    qCInfo(lcStudio).noquote() << "changes since live written to" << localPath(target);
    return {};
}

bool StudioSession::exportTranslation(const QUrl &target, bool needsWorkOnly)
{
    const bool written = m_translation.exportTo(localPath(target), needsWorkOnly);
    qCInfo(lcStudio).noquote() << m_translation.report();
    return written;
}

bool StudioSession::importTranslation(const QUrl &file)
{
    m_document.finishEditing();
    const bool imported = m_translation.importFrom(localPath(file));
    qCInfo(lcStudio).noquote() << m_translation.report();
    return imported;
}

QUrl StudioSession::workingCopyFor(const QUrl &live)
{
    const QFileInfo file(localPath(live));
    return QUrl::fromLocalFile(
        file.dir().filePath(file.completeBaseName() + QStringLiteral("-working.") + file.suffix()));
}

void StudioSession::select(const QString &item)
{
    m_document.finishEditing();
    m_fields.setItem(item);
}

void StudioSession::showField(const QString &path)
{
    select(StudioOutline::itemOf(path));
    Q_EMIT fieldRequested(path);
}

QString StudioSession::edit(const QString &path, const QString &value)
{
    QString error;
    return m_document.edit(path, value, &error) ? QString() : error;
}

QStringList StudioSession::chapterIds() const
{
    QStringList ids;
    for (const Chapter &chapter : m_document.exhibit().chapters)
        ids << chapter.id;
    return ids;
}

QString StudioSession::chapterTitle(const QString &id) const
{
    const QStringList &languages = m_document.exhibit().languages;
    return languages.isEmpty()
        ? id
        : m_document.field(QStringLiteral("chapters.%1.title.%2").arg(id, languages.first()));
}

QString StudioSession::lastPublisher() const
{
    const QString who = QSettings().value(lastPublisherKey()).toString();
    return who.isEmpty() ? ContentPublisher::currentUser() : who;
}

QString StudioSession::publish(const QString &note, const QString &who)
{
    QString error;
    if (!m_document.problems().isEmpty())
        return tr("The exhibit has problems (see Problems): publishing needs none.");
    if (!m_document.save(&error))
        return error;
    const ExhibitDocument &exhibit = m_document.exhibit();
    StudioPublisher::Request request;
    request.workingCopy = fileName();
    request.liveFile = m_changes.liveFile();
    request.mediaFolder = m_mediaFolder;
    request.who = who.trimmed();
    request.note = note.trimmed();
    // The renderer's screens: attract, menu, each chapter, the timeline, each
    // map year, the people and each person's page; in every language, both
    // orientations and both text sizes.
    request.screensPerSet = 2 + int(exhibit.chapters.size()) + 1 + int(exhibit.map.years.size()) + 1
        + int(exhibit.figures.size());
    request.sets = int(exhibit.languages.size()) * 4;
    if (!m_publisher.start(request, &error))
        return error;
    QSettings().setValue(lastPublisherKey(), request.who);
    Q_EMIT historyChanged();
    qCInfo(lcStudio).noquote() << "publishing" << request.workingCopy << "to" << request.liveFile;
    return {};
}

QString StudioSession::rollback(const QString &note, const QString &who)
{
    const QString live = m_changes.liveFile();
    if (live.isEmpty())
        return tr("No live database is known for this working copy.");
    if (m_publisher.isRunning())
        return tr("A publish is under way.");
    int version = 0;
    QString error;
    if (!ContentPublisher(live).rollback(&version, &error, { who.trimmed(), note.trimmed() }))
        return error;
    qCInfo(lcStudio).noquote() << "rolled" << live << "back to version" << version;
    m_changes.setLiveFile(live); // and the history, through liveChanged
    setMessage(tr("Version %1 is live again. The kiosks return to it after their next visit ends; "
                  "the changes since live are counted against it.")
                   .arg(version));
    return {};
}

QString StudioSession::addEvent() { return m_document.addEvent(); }

QString StudioSession::addFigure() { return m_document.addFigure(); }

QString StudioSession::removeItem(const QString &item)
{
    const int row = m_outline.rowOf(item);
    QString error;
    if (!m_document.removeItem(item, &error))
        return error;
    // The item after it, now in its place, if it is of the same list; else the one before.
    const QString list = item.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.');
    for (const int candidate : { row, row - 1 }) {
        const QString path = m_outline.index(candidate).data(StudioOutline::PathRole).toString();
        if (path.startsWith(list)) {
            select(path);
            return {};
        }
    }
    select(QStringLiteral("exhibit"));
    return {};
}

void StudioSession::undo()
{
    m_document.finishEditing();
    m_document.undoStack()->undo();
}

void StudioSession::redo()
{
    m_document.finishEditing();
    m_document.undoStack()->redo();
}

QUrl StudioSession::chooseFrom() const
{
    if (!m_chosenFrom.isEmpty() && QFileInfo(m_chosenFrom).isDir())
        return QUrl::fromLocalFile(m_chosenFrom);
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QUrl::fromLocalFile(QFileInfo(pictures).isDir() ? pictures : QDir::homePath());
}

QString StudioSession::chooseFile(const QString &path, const QUrl &file)
{
    m_chosenFrom = QFileInfo(localPath(file)).absolutePath();
    const MediaImport::Result imported
        = MediaImport(m_mediaFolder).import(localPath(file), path, m_document.exhibit());
    if (imported.path.isEmpty()) {
        qCInfo(lcStudio).noquote()
            << path << "not given" << localPath(file) << "-" << imported.problem;
        return imported.problem;
    }
    qCInfo(lcStudio).noquote() << "copied" << localPath(file) << "to" << imported.path << "for"
                               << path;
    // A recording is taken as made from the chapter's words as they are now.
    QList<std::pair<QString, QString>> changes { { path, imported.path } };
    const NarrationText::MadeFrom madeFrom
        = NarrationText::madeFromForRecording(m_document.exhibit(), path);
    if (!madeFrom.path.isEmpty())
        changes.append({ madeFrom.path, madeFrom.fingerprint });
    QString refusal;
    if (!m_document.editTogether(changes, tr("Choose %1").arg(imported.path), &refusal))
        return refusal;
    setMessage(
        imported.warning.isEmpty()
            ? tr("%1 is copied into the media folder as %2.")
                  .arg(QFileInfo(localPath(file)).fileName(), imported.path)
            : tr("%1 is copied into the media folder as %2, but: %3")
                  .arg(QFileInfo(localPath(file)).fileName(), imported.path, imported.warning));
    return {};
}

void StudioSession::setNarrationTool(const QString &script)
{
    m_draftNarration = std::make_unique<DraftNarration>(script);
    connect(m_draftNarration.get(), &DraftNarration::finished, this,
            &StudioSession::draftNarrationMade);
    connect(m_draftNarration.get(), &DraftNarration::failed, this, [this](const QString &why) {
        qCWarning(lcStudio).noquote() << why;
        setDraftNarrationFor({});
        setMessage(why);
    });
}

void StudioSession::setDraftNarrationFor(const QString &audioPath)
{
    m_draftNarrationFor = audioPath;
    Q_EMIT draftNarrationChanged();
}

QString StudioSession::draftNarrationNeeds(const QString &language) const
{
    const QStringList missing
        = m_draftNarration ? m_draftNarration->missingPackages(language) : QStringList();
    return missing.isEmpty() ? QString()
                             : tr("To make a draft narration, install %1 (Debian packages).")
                                   .arg(missing.join(QLatin1Char(' ')));
}

QString StudioSession::makeDraftNarration(const QString &audioPath)
{
    const QStringList keys = audioPath.split(QLatin1Char('.'));
    const int chapter = m_document.exhibit().chapterIndex(keys.value(1));
    if (!m_draftNarration || keys.size() != 5 || chapter < 0
        || keys.at(2) != QLatin1String("narration"))
        return tr("%1 is no chapter's narration").arg(audioPath);
    QString error;
    if (!m_draftNarration->start(m_document.exhibit().chapters.at(chapter), keys.at(3), &error))
        return error;
    qCInfo(lcStudio).noquote() << "making a draft narration for" << audioPath;
    // The words as sent: typing on while it is made puts the draft out of date.
    m_draftMadeFrom = NarrationText::madeFromForRecording(m_document.exhibit(), audioPath);
    setDraftNarrationFor(audioPath);
    return {};
}

void StudioSession::cancelDraftNarration()
{
    if (m_draftNarration)
        m_draftNarration->cancel();
    setDraftNarrationFor({});
}

void StudioSession::draftNarrationMade(const QString &audioFile, const QString &captionsFile)
{
    const QString audioPath = m_draftNarrationFor;
    const QString captionsPath = audioPath.chopped(5) + QStringLiteral("captions");
    setDraftNarrationFor({});
    // Each half checked against the other, not against the recording it replaces.
    ExhibitDocument trial = m_document.exhibit();
    QString ignored;
    ContentFields::set(&trial, captionsPath, QString(), &ignored);
    const MediaImport import(m_mediaFolder);
    const MediaImport::Result audio = import.import(audioFile, audioPath, trial);
    if (audio.path.isEmpty()) {
        setMessage(audio.problem);
        return;
    }
    ContentFields::set(&trial, audioPath, audio.path, &ignored);
    const MediaImport::Result captions = import.import(captionsFile, captionsPath, trial);
    if (captions.path.isEmpty()) {
        setMessage(captions.problem);
        return;
    }
    QString refusal;
    if (!m_document.editTogether({ { audioPath, audio.path },
                                   { captionsPath, captions.path },
                                   { m_draftMadeFrom.path, m_draftMadeFrom.fingerprint } },
                                 tr("Draft narration"), &refusal)) {
        setMessage(refusal);
        return;
    }
    qCInfo(lcStudio).noquote() << "draft narration" << audio.path << captions.path;
    setMessage(tr("A draft narration of the chapter's words is made: %1 and %2. Play it on the "
                  "preview; a recording replaces it with Choose….")
                   .arg(audio.path, captions.path));
}

QStringList StudioSession::fileFilters(const QString &path)
{
    switch (MediaImport::kindOf(path)) {
    case MediaImport::Kind::Image: {
        QStringList patterns;
        for (const QByteArray &format : QImageReader::supportedImageFormats())
            patterns << QStringLiteral("*.") + QString::fromLatin1(format);
        return { tr("Pictures (%1)").arg(patterns.join(QLatin1Char(' '))) };
    }
    case MediaImport::Kind::Audio:
        return { tr("Recordings (*.opus *.ogg *.oga *.flac *.wav *.mp3)") };
    case MediaImport::Kind::Captions:
        return { tr("WebVTT captions (*.vtt)") };
    case MediaImport::Kind::None:
        break;
    }
    return {};
}
