#include "kiosk/contentloadmarker.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

ContentLoadMarker::ContentLoadMarker(const QString &fileName)
    : m_fileName(fileName)
{ }

bool ContentLoadMarker::wasLoading(const QString &version, QString *since) const
{
    QFile file(m_fileName);
    if (m_fileName.isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    // "VERSION\tSTARTED\tFILE": written by set(), read back here only.
    const QStringList fields
        = QString::fromUtf8(file.read(4096)).trimmed().split(QLatin1Char('\t'));
    if (fields.value(0) != version)
        return false;
    *since = fields.value(1);
    return true;
}

void ContentLoadMarker::set(const QString &databaseFile, const QString &version) const
{
    if (m_fileName.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_fileName).absolutePath());
    QSaveFile file(m_fileName);
    const QByteArray line
        = QStringLiteral("%1\t%2\t%3\n")
              .arg(version, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), databaseFile)
              .toUtf8();
    if (file.open(QIODevice::WriteOnly) && file.write(line) == line.size())
        file.commit();
}

void ContentLoadMarker::clear() const
{
    if (!m_fileName.isEmpty())
        QFile::remove(m_fileName);
}
