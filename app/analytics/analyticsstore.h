#pragma once

#include "analytics/visitrecord.h"

#include <QDate>
#include <QObject>
#include <QThread>
#include <QVariantMap>

class AnalyticsWriter;

/** Visitor analytics as the kiosk sees them: visits are handed over here
 *  and written on a thread of their own, so nothing a disk does can hold up
 *  or stop the exhibit. If a visit cannot be written (disk full, file
 *  unwritable) it is dropped, the kiosk carries on, and `problem` says so
 *  for the status file and admin panel until a visit is written again. */
class AnalyticsStore : public QObject
{
    Q_OBJECT

public:
    explicit AnalyticsStore(QObject *parent = nullptr);
    ~AnalyticsStore() override; // writes what was handed over before it goes

    // Records into `fileName` from now on, keeping `retentionDays` days;
    // an empty name leaves analytics off.
    void start(const QString &fileName, int retentionDays);
    void record(const VisitRecord &visit);
    // Blocks until every visit handed over is written or dropped (tests, exit).
    void waitForWrites();

    [[nodiscard]] bool isEnabled() const { return m_writer != nullptr; }
    [[nodiscard]] QString fileName() const { return m_fileName; }
    [[nodiscard]] QString problem() const { return m_problem; } // empty: all well
    [[nodiscard]] int recordedVisits() const { return m_recorded; }
    [[nodiscard]] int droppedVisits() const { return m_dropped; }
    // Today's visits and chapter openings (chapter id -> count), as the
    // database holds them; zero before the first count and after midnight.
    [[nodiscard]] int visitsToday() const;
    [[nodiscard]] QVariantMap chapterOpensToday() const;

Q_SIGNALS:
    void statusChanged();

private:
    void stop();

    QThread m_thread;
    AnalyticsWriter *m_writer = nullptr;
    QString m_fileName;
    QString m_problem;
    int m_recorded = 0;
    int m_dropped = 0;
    int m_pending = 0; // handed over, not yet written or dropped
    QDate m_countedDay;
    int m_countedVisits = 0;
    QVariantMap m_countedOpens;
};
