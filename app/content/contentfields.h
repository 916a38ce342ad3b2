#pragma once

#include "content/exhibitdocument.h"

#include <QString>
#include <QStringList>

/** One field of the exhibit named by a path, as curators write it:
 *      exhibit.title.en                     exhibit.subtitle / callToAction
 *      chapters.battles.title.zh            title / subtitle / teaser / imageCaption
 *      chapters.battles.body.en             paragraphs, separated by a blank line
 *      chapters.battles.image
 *      chapters.battles.narration.zh.audio  (or .captions, or .madeFrom: the
 *                                           fingerprint of the words it speaks)
 *      timeline.kaifeng-falls.title.en      era / title / text per language
 *      timeline.kaifeng-falls.date          date / endDate / chapter
 *      map.1142.song.outline                and the other map fields (territorymapfields.h)
 *      figures.yue-fei.role.en              and the other figure fields (keyfigurefields.h)
 *  The same paths the validator uses in its messages. */
namespace ContentFields {

bool get(const ExhibitDocument &document, const QString &path, QString *value, QString *error);
// Writing a text also keeps its translations' sources (content/translationsources.h).
bool set(ExhibitDocument *document, const QString &path, const QString &value, QString *error);
// A body's value as its paragraphs: split at blank lines, each trimmed.
QStringList paragraphs(const QString &body);
// One paragraph of a body, as translations name it ("chapters.battles.body.zh[2]"):
// the body's path and the paragraph's index; false for any other path.
bool paragraphOf(const QString &path, QString *bodyPath, int *index);
// Every settable path in the document, for help and for "did you mean".
QStringList paths(const ExhibitDocument &document);

} // namespace ContentFields
