#pragma once

#include "content/territorymap.h"

#include <QJsonObject>
#include <QStringList>

class JsonFieldReader;

/** The "map" section of exhibit JSON (documented in content/README.md):
 *  frame, states, years with each state's outline, and features. */
class TerritoryMapJson
{
public:
    // Problems go to the reader, with paths such as "map.years[2].regions[0].outline[4]".
    [[nodiscard]] static TerritoryMap read(JsonFieldReader &reader, const QJsonObject &map,
                                           const QStringList &languages);
    [[nodiscard]] static QJsonObject write(const TerritoryMap &map, const QStringList &languages);
};
