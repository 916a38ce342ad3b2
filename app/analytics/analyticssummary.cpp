#include "analytics/analyticssummary.h"

#include "analytics/analyticsdatabase.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>

namespace {

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

int percent(int part, int whole) { return whole > 0 ? int(std::lround(100.0 * part / whole)) : 0; }

// "WHERE local_date >= ? AND local_date <= ?" for the ends that are set, with their values.
QString span(const QString &column, QDate from, QDate to, QStringList *values)
{
    QStringList conditions;
    if (from.isValid()) {
        conditions.append(column + QStringLiteral(" >= ?"));
        values->append(from.toString(Qt::ISODate));
    }
    if (to.isValid()) {
        conditions.append(column + QStringLiteral(" <= ?"));
        values->append(to.toString(Qt::ISODate));
    }
    return conditions.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

bool run(QSqlQuery &query, const QString &sql, const QStringList &values, QString *error)
{
    query.prepare(sql);
    for (const QString &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

QList<QPair<QString, int>> sortedCounts(const QHash<QString, int> &counts)
{
    QList<QPair<QString, int>> result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.append({ it.key(), it.value() });
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return result;
}

} // namespace

bool AnalyticsSummary::read(AnalyticsDatabase &database, QDate from, QDate to,
                            AnalyticsSummary *summary, QString *error)
{
    *summary = AnalyticsSummary();
    summary->from = from;
    summary->to = to;
    QStringList values;
    const QString where = span(QStringLiteral("v.local_date"), from, to, &values);
    QSqlQuery query(database.database());

    // Visits: per day, by hour, by language.
    if (!run(query,
             QStringLiteral(
                 "SELECT v.local_date, v.local_hour, v.duration_ms, v.languages, v.accessibility "
                 "FROM visits v")
                 + where + QStringLiteral(" ORDER BY v.local_date"),
             values, error))
        return false;
    std::map<QDate, QList<qint64>> lengthsByDay;
    QList<qint64> lengths;
    QHash<QString, int> languages;
    QHash<QString, int> accessibility;
    while (query.next()) {
        const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        const qint64 length = query.value(2).toLongLong();
        lengthsByDay[day].append(length);
        lengths.append(length);
        const int hour = query.value(1).toInt();
        if (hour >= 0 && hour < 24)
            ++summary->visitsByHour[hour];
        for (const QString &language :
             query.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            ++languages[language];
        for (const QString &choice :
             query.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            ++accessibility[choice];
    }
    summary->visits = int(lengths.size());
    summary->medianVisitMs = median(lengths);
    for (const auto &[day, dayLengths] : lengthsByDay)
        summary->days.append({ day, int(dayLengths.size()), median(dayLengths) });
    if (!summary->days.isEmpty()) {
        if (!summary->from.isValid())
            summary->from = summary->days.constFirst().date;
        if (!summary->to.isValid())
            summary->to = summary->days.constLast().date;
    }
    summary->languages = sortedCounts(languages);
    summary->accessibility = sortedCounts(accessibility);

    // Chapters: opens, time on screen, listening.
    if (!run(query,
             QStringLiteral("SELECT c.chapter_id, c.dwell_ms, c.narration_started, c.heard_percent"
                            " FROM chapter_views c JOIN visits v ON v.id = c.visit_id")
                 + where,
             values, error))
        return false;
    struct Tally
    {
        QList<qint64> dwell;
        int started = 0;
        int completed = 0;
        qint64 heard = 0;
    };
    QHash<QString, Tally> tallies;
    while (query.next()) {
        Tally &tally = tallies[query.value(0).toString()];
        tally.dwell.append(query.value(1).toLongLong());
        tally.started += query.value(2).toInt() ? 1 : 0;
        tally.completed += query.value(3).toInt() >= completedAtPercent ? 1 : 0;
        tally.heard += query.value(3).toInt();
    }
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        const int opens = int(it->dwell.size());
        summary->chapters.append({ it.key(), opens, median(it->dwell), percent(it->started, opens),
                                   percent(it->completed, opens),
                                   int(std::lround(double(it->heard) / opens)) });
    }
    std::sort(summary->chapters.begin(), summary->chapters.end(),
              [](const Chapter &a, const Chapter &b) {
                  return a.opens != b.opens ? a.opens > b.opens : a.chapterId < b.chapterId;
              });

    // The timeline, the map and the people: how often each screen was opened.
    if (!run(query,
             QStringLiteral(
                 "SELECT e.kind, count(*) FROM explore_views e JOIN visits v ON v.id = e.visit_id")
                 + where + (where.isEmpty() ? QStringLiteral(" WHERE") : QStringLiteral(" AND"))
                 + QStringLiteral(" e.kind IN ('timeline', 'map', 'figures') GROUP BY e.kind"),
             values, error))
        return false;
    QHash<QString, int> explore;
    while (query.next())
        explore.insert(query.value(0).toString(), query.value(1).toInt());
    summary->explore = sortedCounts(explore);
    return true;
}

QString AnalyticsSummary::duration(qint64 milliseconds)
{
    const qint64 seconds = (std::max<qint64>(0, milliseconds) + 500) / 1000;
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
