#pragma once

#include "content/exhibitdocument.h"
#include "translation/translationunit.h"

#include <QList>
#include <QString>

/** Every visitor-facing text of the exhibit as units for a translator, from
 *  one language into another, in the order the exhibit shows them: the
 *  texts the validator limits (so nothing a visitor reads is left out and
 *  nothing else is in), an empty source left out (nothing to translate). */
namespace TranslationUnits {

[[nodiscard]] QList<TranslationUnit> units(const ExhibitDocument &document,
                                           const QString &sourceLanguage,
                                           const QString &targetLanguage);
// How many of `targetLanguage`'s texts are still to write, of how many.
struct ToWrite
{
    int missing = 0;
    int total = 0;
};
[[nodiscard]] ToWrite toWrite(const ExhibitDocument &document, const QString &targetLanguage);
// The XLIFF name of a state: "translated", "needs-translation", "needs-review-translation".
[[nodiscard]] QString stateName(TranslationSources::State state);

} // namespace TranslationUnits
