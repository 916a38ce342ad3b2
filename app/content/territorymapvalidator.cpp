#include "content/territorymapvalidator.h"

#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace {

bool isId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    return pattern.match(id).hasMatch();
}

QString idProblem(const QString &id)
{
    return QStringLiteral("'%1' is not an id (lowercase letters, digits and hyphens, at most 40)")
        .arg(id);
}

class MapChecker
{
public:
    MapChecker(const TerritoryMap &map, const QStringList &languages, ContentProblems &problems)
        : m_map(map)
        , m_languages(languages)
        , m_problems(problems)
    { }

    void checkFrame()
    {
        const bool ok = m_map.west >= -180 && m_map.east <= 180 && m_map.south >= -85
            && m_map.north <= 85 && m_map.east - m_map.west >= 1 && m_map.north - m_map.south >= 1;
        if (!ok)
            add(QStringLiteral("map.frame"),
                QStringLiteral("west %1, south %2, east %3, north %4 is not an area of the "
                               "world: west must be less than east and south less than north, "
                               "in degrees")
                    .arg(m_map.west)
                    .arg(m_map.south)
                    .arg(m_map.east)
                    .arg(m_map.north));
    }

    void checkStates()
    {
        for (int i = 0; i < m_map.states.size(); ++i) {
            const MapState &state = m_map.states.at(i);
            const QString base = QStringLiteral("map.states[%1]").arg(i);
            checkId(base, state.id, m_map.stateIndex(state.id) != i, QStringLiteral("state"));
            static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
            if (!colour.match(state.colour).hasMatch())
                add(base + QStringLiteral(".colour"),
                    QStringLiteral("'%1' is not a colour such as \"#b5452f\"").arg(state.colour));
            checkNames(base + QStringLiteral(".name"),
                       [&](const QString &l) { return state.name.value(l); });
        }
    }

    void checkYears()
    {
        for (int i = 0; i < m_map.years.size(); ++i) {
            const MapYear &year = m_map.years.at(i);
            const QString base = QStringLiteral("map.years[%1]").arg(i);
            if (year.year < 1 || year.year > 9999)
                add(base + QStringLiteral(".year"),
                    QStringLiteral("a year between 1 and 9999 is needed"));
            else if (i > 0 && year.year <= m_map.years.at(i - 1).year)
                add(base + QStringLiteral(".year"),
                    QStringLiteral("%1 does not come after %2: list the years in order, each once")
                        .arg(year.year)
                        .arg(m_map.years.at(i - 1).year));
            for (const QString &language : m_languages) {
                ExhibitValidator::checkText(
                    m_problems, QStringLiteral("%1.title.%2").arg(base, language),
                    year.text.value(language).title, TerritoryMapValidator::maxYearTitleLength);
                ExhibitValidator::checkText(
                    m_problems, QStringLiteral("%1.caption.%2").arg(base, language),
                    year.text.value(language).caption, TerritoryMapValidator::maxYearCaptionLength);
                ExhibitValidator::checkDescription(
                    m_problems, QStringLiteral("%1.description.%2").arg(base, language),
                    year.text.value(language).description,
                    TerritoryMapValidator::maxYearDescriptionLength);
            }
            if (year.regions.isEmpty())
                add(base + QStringLiteral(".regions"), QStringLiteral("the year shows no states"));
            for (int r = 0; r < year.regions.size(); ++r)
                checkRegion(i, r);
        }
    }

    void checkFeatures()
    {
        for (int i = 0; i < m_map.features.size(); ++i) {
            const MapFeature &feature = m_map.features.at(i);
            const QString base = QStringLiteral("map.features[%1]").arg(i);
            checkId(base, feature.id, m_map.featureIndex(feature.id) != i,
                    QStringLiteral("feature"));
            if (!MapFeature::kinds().contains(feature.kind))
                add(base + QStringLiteral(".kind"),
                    QStringLiteral("'%1' is not a kind of feature; use one of: %2")
                        .arg(feature.kind, MapFeature::kinds().join(QStringLiteral(", "))));
            const bool area
                = feature.kind == QLatin1String("sea") || feature.kind == QLatin1String("land");
            const qsizetype needed = feature.isPlace() ? 1 : area ? 3 : 2;
            if (feature.isPlace() ? feature.points.size() != 1 : feature.points.size() < needed)
                add(base + QStringLiteral(".points"),
                    feature.isPlace() ? QStringLiteral("a %1 is one point: [[longitude, latitude]]")
                                            .arg(feature.kind)
                                      : QStringLiteral("a %1 needs at least %2 points")
                                            .arg(feature.kind)
                                            .arg(needed));
            // Lines and areas may run out of the frame (the map clips them); places may not.
            checkPoints(base + QStringLiteral(".points"), feature.points,
                        feature.isPlace() ? 0 : TerritoryMapValidator::outlineMargin);
            if (feature.hasLabelAt)
                checkPoint(base + QStringLiteral(".labelAt"), feature.labelAt, 0);
            if (!MapFeature::anchors().contains(feature.anchor))
                add(base + QStringLiteral(".anchor"),
                    QStringLiteral("'%1' is not a side; use one of: %2")
                        .arg(feature.anchor, MapFeature::anchors().join(QStringLiteral(", "))));
            if (feature.fromYear && feature.toYear && feature.toYear < feature.fromYear)
                add(base + QStringLiteral(".to"),
                    QStringLiteral("%1 is before \"from\" (%2)")
                        .arg(feature.toYear)
                        .arg(feature.fromYear));
            if (!area)
                checkNames(base + QStringLiteral(".name"),
                           [&](const QString &l) { return feature.text.value(l).name; });
            for (const QString &language : m_languages)
                ExhibitValidator::checkText(
                    m_problems, QStringLiteral("%1.note.%2").arg(base, language),
                    feature.text.value(language).note, TerritoryMapValidator::maxNoteLength, false);
        }
    }

private:
    void add(const QString &path, const QString &message) { m_problems.append({ path, message }); }

    void checkId(const QString &base, const QString &id, bool repeated, const QString &what)
    {
        if (!isId(id))
            add(base + QStringLiteral(".id"), idProblem(id));
        else if (repeated)
            add(base + QStringLiteral(".id"),
                QStringLiteral("%1 '%2' appears more than once").arg(what, id));
    }

    void checkNames(const QString &path, const std::function<QString(const QString &)> &nameIn)
    {
        for (const QString &language : m_languages)
            ExhibitValidator::checkText(m_problems, QStringLiteral("%1.%2").arg(path, language),
                                        nameIn(language), TerritoryMapValidator::maxNameLength);
    }

    void checkRegion(int yearIndex, int regionIndex)
    {
        const MapRegion &region = m_map.years.at(yearIndex).regions.at(regionIndex);
        const QString base
            = QStringLiteral("map.years[%1].regions[%2]").arg(yearIndex).arg(regionIndex);
        if (m_map.stateIndex(region.state) < 0)
            add(base + QStringLiteral(".state"),
                QStringLiteral("no state '%1' in map.states").arg(region.state));
        else if (m_map.regionIndex(yearIndex, region.state) != regionIndex)
            add(base + QStringLiteral(".state"),
                QStringLiteral("state '%1' has two outlines in %2: join them into one")
                    .arg(region.state)
                    .arg(m_map.years.at(yearIndex).year));
        if (region.outline.size() < 3)
            add(base + QStringLiteral(".outline"),
                QStringLiteral("an outline needs at least 3 points"));
        checkPoints(base + QStringLiteral(".outline"), region.outline,
                    TerritoryMapValidator::outlineMargin);
        if (region.hasLabel)
            checkPoint(base + QStringLiteral(".label"), region.label, 0);
    }

    void checkPoints(const QString &path, const GeoPoints &points, double margin)
    {
        for (int i = 0; i < points.size(); ++i)
            checkPoint(QStringLiteral("%1[%2]").arg(path).arg(i), points.at(i), margin);
    }

    void checkPoint(const QString &path, QPointF point, double margin)
    {
        if (point.x() < m_map.west - margin || point.x() > m_map.east + margin
            || point.y() < m_map.south - margin || point.y() > m_map.north + margin)
            add(path,
                QStringLiteral(
                    "[%1, %2] lies outside the map (longitude %3 to %4, latitude %5 to %6): is it "
                    "[longitude, latitude]?")
                    .arg(point.x())
                    .arg(point.y())
                    .arg(m_map.west - margin)
                    .arg(m_map.east + margin)
                    .arg(m_map.south - margin)
                    .arg(m_map.north + margin));
    }

    const TerritoryMap &m_map;
    const QStringList &m_languages;
    ContentProblems &m_problems;
};

} // namespace

void TerritoryMapValidator::validate(const TerritoryMap &map, const QStringList &languages,
                                     ContentProblems &problems)
{
    if (map.isEmpty())
        return;
    MapChecker checker(map, languages, problems);
    if (map.years.isEmpty())
        problems.append(
            { QStringLiteral("map.years"), QStringLiteral("the map needs at least one year") });
    checker.checkFrame();
    checker.checkStates();
    checker.checkYears();
    checker.checkFeatures();
}
