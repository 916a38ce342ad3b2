#pragma once

#include "content/exhibitdocument.h"

#include <QString>

/** Which source each translated text was written from, so that a source
 *  changed afterwards shows the translation needs review. The exhibit's
 *  first language is the source of the others.
 *
 *  A text of another language, when written (set, the studio, an import),
 *  is recorded as translated from its source as it is then (each paragraph
 *  of a body from the paragraph in the same place). When a source text is
 *  written, every translation of it with no record yet is recorded as
 *  translated from the words it replaces, so the change shows. A text with
 *  no record is taken as in step with its source: the bundled exhibit was
 *  written and checked in both languages together. */
namespace TranslationSources {

enum class State {
    Translated, // in step with its source
    NeedsTranslation, // empty
    NeedsReview, // its source changed after it was written
};

// After `path` was set (its value before was `before`).
void noteWritten(ExhibitDocument *document, const QString &path, const QString &before);
// The state of the translated text at `path`, given its source's words now.
[[nodiscard]] State stateOf(const ExhibitDocument &document, const QString &path,
                            const QString &source, const QString &target);
// The records whose field no longer exists (an event removed, a body
// shortened, a language dropped) left out.
[[nodiscard]] QMap<QString, TranslationSource> current(const ExhibitDocument &document);

} // namespace TranslationSources
