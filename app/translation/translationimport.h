#pragma once

#include "content/exhibitdocument.h"
#include "translation/xliffreader.h"

#include <QList>
#include <QString>
#include <QStringList>

/** A translator's file put into the exhibit, all or nothing: every unit must
 *  name a text of the exhibit in the file's target language, its source must
 *  still be the exhibit's words, and the translations must add no problem to
 *  the exhibit (length limits, no markup), as 'set' checks; texts still
 *  missing in a language being translated may stay missing. Each
 *  translation becomes in step with its source as it is now. */
namespace TranslationImport {

struct Change
{
    QString id;
    QString before;
    QString after;
};

struct Result
{
    ExhibitDocument document; // the exhibit with the translations, when no errors
    QList<Change> changes; // the texts that are now different
    int imported = 0; // units with a target, changed or not
    QStringList errors; // "FILE:LINE: reason"
};

[[nodiscard]] Result apply(const ExhibitDocument &document, const XliffReader::File &file,
                           const QString &fileName);

} // namespace TranslationImport
