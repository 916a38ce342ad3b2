#pragma once

#include "content/translationsources.h"

#include <QString>

/** One text for a translator: the target field (named as exhibit-curator get
 *  names it, a body's paragraphs as "chapters.battles.body.zh[2]"), its
 *  source's words and the translation as it stands, where a visitor reads it
 *  and how long it may be. */
struct TranslationUnit
{
    QString id; // the translated field: "chapters.battles.title.zh"
    QString sourcePath; // "chapters.battles.title.en"
    QString source;
    QString target;
    TranslationSources::State state = TranslationSources::State::Translated;
    int limit = 0; // characters
    QString screen; // "the chapter's page, its heading"
};
