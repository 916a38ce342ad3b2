#include "content/contentpublisher.h"

#include "content/contentdatabase.h"
#include "content/filecopy.h"
#include "content/privatefolder.h"
#include "content/sqlitefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

ContentPublisher::ContentPublisher(const QString &liveFile)
    : m_live(QFileInfo(liveFile).absoluteFilePath())
{ }

QString ContentPublisher::sha256(const QString &fileName)
{
    QFile file(fileName);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

bool ContentPublisher::replaceAtomically(const QString &source, const QString &target,
                                         QString *error)
{
    const PrivateFolder temporary { QFileInfo(target) };
    if (!temporary.isValid()) {
        *error
            = QStringLiteral("%1: cannot write in this folder: %2").arg(target, temporary.error());
        return false;
    }
    const FileCopy copy(source, temporary.file());
    if (copy.result() == FileCopy::Result::CannotRead) {
        *error = QStringLiteral("%1: cannot read: %2").arg(source, copy.detail());
        return false;
    }
    if (!copy.copied()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(target, copy.detail());
        return false;
    }
    return temporary.commit(error);
}

QString ContentPublisher::versionFile(int version) const
{
    return QDir(versionsFolder())
        .filePath(QStringLiteral("%1.db").arg(version, 4, 10, QLatin1Char('0')));
}

void ContentPublisher::removeStaleTemporaries() const
{
    // Left by a publish that was killed: only ever temporary copies, in folders
    // of their own (or, by earlier releases, beside the file).
    for (const QString &folder : { QFileInfo(m_live).absolutePath(), versionsFolder() }) {
        const QDir dir(folder);
        const QStringList pattern { QStringLiteral(".*") + PrivateFolder::marker
                                    + QLatin1Char('*') };
        for (const QFileInfo &left :
             dir.entryInfoList(pattern, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System)) {
            if (left.isDir() && !left.isSymLink())
                QDir(left.absoluteFilePath()).removeRecursively();
            else
                QFile::remove(left.absoluteFilePath());
        }
    }
}

QList<ContentPublisher::Entry> ContentPublisher::history(QString *error) const
{
    QList<Entry> entries;
    QFile file(QDir(versionsFolder()).filePath(QStringLiteral("history.tsv")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = QStringLiteral("%1: nothing has been published here yet").arg(m_live);
        return entries;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        // Only the line's end goes: an empty note is an empty last field.
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        ++lineNumber;
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        bool ok = fields.size() == 4 || fields.size() == 6;
        const Entry entry { ok ? fields.at(0).toInt(&ok) : 0,
                            QDateTime::fromString(fields.value(1), Qt::ISODate),
                            fields.value(2),
                            fields.value(3),
                            fields.value(4),
                            fields.value(5) };
        if (!ok || !entry.at.isValid()) {
            if (error)
                *error = QStringLiteral("%1:%2: not a history line; skipped")
                             .arg(file.fileName())
                             .arg(lineNumber);
            continue;
        }
        entries.append(entry);
    }
    return entries;
}

int ContentPublisher::liveVersion() const
{
    const QString live = sha256(m_live);
    const QList<Entry> entries = history();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->hash == live)
            return it->version;
    }
    return 0;
}

bool ContentPublisher::appendHistory(const Entry &entry, QString *error)
{
    const QString fileName = QDir(versionsFolder()).filePath(QStringLiteral("history.tsv"));
    QFile existing(fileName);
    QByteArray text = existing.open(QIODevice::ReadOnly)
        ? existing.readAll()
        : QByteArrayLiteral("# version\tpublished (UTC)\tSHA-256\tevent\twho\tnote\n");
    // One line each: tabs and line breaks typed into a note are spaces here.
    const auto oneLine = [](const QString &text) {
        QString line = text;
        line.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\r'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
        return line.simplified().left(maxNoteLength);
    };
    text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                .arg(entry.version)
                .arg(entry.at.toString(Qt::ISODate), entry.hash, entry.event, oneLine(entry.who),
                     oneLine(entry.note))
                .toUtf8();
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

QString ContentPublisher::lockFile() const
{
    return QDir(versionsFolder()).filePath(QStringLiteral("publish.lock"));
}

bool ContentPublisher::takeLock(QLockFile &lock, QString *error) const
{
    // A publish killed between creating the lock file and writing its process
    // id in it leaves a lock whose owner nobody can check; Qt calls such a lock
    // stale only by its age. A running publish keeps a kernel lock (flock) on
    // the file, which Qt checks before removing it, so a short age is safe and
    // the next publish need not be refused for half a minute.
    lock.setStaleLockTime(2000);
    if (lock.tryLock(10000))
        return true;
    *error = QStringLiteral("%1: another publish or rollback is running").arg(m_live);
    return false;
}

QString ContentPublisher::currentUser()
{
    for (const char *name : { "SUDO_USER", "USER", "LOGNAME", "USERNAME" }) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
#ifdef Q_OS_UNIX
    // A service or a container may set none of them: the account itself.
    if (const passwd *account = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return {};
}

bool ContentPublisher::publish(const QString &sourceDb, int *version, QString *error,
                               const Check &check, const Attribution &by)
{
    if (!QDir().mkpath(versionsFolder())) {
        *error = QStringLiteral("%1: cannot create the versions folder").arg(versionsFolder());
        return false;
    }
    QLockFile lock(lockFile());
    if (!takeLock(lock, error))
        return false;
    removeStaleTemporaries();

    // The highest version stored or recorded, plus one: a publish killed after
    // storing its version but before recording it must not have it overwritten.
    int next = 1;
    for (const Entry &entry : history())
        next = std::max(next, entry.version + 1);
    static const QRegularExpression stored(QStringLiteral("^([0-9]{4,9})\\.db$"));
    for (const QString &name :
         QDir(versionsFolder()).entryList({ QStringLiteral("*.db") }, QDir::Files)) {
        if (const auto match = stored.match(name); match.hasMatch())
            next = std::max(next, match.captured(1).toInt() + 1);
    }
    const QString storedFile = versionFile(next);

    // A consistent, compact snapshot of the source (its WAL included), made
    // beside the version file and renamed into place once flushed.
    const PrivateFolder temporary { QFileInfo(storedFile) };
    const QString &snapshot = temporary.file();
    if (!temporary.isValid()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(storedFile, temporary.error());
        return false;
    }
    {
        ContentDatabase source(sourceDb, ContentDatabase::Mode::ReadOnly);
        if (!source.open()) {
            *error = source.error();
            return false;
        }
        if (const QString problem = SqliteFile::snapshot(source.database(), snapshot);
            !problem.isEmpty()) {
            *error = QStringLiteral("%1: %2").arg(sourceDb, problem);
            return false;
        }
    }
    if (check && !check(snapshot, error))
        return false;
    if (!temporary.commit(error))
        return false;
    if (!replaceAtomically(storedFile, m_live, error))
        return false;
    *version = next;
    return appendHistory({ next, QDateTime::currentDateTimeUtc(), sha256(storedFile),
                           QStringLiteral("published"), by.who, by.note },
                         error);
}

bool ContentPublisher::rollback(int *version, QString *error, const Attribution &by)
{
    if (!QFileInfo(versionsFolder()).isDir()) {
        *error = QStringLiteral("%1: nothing has been published here yet").arg(m_live);
        return false;
    }
    QLockFile lock(lockFile());
    if (!takeLock(lock, error))
        return false;
    removeStaleTemporaries();
    const int live = liveVersion();
    if (live == 0) {
        *error = QStringLiteral("%1 is none of the published versions (changed by hand?); publish "
                                "the right one instead")
                     .arg(m_live);
        return false;
    }
    int target = 0;
    for (int candidate = live - 1; candidate >= 1 && target == 0; --candidate) {
        if (QFileInfo(versionFile(candidate)).isFile())
            target = candidate;
    }
    if (target == 0) {
        *error = QStringLiteral(
                     "%1: version %2 is the first published version; there is nothing before it")
                     .arg(m_live)
                     .arg(live);
        return false;
    }
    if (!replaceAtomically(versionFile(target), m_live, error))
        return false;
    *version = target;
    return appendHistory({ target, QDateTime::currentDateTimeUtc(), sha256(versionFile(target)),
                           QStringLiteral("rolled back from %1").arg(live), by.who, by.note },
                         error);
}
