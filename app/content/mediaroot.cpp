#include "content/mediaroot.h"

#include "content/exhibitdocument.h"

#include <QDir>
#include <QFileInfo>

MediaRoot::MediaRoot(const QString &folder)
    : m_folder(QDir::cleanPath(folder))
    , m_canonicalFolder(folder.isEmpty() ? QString() : QFileInfo(folder).canonicalFilePath())
{ }

QString MediaRoot::resolve(const QString &relativePath, QString *problem) const
{
    if (!ExhibitValidator::isSafeMediaPath(relativePath)) {
        *problem = QStringLiteral(
                       "'%1' must be a path inside the media folder (no leading '/', no '..')")
                       .arg(relativePath);
        return {};
    }
    const QFileInfo info(QDir(m_folder).filePath(relativePath));
    if (!info.exists()) {
        *problem = QStringLiteral("%1: no such file").arg(info.filePath());
        return {};
    }
    // A symbolic link may point anywhere: what counts is where it leads.
    const QString canonical = info.canonicalFilePath();
    if (m_canonicalFolder.isEmpty()
        || !canonical.startsWith(m_canonicalFolder + QLatin1Char('/'))) {
        *problem = QStringLiteral("%1 leads outside the media folder %2 (to %3)")
                       .arg(relativePath, m_folder, canonical);
        return {};
    }
    if (!QFileInfo(canonical).isFile()) {
        *problem = QStringLiteral("%1: not a file").arg(info.filePath());
        return {};
    }
    return canonical;
}
