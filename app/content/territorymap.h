#pragma once

#include <QList>
#include <QMap>
#include <QPointF>
#include <QRectF>
#include <QString>

// Points are QPointF(longitude, latitude) in degrees: x east, y north.
using GeoPoints = QList<QPointF>;

/** A state drawn on the territory map (Song, Jin, Liao …): its colour, and
 *  whether its area is hatched rather than filled (land lost, not ruled). */
struct MapState
{
    QString id;
    QString colour; // "#rrggbb"
    bool hatched = false;
    QMap<QString, QString> name; // by language code
};

/** The area one state held in one year, and where its name goes. */
struct MapRegion
{
    QString state;
    GeoPoints outline; // a closed ring; it may run out to sea, which is drawn over it
    QPointF label; // where the state's name is written
    bool hasLabel = false;
};

struct MapYearText
{
    QString title; // "1127: the north is lost"
    QString caption; // one or two sentences
    QString description; // the map in words, who holds what, for visitors who cannot see it
};

/** One year the map can show, with the states' areas in that year. */
struct MapYear
{
    int year = 0;
    QMap<QString, MapYearText> text; // by language code
    QList<MapRegion> regions; // drawn in the states' order
};

struct MapFeatureText
{
    QString name;
    QString note; // optional: "Northern Song capital until 1127"
};

/** The sea (drawn over the states' outlines), land in it (islands), a river,
 *  wall, city or pass, optionally only in some years (the Yellow River
 *  changed its course in 1128). */
struct MapFeature
{
    QString id;
    QString kind; // one of kinds()
    GeoPoints points; // one for a city or pass, a line for a river or wall, a ring for sea or land
    QString anchor = QStringLiteral("right"); // where the name sits beside the place
    QPointF labelAt; // for lines: where their name is written
    bool hasLabelAt = false;
    int fromYear = 0; // 0: always
    int toYear = 0; // 0: always
    QMap<QString, MapFeatureText> text; // by language code

    [[nodiscard]] static const QStringList &kinds();
    [[nodiscard]] static const QStringList &anchors();
    [[nodiscard]] bool isPlace() const; // a city or a pass: one point
    [[nodiscard]] bool shownIn(int year) const;
};

/** The exhibit's territory map: the part of the world it shows (west, south,
 *  east, north in degrees), the states, the years and the features. Kept in
 *  the content database so a curator can correct a border. */
struct TerritoryMap
{
    double west = 0;
    double south = 0;
    double east = 0;
    double north = 0;
    QList<MapState> states; // drawing order
    QList<MapYear> years; // ascending
    QList<MapFeature> features; // drawing order

    [[nodiscard]] bool isEmpty() const
    {
        return years.isEmpty() && states.isEmpty() && features.isEmpty();
    }
    [[nodiscard]] int stateIndex(const QString &id) const;
    [[nodiscard]] int yearIndex(int year) const;
    [[nodiscard]] int featureIndex(const QString &id) const;
    [[nodiscard]] int regionIndex(int yearIndex, const QString &state) const;
    // "map.years[1].regions[0].outline" -> "map.1125.song.outline", as exhibit-curator names
    // fields.
    [[nodiscard]] QString fieldPath(const QString &documentPath) const;
};
