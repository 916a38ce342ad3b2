#pragma once

#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/** One named SQLite connection to an exhibit content database, closed and
 *  removed when this object goes. Knows the schema version this build
 *  understands and how to create or migrate a database up to it.
 *
 *  A content file can come from anywhere, so it is opened as untrusted (see
 *  SqliteFile) and is readable only if it holds exactly the objects the
 *  schema makes, within the size caps below, and is read within a time
 *  budget. */
class ContentDatabase
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    static constexpr int currentSchemaVersion = 8;
    // An exhibit's texts and paths take a few hundred kilobytes; its media
    // live beside the database, not in it.
    static constexpr qint64 maxFileBytes = 256LL * 1024 * 1024;
    // Why a file of `bytes` is refused; empty if it is not too large.
    [[nodiscard]] static QString sizeProblem(qint64 bytes);
    // Enough for 100,000 timeline events in two languages, with room.
    static constexpr qint64 maxRowsPerTable = 500000;
    static constexpr int defaultTimeBudgetMs = 30000;

    ContentDatabase(const QString &fileName, Mode mode);
    ~ContentDatabase();
    ContentDatabase(const ContentDatabase &) = delete;
    ContentDatabase &operator=(const ContentDatabase &) = delete;

    // How long everything done through this connection may take, counted
    // from open(); a statement still running then is interrupted.
    void setTimeBudget(int milliseconds) { m_timeBudgetMs = milliseconds; }
    [[nodiscard]] bool timedOut() const { return m_deadline.hasExpired(); }
    // Why a read failed: `problem` from SQLite, or the time budget's end.
    [[nodiscard]] QString readProblem(const QString &problem) const;

    // Opens the file and checks it is an SQLite database; on failure error()
    // says why, naming the file.
    bool open();
    // ReadWrite only: creates the schema in a new file, or migrates an older
    // one; refuses a file made by a newer version of the software.
    bool prepareSchema();
    // Fails unless the file holds an exhibit schema this build can read, and
    // nothing else, with no table over maxRowsPerTable.
    bool checkReadable();

    // Every object in the file but SQLite's statistics, as "type name: SQL"
    // with spacing and quotes normalized (a migrated table's SQL is then the
    // same as a new one's), sorted.
    [[nodiscard]] QStringList schemaObjects() const;
    // What schemaObjects() is for a new database of the current version.
    [[nodiscard]] static const QStringList &expectedSchema();

    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] QString fileName() const { return m_fileName; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] int schemaVersion() const;

private:
    bool fail(const QString &message);
    bool runScript(const QString &resource);
    [[nodiscard]] bool hasTables() const;
    bool checkSchemaObjects();
    bool checkRowCounts();

    QString m_fileName;
    QString m_connectionName;
    Mode m_mode;
    QString m_error;
    int m_timeBudgetMs = defaultTimeBudgetMs;
    QDeadlineTimer m_deadline { QDeadlineTimer::Forever };
};
