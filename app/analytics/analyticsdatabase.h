#pragma once

#include "analytics/visitrecord.h"

#include <QDate>
#include <QHash>
#include <QString>

class QSqlDatabase;

/** The visitor analytics database: its own SQLite file (never the content
 *  database), in WAL mode so a curator's report can read it while the kiosk
 *  writes. One row per visit, one per chapter opened and one per timeline,
 *  map or people view; dates in the kiosk's local time, as curators count
 *  days and hours. */
class AnalyticsDatabase
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    explicit AnalyticsDatabase(QString fileName);
    ~AnalyticsDatabase();
    AnalyticsDatabase(const AnalyticsDatabase &) = delete;
    AnalyticsDatabase &operator=(const AnalyticsDatabase &) = delete;

    static constexpr int schemaVersion = 1;

    // Opens the file; ReadWrite creates it and its tables if need be.
    bool open(Mode mode);
    void close();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString fileName() const { return m_fileName; }
    [[nodiscard]] QString error() const { return m_error; } // "FILE: what went wrong"
    [[nodiscard]] QSqlDatabase database() const;

    // One visit and all it holds, in one transaction: all of it or none.
    bool write(const VisitRecord &visit);
    // Deletes the visits that began before `day` (and what they hold);
    // returns how many, or -1 on failure.
    int pruneBefore(QDate day);
    // How many visits began on `day`, and how often each chapter was opened
    // in them (chapter id -> openings); false on failure.
    bool countDay(QDate day, int *visits, QHash<QString, int> *chapterOpens);

private:
    bool fail(const QString &message);
    bool createSchema();

    QString m_fileName;
    QString m_connectionName;
    QString m_error;
};
