#pragma once

#include "translation/translationunit.h"

#include <QByteArray>
#include <QList>
#include <QString>

/** The units as an XLIFF 1.2 file (OASIS; what Qt Linguist, OmegaT, Trados
 *  and memoQ read): one trans-unit per text, its id the field's path, the
 *  source, the target with its state, and a note saying where a visitor
 *  reads it and how long it may be (also as maxwidth, in characters). */
namespace XliffWriter {

[[nodiscard]] QByteArray write(const QList<TranslationUnit> &units, const QString &original,
                               const QString &sourceLanguage, const QString &targetLanguage);

} // namespace XliffWriter
