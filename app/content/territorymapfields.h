#pragma once

#include "content/contentfield.h"
#include "content/territorymap.h"

#include <QStringList>

/** The territory map's fields as curators name them in exhibit-curator get/set:
 *      map.1142.song.outline        [[lon, lat], …] around the state's area
 *      map.1142.song.label          [lon, lat] where its name is written
 *      map.1142.title.en            title / caption per language
 *      map.states.jin.colour        "#rrggbb"; map.states.jin.name.zh
 *      map.features.kaifeng.points  [[lon, lat]]; .name.en / .note.en */
namespace TerritoryMapFields {

using Field = ContentField;

// False with *error when `path` (starting "map.") names no field of `map`.
bool resolve(TerritoryMap &map, const QStringList &languages, const QString &path, Field *field,
             QString *error);
QStringList paths(const TerritoryMap &map, const QStringList &languages);

} // namespace TerritoryMapFields
