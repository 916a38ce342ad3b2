#include "content/territorymap.h"

#include <QRegularExpression>
#include <QStringList>

const QStringList &MapFeature::kinds()
{
    static const QStringList kinds { QStringLiteral("sea"),   QStringLiteral("land"),
                                     QStringLiteral("river"), QStringLiteral("wall"),
                                     QStringLiteral("city"),  QStringLiteral("pass") };
    return kinds;
}

const QStringList &MapFeature::anchors()
{
    static const QStringList anchors { QStringLiteral("right"), QStringLiteral("left"),
                                       QStringLiteral("above"), QStringLiteral("below") };
    return anchors;
}

bool MapFeature::isPlace() const
{
    return kind == QLatin1String("city") || kind == QLatin1String("pass");
}

bool MapFeature::shownIn(int year) const
{
    return (fromYear == 0 || year >= fromYear) && (toYear == 0 || year <= toYear);
}

namespace {

template <typename List, typename Predicate> int indexWhere(const List &list, Predicate matches)
{
    for (int i = 0; i < list.size(); ++i) {
        if (matches(list.at(i)))
            return i;
    }
    return -1;
}

} // namespace

int TerritoryMap::stateIndex(const QString &id) const
{
    return indexWhere(states, [&](const MapState &s) { return s.id == id; });
}

int TerritoryMap::yearIndex(int year) const
{
    return indexWhere(years, [&](const MapYear &y) { return y.year == year; });
}

int TerritoryMap::featureIndex(const QString &id) const
{
    return indexWhere(features, [&](const MapFeature &f) { return f.id == id; });
}

int TerritoryMap::regionIndex(int yearIndex, const QString &state) const
{
    if (yearIndex < 0 || yearIndex >= years.size())
        return -1;
    return indexWhere(years.at(yearIndex).regions,
                      [&](const MapRegion &r) { return r.state == state; });
}

QString TerritoryMap::fieldPath(const QString &documentPath) const
{
    static const QRegularExpression pattern(QStringLiteral(
        "^map\\.(?:(states|features)\\[(\\d+)\\]|years\\[(\\d+)\\](?:\\.regions\\[(\\d+)\\])?)"));
    const auto match = pattern.match(documentPath);
    if (!match.hasMatch())
        return documentPath;
    const QString rest = documentPath.mid(match.capturedLength());
    const auto indexIn = [&](int group, qsizetype size) {
        const int index = match.captured(group).toInt();
        return index < size ? index : -1;
    };
    QString named;
    if (match.captured(1) == QLatin1String("states")) {
        const int i = indexIn(2, states.size());
        named = i < 0 ? QString() : QStringLiteral("map.states.") + states.at(i).id;
    } else if (match.captured(1) == QLatin1String("features")) {
        const int i = indexIn(2, features.size());
        named = i < 0 ? QString() : QStringLiteral("map.features.") + features.at(i).id;
    } else {
        const int y = indexIn(3, years.size());
        if (y >= 0) {
            named = QStringLiteral("map.%1").arg(years.at(y).year);
            if (match.capturedLength(4)) {
                const int r = match.captured(4).toInt();
                named = r < years.at(y).regions.size()
                    ? named + QLatin1Char('.') + years.at(y).regions.at(r).state
                    : QString();
            }
        }
    }
    return named.isEmpty() || named.endsWith(QLatin1Char('.')) ? documentPath : named + rest;
}
