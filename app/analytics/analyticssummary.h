#pragma once

#include <QDate>
#include <QList>
#include <QString>

class AnalyticsDatabase;

/** What the analytics database says about a span of days, for curators:
 *  visits per day and their median length, and per chapter how often it
 *  was opened, how long it stayed on screen and whether its narration was
 *  listened to; visits by hour of the day for the report's chart. */
struct AnalyticsSummary
{
    struct Day
    {
        QDate date;
        int visits = 0;
        qint64 medianVisitMs = 0;
    };
    struct Chapter
    {
        QString chapterId;
        int opens = 0;
        qint64 medianDwellMs = 0;
        int narrationStartedPercent = 0; // of opens
        int completedPercent = 0; // of opens: 90% or more of the narration heard
        int averageHeardPercent = 0;
    };

    QDate from; // the span asked for (or found)
    QDate to;
    int visits = 0;
    qint64 medianVisitMs = 0;
    QList<Day> days;
    QList<Chapter> chapters; // most opened first
    QList<int> visitsByHour = QList<int>(24, 0);
    QList<QPair<QString, int>> languages; // visits that used each language
    QList<QPair<QString, int>> explore; // timeline/map/figures screens opened, by kind
    // Visits that made each accessibility choice: large_text, high_contrast,
    // reduced_motion, easy_read ("In brief"), volume.
    QList<QPair<QString, int>> accessibility;

    // Reads visits that began from `from` to `to` (local days, inclusive;
    // an invalid date leaves that end open). False with *error on failure.
    static bool read(AnalyticsDatabase &database, QDate from, QDate to, AnalyticsSummary *summary,
                     QString *error);

    // "4:12" (minutes:seconds), or "1:02:03" past an hour.
    [[nodiscard]] static QString duration(qint64 milliseconds);
    // Completion counts narration heard at least this much.
    static constexpr int completedAtPercent = 90;
};
