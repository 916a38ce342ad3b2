#include "content/territorymaptables.h"

#include "content/jsonfieldreader.h"
#include "content/sqlstatement.h"

#include <QJsonDocument>

namespace {

QVariant orNull(bool present, const QVariant &value) { return present ? value : QVariant(); }

QVariant yearOrNull(int year) { return year ? QVariant(year) : QVariant(); }

} // namespace

QStringList TerritoryMapTables::tables()
{
    return { QStringLiteral("map_feature_texts"), QStringLiteral("map_features"),
             QStringLiteral("map_regions"),       QStringLiteral("map_year_texts"),
             QStringLiteral("map_years"),         QStringLiteral("map_state_names"),
             QStringLiteral("map_states"),        QStringLiteral("map_frame") };
}

QString TerritoryMapTables::pointsText(const GeoPoints &points)
{
    return QString::fromUtf8(QJsonDocument(pointsJson(points)).toJson(QJsonDocument::Compact));
}

bool TerritoryMapTables::parsePoints(const QString &text, GeoPoints *points)
{
    JsonFieldReader reader;
    *points = reader.points(QJsonDocument::fromJson(text.toUtf8()).array(), QString());
    return reader.problems.isEmpty() && QJsonDocument::fromJson(text.toUtf8()).isArray();
}

QString TerritoryMapTables::pointText(QPointF point)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray { point.x(), point.y() }).toJson(QJsonDocument::Compact));
}

bool TerritoryMapTables::parsePoint(const QString &text, QPointF *point)
{
    GeoPoints points;
    if (!parsePoints(QLatin1Char('[') + text + QLatin1Char(']'), &points) || points.size() != 1)
        return false;
    *point = points.first();
    return true;
}

bool TerritoryMapTables::write(QSqlDatabase db, const TerritoryMap &map,
                               const QStringList &languages, QString *error)
{
    if (map.isEmpty())
        return true;
    if (!Statement(
             db,
             QStringLiteral(
                 "INSERT INTO map_frame (id, west, south, east, north) VALUES (1, ?, ?, ?, ?)"),
             error)
             .bind(map.west)
             .bind(map.south)
             .bind(map.east)
             .bind(map.north)
             .exec())
        return false;

    Statement state(
        db,
        QStringLiteral(
            "INSERT INTO map_states (id, position, colour, hatched) VALUES (?, ?, ?, ?)"),
        error);
    Statement stateName(
        db,
        QStringLiteral("INSERT INTO map_state_names (state_id, language, name) VALUES (?, ?, ?)"),
        error);
    for (int i = 0; i < map.states.size(); ++i) {
        const MapState &s = map.states.at(i);
        if (!state.bind(s.id).bind(i).bind(s.colour).bind(s.hatched ? 1 : 0).exec())
            return false;
        for (const QString &language : languages) {
            if (!stateName.bind(s.id).bind(language).bind(s.name.value(language)).exec())
                return false;
        }
    }

    Statement year(db, QStringLiteral("INSERT INTO map_years (year) VALUES (?)"), error);
    Statement yearText(
        db,
        QStringLiteral("INSERT INTO map_year_texts (year, language, title, caption, description) "
                       "VALUES (?, ?, ?, ?, ?)"),
        error);
    Statement region(
        db,
        QStringLiteral(
            "INSERT INTO map_regions (year, state_id, outline, label) VALUES (?, ?, ?, ?)"),
        error);
    for (const MapYear &y : map.years) {
        if (!year.bind(y.year).exec())
            return false;
        for (const QString &language : languages) {
            if (!yearText.bind(y.year)
                     .bind(language)
                     .bind(y.text.value(language).title)
                     .bind(y.text.value(language).caption)
                     .bind(y.text.value(language).description)
                     .exec())
                return false;
        }
        for (const MapRegion &r : y.regions) {
            if (!region.bind(y.year)
                     .bind(r.state)
                     .bind(pointsText(r.outline))
                     .bind(orNull(r.hasLabel, pointText(r.label)))
                     .exec())
                return false;
        }
    }

    Statement feature(
        db,
        QStringLiteral(
            "INSERT INTO map_features (id, position, kind, points, anchor, label_at, from_year, "
            "to_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        error);
    Statement featureText(
        db,
        QStringLiteral(
            "INSERT INTO map_feature_texts (feature_id, language, name, note) VALUES (?, ?, ?, ?)"),
        error);
    for (int i = 0; i < map.features.size(); ++i) {
        const MapFeature &f = map.features.at(i);
        if (!feature.bind(f.id)
                 .bind(i)
                 .bind(f.kind)
                 .bind(pointsText(f.points))
                 .bind(f.anchor)
                 .bind(orNull(f.hasLabelAt, pointText(f.labelAt)))
                 .bind(yearOrNull(f.fromYear))
                 .bind(yearOrNull(f.toYear))
                 .exec())
            return false;
        for (const QString &language : languages) {
            const MapFeatureText text = f.text.value(language);
            // A null QString binds as NULL; the columns want text.
            if (!featureText.bind(f.id)
                     .bind(language)
                     .bind(text.name.isNull() ? QStringLiteral("") : text.name)
                     .bind(text.note.isNull() ? QStringLiteral("") : text.note)
                     .exec())
                return false;
        }
    }
    return true;
}

namespace {

bool pointColumn(const QVariant &column, QPointF *point)
{
    return !column.isNull() && TerritoryMapTables::parsePoint(column.toString(), point);
}

} // namespace

bool TerritoryMapTables::read(QSqlDatabase db, TerritoryMap *map, QString *error)
{
    TerritoryMap result;
    Statement frame(db, QStringLiteral("SELECT west, south, east, north FROM map_frame"), error);
    if (!frame.exec())
        return false;
    if (frame.next()) {
        result.west = frame.query().value(0).toDouble();
        result.south = frame.query().value(1).toDouble();
        result.east = frame.query().value(2).toDouble();
        result.north = frame.query().value(3).toDouble();
    }

    Statement states(
        db, QStringLiteral("SELECT id, colour, hatched FROM map_states ORDER BY position"), error);
    Statement names(db, QStringLiteral("SELECT state_id, language, name FROM map_state_names"),
                    error);
    if (!states.exec() || !names.exec())
        return false;
    for (QSqlQuery &q = states.query(); states.next();)
        result.states.append(
            { q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() != 0, {} });
    for (QSqlQuery &q = names.query(); names.next();) {
        const int i = result.stateIndex(q.value(0).toString());
        if (i >= 0)
            result.states[i].name.insert(q.value(1).toString(), q.value(2).toString());
    }

    Statement years(db, QStringLiteral("SELECT year FROM map_years ORDER BY year"), error);
    Statement yearTexts(
        db,
        QStringLiteral("SELECT year, language, title, caption, description FROM map_year_texts"),
        error);
    // Regions in the states' drawing order.
    Statement regions(
        db,
        QStringLiteral("SELECT r.year, r.state_id, r.outline, r.label FROM map_regions r "
                       "JOIN map_states s ON s.id = r.state_id ORDER BY r.year, s.position"),
        error);
    if (!years.exec() || !yearTexts.exec() || !regions.exec())
        return false;
    for (QSqlQuery &q = years.query(); years.next();)
        result.years.append({ q.value(0).toInt(), {}, {} });
    for (QSqlQuery &q = yearTexts.query(); yearTexts.next();) {
        const int i = result.yearIndex(q.value(0).toInt());
        if (i >= 0)
            result.years[i].text.insert(
                q.value(1).toString(),
                { q.value(2).toString(), q.value(3).toString(), q.value(4).toString() });
    }
    for (QSqlQuery &q = regions.query(); regions.next();) {
        const int i = result.yearIndex(q.value(0).toInt());
        MapRegion region;
        region.state = q.value(1).toString();
        // An outline that is not a point list reads as none; validation names it.
        (void)parsePoints(q.value(2).toString(), &region.outline);
        region.hasLabel = pointColumn(q.value(3), &region.label);
        if (i >= 0)
            result.years[i].regions.append(region);
    }

    Statement features(
        db,
        QStringLiteral(
            "SELECT id, kind, points, anchor, label_at, from_year, to_year FROM map_features "
            "ORDER BY position"),
        error);
    Statement featureTexts(
        db, QStringLiteral("SELECT feature_id, language, name, note FROM map_feature_texts"),
        error);
    if (!features.exec() || !featureTexts.exec())
        return false;
    for (QSqlQuery &q = features.query(); features.next();) {
        MapFeature feature;
        feature.id = q.value(0).toString();
        feature.kind = q.value(1).toString();
        (void)parsePoints(q.value(2).toString(), &feature.points);
        feature.anchor = q.value(3).toString();
        feature.hasLabelAt = pointColumn(q.value(4), &feature.labelAt);
        feature.fromYear = q.value(5).toInt();
        feature.toYear = q.value(6).toInt();
        result.features.append(feature);
    }
    for (QSqlQuery &q = featureTexts.query(); featureTexts.next();) {
        const int i = result.featureIndex(q.value(0).toString());
        if (i >= 0)
            result.features[i].text.insert(q.value(1).toString(),
                                           { q.value(2).toString(), q.value(3).toString() });
    }
    *map = result;
    return true;
}
