#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QThread>

// Shared by the C++ tests: fixture files and small file helpers.
namespace TestHelpers {

inline QString dataFile(const QString &name)
{
    return qEnvironmentVariable("EXHIBIT_TEST_DATA") + QLatin1Char('/') + name;
}

inline QString sourceFile(const QString &relative)
{
    return QStringLiteral(EXHIBIT_SOURCE_DIR "/") + relative;
}

inline QString buildFile(const QString &relative)
{
    return QStringLiteral(EXHIBIT_BUILD_DIR "/") + relative;
}

inline QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

} // namespace TestHelpers
