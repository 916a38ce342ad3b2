#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/** Reads a translator's XLIFF 1.2 file back: its languages and, for each
 *  trans-unit, the id, source, target (plain text) and the line it is on.
 *  Anything else given by mistake (XLIFF 2, a Qt Linguist .ts file, invalid
 *  UTF-8, a file cut short, markup inside a target, a unit without an id or
 *  twice the same id) is refused, each reason naming the file and line. */
namespace XliffReader {

struct Unit
{
    QString id;
    QString source;
    QString target;
    qint64 line = 0;
};

struct File
{
    QString sourceLanguage;
    QString targetLanguage;
    QList<Unit> units;
    QStringList errors; // "FILE:LINE: reason"; nothing read when any
};

[[nodiscard]] File read(const QByteArray &xml, const QString &fileName);

} // namespace XliffReader
