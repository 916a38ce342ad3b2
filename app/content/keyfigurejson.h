#pragma once

#include "content/exhibitdocument.h"

#include <QJsonArray>

class JsonFieldReader;

/** The "figures" section of exhibit JSON (documented in content/README.md). */
class KeyFigureJson
{
public:
    // Problems go to the reader, with paths such as "figures[2].role.zh".
    [[nodiscard]] static QList<KeyFigure> read(JsonFieldReader &reader, const QJsonArray &figures,
                                               const QStringList &languages);
    [[nodiscard]] static QJsonArray write(const QList<KeyFigure> &figures,
                                          const QStringList &languages);
};
