#pragma once

#include "content/contentfield.h"
#include "content/exhibitdocument.h"

/** The key figures' fields as curators name them in exhibit-curator get/set:
 *      figures.yue-fei.biography.zh   name / lifespan / role / biography per language
 *      figures.yue-fei.portrait       a path inside the media folder
 *      figures.yue-fei.pinyin
 *      figures.yue-fei.chapters       chapter ids separated by commas: "battles, aftermath" */
namespace KeyFigureFields {

// False with *error when `path` (starting "figures.") names no field.
bool resolve(ExhibitDocument &document, const QString &path, ContentField *field, QString *error);
QStringList paths(const ExhibitDocument &document);

} // namespace KeyFigureFields
