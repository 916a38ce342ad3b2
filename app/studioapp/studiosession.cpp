#include "studioapp/studiosession.h"

#include "studio/workingcopy.h"
#include "studioapp/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {

constexpr int maxRecentFiles = 8;

QString recentFilesKey() { return QStringLiteral("recentFiles"); }

} // namespace

StudioSession::StudioSession(QObject *parent)
    : QObject(parent)
    , m_outline(&m_document)
    , m_fields(&m_document)
    , m_problems(&m_document)
    , m_search(&m_document)
{
    QUndoStack *undo = m_document.undoStack();
    for (const auto &signal : { &QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged })
        connect(undo, signal, this, &StudioSession::undoChanged);
    connect(undo, &QUndoStack::indexChanged, this, &StudioSession::undoChanged);
    connect(&m_document, &StudioDocument::savedChanged, this, &StudioSession::savedChanged);
    connect(&m_document, &StudioDocument::saveFailed, this,
            [this](const QString &message) { setMessage(message); });
    connect(&m_fields, &StudioFields::itemChanged, this, &StudioSession::selectedItemChanged);
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
