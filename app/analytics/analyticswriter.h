#pragma once

#include "analytics/analyticsdatabase.h"

#include <QObject>
#include <QVariantMap>

/** Writes visits to the analytics database on the analytics thread, so a
 *  slow or failing disk never holds up the visitor's screen. Keeps the
 *  database within its retention (pruned when opened and once a day). A
 *  visit it cannot write is dropped and reported; the next visit tries the
 *  file afresh (the disk may have been cleared). */
class AnalyticsWriter : public QObject
{
    Q_OBJECT

public:
    AnalyticsWriter(const QString &fileName, int retentionDays);

    void open(); // creates the file and tables if need be, and prunes
    void write(const VisitRecord &visit);
    void close();

Q_SIGNALS:
    void written(); // one visit is in the database
    void failed(const QString &problem); // "FILE: what went wrong"; the visit (if any) is dropped
    // Today's figures, after opening and after each visit written: visits,
    // and chapter id -> openings.
    void dayCounted(QDate day, int visits, const QVariantMap &chapterOpens);

private:
    bool ensureOpen();
    void pruneIfDue();
    void countToday();

    AnalyticsDatabase m_database;
    int m_retentionDays;
    QDate m_prunedOn;
};
