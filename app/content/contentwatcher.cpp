#include "content/contentwatcher.h"

#include "content/contentpublisher.h"
#include "content/logging.h"

#include <QDateTime>
#include <QFileInfo>

namespace {

QByteArray stampOf(const QString &fileName)
{
    const QFileInfo info(fileName);
    if (!info.exists())
        return QByteArrayLiteral("missing");
    return QByteArray::number(info.size()) + '/'
        + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '/'
        + QByteArray::number(info.metadataChangeTime().toMSecsSinceEpoch());
}

} // namespace

ContentWatcher::ContentWatcher(QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(1000);
    m_poll.setInterval(30000);
    connect(&m_settle, &QTimer::timeout, this, &ContentWatcher::check);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (stampOf(m_fileName) != m_lastStamp)
            m_settle.start();
    });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle.start(); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
}

void ContentWatcher::watch(const QString &fileName, const QString &currentVersion)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_fileName = QFileInfo(fileName).absoluteFilePath();
    m_currentVersion = currentVersion;
    rearm();
    m_poll.start();
}

void ContentWatcher::rearm()
{
    m_lastStamp = stampOf(m_fileName);
    const QString folder = QFileInfo(m_fileName).absolutePath();
    if (!m_watcher.directories().contains(folder) && QFileInfo(folder).isDir())
        m_watcher.addPath(folder);
    if (!m_watcher.files().contains(m_fileName) && QFileInfo::exists(m_fileName))
        m_watcher.addPath(m_fileName);
}

void ContentWatcher::check()
{
    rearm();
    const QString version = ContentPublisher::sha256(m_fileName).left(12);
    if (version == m_currentVersion)
        return;
    qCInfo(lcContent).noquote() << m_fileName
                                << (version.isEmpty()
                                        ? QStringLiteral("is gone")
                                        : QStringLiteral("changed to version ") + version);
    m_currentVersion = version;
    Q_EMIT changed(version);
}
