#pragma once

#include "content/territorymap.h"

#include <QSqlDatabase>
#include <QStringList>

/** Moves the territory map in and out of the content database's map_* tables.
 *  Geometry is stored as JSON lists of [longitude, latitude] so a curator can
 *  correct a border in DB Browser for SQLite or with exhibit-curator set. */
class TerritoryMapTables
{
public:
    // Tables to empty before a write, children first.
    [[nodiscard]] static QStringList tables();
    [[nodiscard]] static bool write(QSqlDatabase db, const TerritoryMap &map,
                                    const QStringList &languages, QString *error);
    [[nodiscard]] static bool read(QSqlDatabase db, TerritoryMap *map, QString *error);

    // The JSON text of a point list and back; false if the text is not one.
    [[nodiscard]] static QString pointsText(const GeoPoints &points);
    [[nodiscard]] static bool parsePoints(const QString &text, GeoPoints *points);
    [[nodiscard]] static QString pointText(QPointF point); // "[114.35,34.8]"
    [[nodiscard]] static bool parsePoint(const QString &text, QPointF *point);
};
