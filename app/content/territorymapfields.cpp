#include "content/territorymapfields.h"

#include "content/territorymaptables.h"

namespace TerritoryMapFields {

namespace {

Field points(GeoPoints &member)
{
    return { [&member] { return TerritoryMapTables::pointsText(member); },
             [&member](const QString &value, QString *error) {
                 GeoPoints parsed;
                 if (!TerritoryMapTables::parsePoints(value, &parsed)) {
                     *error = QStringLiteral("expected a list of [longitude, latitude] pairs such "
                                             "as [[114.3, 34.8], [115, 35]]");
                     return false;
                 }
                 member = parsed;
                 return true;
             } };
}

Field point(QPointF &member, bool &present)
{
    return { [&] { return present ? TerritoryMapTables::pointText(member) : QString(); },
             [&](const QString &value, QString *error) {
                 if (value.trimmed().isEmpty()) {
                     present = false;
                     return true;
                 }
                 if (!TerritoryMapTables::parsePoint(value, &member)) {
                     *error = QStringLiteral(
                         "expected [longitude, latitude] such as [114.3, 34.8], or nothing");
                     return false;
                 }
                 present = true;
                 return true;
             } };
}

} // namespace

bool resolve(TerritoryMap &map, const QStringList &languages, const QString &path, Field *field,
             QString *error)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    const auto fail = [&](const QString &why) {
        *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    };
    const auto language
        = [&](int at) { return parts.size() == at + 1 && languages.contains(parts.at(at)); };
    if (parts.size() < 3)
        return fail(QStringLiteral("no such field (map fields look like map.1142.song.outline or "
                                   "map.features.kaifeng.name.en)"));

    if (parts.at(1) == QLatin1String("states")) {
        const int i = map.stateIndex(parts.at(2));
        if (i < 0)
            return fail(QStringLiteral("no state \"%1\" on the map").arg(parts.at(2)));
        MapState &state = map.states[i];
        if (parts.size() == 4 && parts.at(3) == QLatin1String("colour"))
            return *field = Field::text(state.colour), true;
        if (parts.size() == 5 && parts.at(3) == QLatin1String("name") && language(4))
            return *field = Field::text(state.name[parts.at(4)]), true;
        return fail(QStringLiteral("no such field (state fields: colour, name.LANG)"));
    }
    if (parts.at(1) == QLatin1String("features")) {
        const int i = map.featureIndex(parts.at(2));
        if (i < 0)
            return fail(QStringLiteral("no feature \"%1\" on the map").arg(parts.at(2)));
        MapFeature &feature = map.features[i];
        if (parts.size() == 4 && parts.at(3) == QLatin1String("points"))
            return *field = points(feature.points), true;
        if (parts.size() == 4 && parts.at(3) == QLatin1String("labelAt"))
            return *field = point(feature.labelAt, feature.hasLabelAt), true;
        if (parts.size() == 5 && parts.at(3) == QLatin1String("name") && language(4))
            return *field = Field::text(feature.text[parts.at(4)].name), true;
        if (parts.size() == 5 && parts.at(3) == QLatin1String("note") && language(4))
            return *field = Field::text(feature.text[parts.at(4)].note), true;
        return fail(QStringLiteral(
            "no such field (feature fields: points, labelAt, name.LANG, note.LANG)"));
    }
    const int y = map.yearIndex(parts.at(1).toInt());
    if (y < 0)
        return fail(QStringLiteral("the map shows no year \"%1\"").arg(parts.at(1)));
    MapYear &year = map.years[y];
    if (parts.size() == 4 && parts.at(2) == QLatin1String("title") && language(3))
        return *field = Field::text(year.text[parts.at(3)].title), true;
    if (parts.size() == 4 && parts.at(2) == QLatin1String("caption") && language(3))
        return *field = Field::text(year.text[parts.at(3)].caption), true;
    if (parts.size() == 4 && parts.at(2) == QLatin1String("description") && language(3))
        return *field = Field::text(year.text[parts.at(3)].description), true;
    const int r = map.regionIndex(y, parts.at(2));
    if (r >= 0 && parts.size() == 4 && parts.at(3) == QLatin1String("outline"))
        return *field = points(year.regions[r].outline), true;
    if (r >= 0 && parts.size() == 4 && parts.at(3) == QLatin1String("label"))
        return *field = point(year.regions[r].label, year.regions[r].hasLabel), true;
    return fail(QStringLiteral("no such field (year fields: title.LANG, caption.LANG, "
                               "description.LANG, STATE.outline, STATE.label; languages: %1)")
                    .arg(languages.join(QStringLiteral(", "))));
}

QStringList paths(const TerritoryMap &map, const QStringList &languages)
{
    QStringList result;
    for (const MapYear &year : map.years) {
        for (const QString &language : languages)
            result << QStringLiteral("map.%1.title.%2").arg(year.year).arg(language)
                   << QStringLiteral("map.%1.caption.%2").arg(year.year).arg(language)
                   << QStringLiteral("map.%1.description.%2").arg(year.year).arg(language);
        for (const MapRegion &region : year.regions)
            result << QStringLiteral("map.%1.%2.outline").arg(year.year).arg(region.state)
                   << QStringLiteral("map.%1.%2.label").arg(year.year).arg(region.state);
    }
    for (const MapState &state : map.states) {
        result << QStringLiteral("map.states.%1.colour").arg(state.id);
        for (const QString &language : languages)
            result << QStringLiteral("map.states.%1.name.%2").arg(state.id, language);
    }
    for (const MapFeature &feature : map.features) {
        result << QStringLiteral("map.features.%1.points").arg(feature.id)
               << QStringLiteral("map.features.%1.labelAt").arg(feature.id);
        for (const QString &language : languages)
            result << QStringLiteral("map.features.%1.name.%2").arg(feature.id, language)
                   << QStringLiteral("map.features.%1.note.%2").arg(feature.id, language);
    }
    return result;
}

} // namespace TerritoryMapFields
