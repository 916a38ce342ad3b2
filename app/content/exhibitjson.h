#pragma once

#include "content/exhibitdocument.h"

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

    // The bundled exhibit is 0.1 MB and nests 9 levels; a hundredfold one is 10 MB.
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;
    static constexpr int maxDepth = 32;

    // Unchecked reads the shape only: a studio's draft may break a rule
    // (a text too long) that the curator is still fixing.
    enum class Rules { Checked, Unchecked };

    [[nodiscard]] static ReadResult readFile(const QString &fileName, Rules rules = Rules::Checked);
    [[nodiscard]] static ReadResult read(const QByteArray &json, const QString &fileName,
                                         Rules rules = Rules::Checked);
    [[nodiscard]] static QByteArray write(const ExhibitDocument &document);
};
