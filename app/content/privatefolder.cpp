#include "content/privatefolder.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

PrivateFolder::PrivateFolder(const QFileInfo &target)
    : m_target(target.absoluteFilePath())
    , m_folder(target.absoluteDir().filePath(QLatin1Char('.') + target.fileName() + marker
                                             + QStringLiteral("XXXXXX")))
    , m_file(QDir(m_folder.path()).filePath(target.fileName()))
{ }

bool PrivateFolder::commit(QString *error) const
{
    if (!syncPath(m_file, O_RDONLY)) {
        *error = QStringLiteral("%1: cannot write: %2")
                     .arg(m_target, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    if (::rename(QFile::encodeName(m_file).constData(), QFile::encodeName(m_target).constData())
        != 0) {
        *error = QStringLiteral("%1: cannot replace: %2")
                     .arg(m_target, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    syncPath(QFileInfo(m_target).absolutePath(), O_RDONLY | O_DIRECTORY);
    return true;
}
