#include "content/territorymapjson.h"

#include "content/jsonfieldreader.h"

namespace {

const QString mapPath = QStringLiteral("map");

QJsonArray objects(JsonFieldReader &reader, const QJsonObject &object, const QString &key,
                   const QString &path)
{
    return reader.section(object, key, QJsonValue::Array, path).toArray();
}

// An optional [longitude, latitude]; false when absent.
bool readPoint(JsonFieldReader &reader, const QJsonObject &object, const QString &key,
               const QString &path, QPointF *point)
{
    if (!object.contains(key))
        return false;
    const QString at = JsonFieldReader::join(path, key);
    const GeoPoints points = reader.points(QJsonArray { object.value(key) }, at);
    if (points.size() != 1)
        return false;
    *point = points.first();
    return true;
}

double coordinate(JsonFieldReader &reader, const QJsonObject &frame, const QString &key,
                  const QString &path)
{
    const QJsonValue value = frame.value(key);
    if (!value.isDouble())
        reader.problems.append({ JsonFieldReader::join(path, key),
                                 QStringLiteral("expected degrees as a number, found %1")
                                     .arg(JsonFieldReader::describe(value)) });
    return value.toDouble();
}

MapState readState(JsonFieldReader &reader, const QJsonObject &object, const QString &path,
                   const QStringList &languages)
{
    reader.expectKeys(object, path,
                      { QStringLiteral("id"), QStringLiteral("colour"), QStringLiteral("hatched"),
                        QStringLiteral("name") });
    MapState state;
    state.id = reader.string(object, QStringLiteral("id"), path);
    state.colour = reader.string(object, QStringLiteral("colour"), path);
    const QJsonValue hatched = object.value(QStringLiteral("hatched"));
    if (!hatched.isUndefined() && !hatched.isBool())
        reader.problems.append(
            { path + QStringLiteral(".hatched"), QStringLiteral("expected true or false") });
    state.hatched = hatched.toBool();
    state.name = reader.localizedString(object, QStringLiteral("name"), path, languages);
    return state;
}

MapRegion readRegion(JsonFieldReader &reader, const QJsonObject &object, const QString &path)
{
    reader.expectKeys(
        object, path,
        { QStringLiteral("state"), QStringLiteral("outline"), QStringLiteral("label") });
    MapRegion region;
    region.state = reader.string(object, QStringLiteral("state"), path);
    region.outline
        = reader.points(object.value(QStringLiteral("outline")), path + QStringLiteral(".outline"));
    region.hasLabel = readPoint(reader, object, QStringLiteral("label"), path, &region.label);
    return region;
}

MapYear readYear(JsonFieldReader &reader, const QJsonObject &object, const QString &path,
                 const QStringList &languages)
{
    reader.expectKeys(object, path,
                      { QStringLiteral("year"), QStringLiteral("title"), QStringLiteral("caption"),
                        QStringLiteral("description"), QStringLiteral("regions") });
    MapYear year;
    year.year = reader.optionalInteger(object, QStringLiteral("year"), path);
    const auto titles = reader.localizedString(object, QStringLiteral("title"), path, languages);
    const auto captions
        = reader.localizedString(object, QStringLiteral("caption"), path, languages);
    const auto descriptions
        = reader.localizedString(object, QStringLiteral("description"), path, languages);
    for (const QString &language : languages)
        year.text.insert(
            language,
            { titles.value(language), captions.value(language), descriptions.value(language) });
    const QJsonArray regions = objects(reader, object, QStringLiteral("regions"), path);
    for (int i = 0; i < regions.size(); ++i)
        year.regions.append(readRegion(reader, regions.at(i).toObject(),
                                       QStringLiteral("%1.regions[%2]").arg(path).arg(i)));
    return year;
}

MapFeature readFeature(JsonFieldReader &reader, const QJsonObject &object, const QString &path,
                       const QStringList &languages)
{
    reader.expectKeys(object, path,
                      { QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("points"),
                        QStringLiteral("anchor"), QStringLiteral("labelAt"), QStringLiteral("from"),
                        QStringLiteral("to"), QStringLiteral("name"), QStringLiteral("note") });
    MapFeature feature;
    feature.id = reader.string(object, QStringLiteral("id"), path);
    feature.kind = reader.string(object, QStringLiteral("kind"), path);
    feature.points
        = reader.points(object.value(QStringLiteral("points")), path + QStringLiteral(".points"));
    if (object.contains(QStringLiteral("anchor")))
        feature.anchor = reader.string(object, QStringLiteral("anchor"), path);
    feature.hasLabelAt
        = readPoint(reader, object, QStringLiteral("labelAt"), path, &feature.labelAt);
    feature.fromYear = reader.optionalInteger(object, QStringLiteral("from"), path);
    feature.toYear = reader.optionalInteger(object, QStringLiteral("to"), path);
    const auto names = reader.localizedString(object, QStringLiteral("name"), path, languages);
    const auto notes
        = reader.optionalLocalizedString(object, QStringLiteral("note"), path, languages);
    for (const QString &language : languages)
        feature.text.insert(language, { names.value(language), notes.value(language) });
    return feature;
}

} // namespace

TerritoryMap TerritoryMapJson::read(JsonFieldReader &reader, const QJsonObject &map,
                                    const QStringList &languages)
{
    TerritoryMap result;
    if (map.isEmpty())
        return result; // an exhibit without a map
    reader.expectKeys(map, mapPath,
                      { QStringLiteral("frame"), QStringLiteral("states"), QStringLiteral("years"),
                        QStringLiteral("features") });

    const QString framePath = QStringLiteral("map.frame");
    const QJsonObject frame
        = reader.section(map, QStringLiteral("frame"), QJsonValue::Object, mapPath).toObject();
    if (!frame.isEmpty()) {
        reader.expectKeys(frame, framePath,
                          { QStringLiteral("west"), QStringLiteral("south"), QStringLiteral("east"),
                            QStringLiteral("north") });
        result.west = coordinate(reader, frame, QStringLiteral("west"), framePath);
        result.south = coordinate(reader, frame, QStringLiteral("south"), framePath);
        result.east = coordinate(reader, frame, QStringLiteral("east"), framePath);
        result.north = coordinate(reader, frame, QStringLiteral("north"), framePath);
    }

    const auto each = [&](const QString &key, const auto &readOne) {
        const QJsonArray array = objects(reader, map, key, mapPath);
        for (int i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("map.%1[%2]").arg(key).arg(i);
            if (array.at(i).isObject())
                readOne(array.at(i).toObject(), path);
            else
                reader.problems.append({ path,
                                         QStringLiteral("expected an object, found %1")
                                             .arg(JsonFieldReader::describe(array.at(i))) });
        }
    };
    each(QStringLiteral("states"), [&](const QJsonObject &o, const QString &p) {
        result.states.append(readState(reader, o, p, languages));
    });
    each(QStringLiteral("years"), [&](const QJsonObject &o, const QString &p) {
        result.years.append(readYear(reader, o, p, languages));
    });
    each(QStringLiteral("features"), [&](const QJsonObject &o, const QString &p) {
        result.features.append(readFeature(reader, o, p, languages));
    });
    return result;
}

QJsonObject TerritoryMapJson::write(const TerritoryMap &map, const QStringList &languages)
{
    if (map.isEmpty())
        return {};
    QJsonArray states;
    for (const MapState &state : map.states) {
        QJsonObject object { { QStringLiteral("id"), state.id },
                             { QStringLiteral("colour"), state.colour } };
        if (state.hatched)
            object.insert(QStringLiteral("hatched"), true);
        object.insert(QStringLiteral("name"), localizedJson(languages, [&](const QString &l) {
                          return state.name.value(l);
                      }));
        states.append(object);
    }
    QJsonArray years;
    for (const MapYear &year : map.years) {
        QJsonArray regions;
        for (const MapRegion &region : year.regions) {
            QJsonObject object { { QStringLiteral("state"), region.state },
                                 { QStringLiteral("outline"), pointsJson(region.outline) } };
            if (region.hasLabel)
                object.insert(QStringLiteral("label"), pointsJson({ region.label }).first());
            regions.append(object);
        }
        years.append(QJsonObject {
            { QStringLiteral("year"), year.year },
            { QStringLiteral("title"),
              localizedJson(languages,
                            [&](const QString &l) { return year.text.value(l).title; }) },
            { QStringLiteral("caption"),
              localizedJson(languages,
                            [&](const QString &l) { return year.text.value(l).caption; }) },
            { QStringLiteral("description"),
              localizedJson(languages,
                            [&](const QString &l) { return year.text.value(l).description; }) },
            { QStringLiteral("regions"), regions } });
    }
    QJsonArray features;
    for (const MapFeature &feature : map.features) {
        QJsonObject object { { QStringLiteral("id"), feature.id },
                             { QStringLiteral("kind"), feature.kind },
                             { QStringLiteral("points"), pointsJson(feature.points) } };
        if (feature.anchor != QLatin1String("right"))
            object.insert(QStringLiteral("anchor"), feature.anchor);
        if (feature.hasLabelAt)
            object.insert(QStringLiteral("labelAt"), pointsJson({ feature.labelAt }).first());
        if (feature.fromYear)
            object.insert(QStringLiteral("from"), feature.fromYear);
        if (feature.toYear)
            object.insert(QStringLiteral("to"), feature.toYear);
        object.insert(QStringLiteral("name"), localizedJson(languages, [&](const QString &l) {
                          return feature.text.value(l).name;
                      }));
        if (std::any_of(languages.begin(), languages.end(),
                        [&](const QString &l) { return !feature.text.value(l).note.isEmpty(); }))
            object.insert(QStringLiteral("note"), localizedJson(languages, [&](const QString &l) {
                              return feature.text.value(l).note;
                          }));
        features.append(object);
    }
    return { { QStringLiteral("frame"),
               QJsonObject { { QStringLiteral("west"), map.west },
                             { QStringLiteral("south"), map.south },
                             { QStringLiteral("east"), map.east },
                             { QStringLiteral("north"), map.north } } },
             { QStringLiteral("states"), states },
             { QStringLiteral("years"), years },
             { QStringLiteral("features"), features } };
}
