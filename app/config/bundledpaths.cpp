#include "config/bundledpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

// The installed location wins, so an installed kiosk never reads a stale build tree.
QString locate(const QString &relative, const QString &developmentRoot)
{
    if (QCoreApplication::instance()) {
        const QString installed
            = QDir(QCoreApplication::applicationDirPath())
                  .filePath(QStringLiteral("../") + QStringLiteral(EXHIBIT_INSTALL_DATA_DIR)
                            + QLatin1Char('/') + relative);
        if (QFileInfo::exists(installed))
            return QDir::cleanPath(installed);
    }
    return QDir::cleanPath(developmentRoot + QLatin1Char('/') + relative);
}

} // namespace

QString BundledPaths::configFile()
{
    return locate(QStringLiteral("kiosk-config/kiosk.ini"), QStringLiteral(EXHIBIT_SOURCE_DIR));
}

QString BundledPaths::contentDatabase()
{
    return locate(QStringLiteral("content/content.db"), QStringLiteral(EXHIBIT_BUILD_DIR));
}

QString BundledPaths::mediaRoot()
{
    return locate(QStringLiteral("media"), QStringLiteral(EXHIBIT_SOURCE_DIR));
}

QString BundledPaths::narrationTool()
{
    return locate(QStringLiteral("tools/generate-narration.py"),
                  QStringLiteral(EXHIBIT_SOURCE_DIR));
}

QString BundledPaths::soundCheckFile()
{
    return locate(QStringLiteral("media/system/sound-check.opus"),
                  QStringLiteral(EXHIBIT_SOURCE_DIR));
}
