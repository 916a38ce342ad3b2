#pragma once

#include "exhibitdocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

/** Reads and writes the human-editable JSON form of an exhibit
 *  (content/exhibit.json; the format is documented in content/README.md).
 *  Every problem is reported as "FILE:LINE:COLUMN: key.path: what is wrong". */
class ExhibitJson
{
public:
    struct ReadResult
    {
        ExhibitDocument document;
        QStringList errors;
        [[nodiscard]] bool ok() const { return errors.isEmpty(); }
    };

    [[nodiscard]] static ReadResult readFile(const QString &fileName);
    [[nodiscard]] static ReadResult read(const QByteArray &json, const QString &fileName);
    [[nodiscard]] static QByteArray write(const ExhibitDocument &document);
};
