#include "models/territorymapmodel.h"

#include <QColor>
#include <QtMath>

TerritoryMapModel::TerritoryMapModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void TerritoryMapModel::setContent(const TerritoryMap &map)
{
    const auto yearsOf = [](const TerritoryMap &of) {
        QList<int> years;
        for (const MapYear &year : of.years)
            years.append(year.year);
        return years;
    };
    // The same years, their texts edited (Exhibit Studio's preview): refreshed in place.
    if (!map.years.isEmpty() && yearsOf(map) == yearsOf(m_map)) {
        m_map = map;
        Q_EMIT dataChanged(index(0), index(int(m_map.years.size()) - 1));
    } else {
        const bool countChanges = map.years.size() != m_map.years.size();
        beginResetModel();
        m_map = map;
        endResetModel();
        if (countChanges)
            Q_EMIT countChanged();
    }
    Q_EMIT contentChanged();
    Q_EMIT shownChanged();
}

void TerritoryMapModel::setShownIndex(int row)
{
    if (m_shown != row) {
        m_shown = row;
        Q_EMIT shownChanged();
    }
}

void TerritoryMapModel::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    if (!m_map.years.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_map.years.size()) - 1));
    Q_EMIT contentChanged();
    Q_EMIT shownChanged();
}

qreal TerritoryMapModel::aspectRatio() const
{
    const double height = m_map.north - m_map.south;
    if (height <= 0)
        return 1.0;
    const double middle = qDegreesToRadians((m_map.north + m_map.south) / 2);
    return (m_map.east - m_map.west) * std::cos(middle) / height;
}

qreal TerritoryMapModel::kilometresPerUnit() const
{
    constexpr double kilometresPerDegreeOfLatitude = 111.2;
    return (m_map.north - m_map.south) * kilometresPerDegreeOfLatitude;
}

QPointF TerritoryMapModel::project(QPointF lonLat) const
{
    const double height = m_map.north - m_map.south;
    const double width = m_map.east - m_map.west;
    if (height <= 0 || width <= 0)
        return {};
    return { (lonLat.x() - m_map.west) / width * aspectRatio(),
             (m_map.north - lonLat.y()) / height };
}

QVariantList TerritoryMapModel::projected(const GeoPoints &points) const
{
    QVariantList result;
    result.reserve(points.size());
    for (const QPointF &point : points)
        result.append(project(point));
    if (!points.isEmpty())
        result.append(result.first()); // PathPolyline draws open lines; rings close here
    return result;
}

QVariantList TerritoryMapModel::states() const
{
    QVariantList result;
    for (const MapState &state : m_map.states)
        result.append(QVariantMap { { QStringLiteral("stateId"), state.id },
                                    { QStringLiteral("name"), state.name.value(m_language) },
                                    { QStringLiteral("colour"), QColor(state.colour) },
                                    { QStringLiteral("hatched"), state.hatched } });
    return result;
}

QVariantList TerritoryMapModel::regions(const MapYear &year) const
{
    QVariantList result;
    for (const MapRegion &region : year.regions) {
        const int s = m_map.stateIndex(region.state);
        const MapState state = s >= 0 ? m_map.states.at(s) : MapState();
        result.append(QVariantMap { { QStringLiteral("stateId"), region.state },
                                    { QStringLiteral("name"), state.name.value(m_language) },
                                    { QStringLiteral("colour"), QColor(state.colour) },
                                    { QStringLiteral("hatched"), state.hatched },
                                    { QStringLiteral("points"), projected(region.outline) },
                                    { QStringLiteral("label"), project(region.label) },
                                    { QStringLiteral("hasLabel"), region.hasLabel } });
    }
    return result;
}

QVariantList TerritoryMapModel::features() const
{
    QVariantList result;
    for (const MapFeature &feature : m_map.features) {
        const bool area
            = feature.kind == QLatin1String("sea") || feature.kind == QLatin1String("land");
        QVariantList points = projected(feature.points);
        if (!area && !points.isEmpty())
            points.removeLast(); // a line or a place is not a ring
        const MapFeatureText text = feature.text.value(m_language);
        result.append(QVariantMap {
            { QStringLiteral("featureId"), feature.id },
            { QStringLiteral("kind"), feature.kind },
            { QStringLiteral("name"), text.name },
            { QStringLiteral("note"), text.note },
            { QStringLiteral("anchor"), feature.anchor },
            { QStringLiteral("points"), points },
            { QStringLiteral("labelAt"),
              project(feature.hasLabelAt ? feature.labelAt : feature.points.value(0)) },
            { QStringLiteral("fromYear"), feature.fromYear },
            { QStringLiteral("toYear"), feature.toYear } });
    }
    return result;
}

bool TerritoryMapModel::featureShown(int feature, int year) const
{
    if (feature < 0 || feature >= m_map.features.size())
        return false;
    const MapFeature &shown = m_map.features.at(feature);
    return (shown.fromYear == 0 || year >= shown.fromYear)
        && (shown.toYear == 0 || year <= shown.toYear);
}

int TerritoryMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_map.years.size());
}

QVariant TerritoryMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MapYear &year = m_map.years.at(index.row());
    switch (role) {
    case YearRole:
        return year.year;
    case TitleRole:
        return year.text.value(m_language).title;
    case CaptionRole:
        return year.text.value(m_language).caption;
    case DescriptionRole:
        return year.text.value(m_language).description;
    case RegionsRole:
        return regions(year);
    default:
        return {};
    }
}

QHash<int, QByteArray> TerritoryMapModel::roleNames() const
{
    return { { YearRole, "year" },
             { TitleRole, "title" },
             { CaptionRole, "caption" },
             { DescriptionRole, "description" },
             { RegionsRole, "regions" } };
}
