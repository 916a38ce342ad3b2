#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

/** Notices when the content database file changes on disk: a curator's
 *  publish, a sync tool delivering a new version, or the file going away.
 *  It watches the file and its folder (a publish renames a new file over the
 *  old one, which ends a watch on the file itself), waits for the changes to
 *  settle, and also looks every so often in case the file system sends no
 *  notices (network shares). It only says that a different file is there;
 *  when to load it is the kiosk's decision, never in the middle of a visit. */
class ContentWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ContentWatcher(QObject *parent = nullptr);

    // The file to watch and the version (SHA-256 prefix) already showing.
    void watch(const QString &fileName, const QString &currentVersion);
    // The version now showing or last tried, so the same file is not offered twice.
    void setCurrentVersion(const QString &version) { m_currentVersion = version; }
    void setSettleMilliseconds(int milliseconds) { m_settle.setInterval(milliseconds); }
    void setPollMilliseconds(int milliseconds) { m_poll.setInterval(milliseconds); }

    [[nodiscard]] QString fileName() const { return m_fileName; }

Q_SIGNALS:
    // A file with other content than the current version is in place (or the
    // file is gone: version empty).
    void changed(const QString &version);

private:
    void rearm();
    void check();

    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QTimer m_poll;
    QString m_fileName;
    QString m_currentVersion;
    QByteArray m_lastStamp; // size and modification time, for the cheap poll
};
