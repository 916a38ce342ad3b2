#include "analytics/analyticsdatabase.h"

#include "content/sqlitefile.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QAtomicInt connectionCounter;

const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS visits ("
    " id INTEGER PRIMARY KEY,"
    " started_at TEXT NOT NULL," // local time, ISO 8601 with its UTC offset
    " ended_at TEXT NOT NULL,"
    " local_date TEXT NOT NULL," // YYYY-MM-DD: the museum's day
    " local_hour INTEGER NOT NULL," // 0-23, when the visit began
    " duration_ms INTEGER NOT NULL,"
    " end_reason TEXT NOT NULL," // idle, closed, exit, reset
    " languages TEXT NOT NULL," // in the order used: "en,zh"
    " accessibility TEXT NOT NULL)", // "large_text,high_contrast", or empty
    "CREATE INDEX IF NOT EXISTS visits_by_date ON visits(local_date)",
    "CREATE TABLE IF NOT EXISTS chapter_views ("
    " visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL," // 0, 1, ... in the order opened
    " chapter_id TEXT NOT NULL,"
    " language TEXT NOT NULL,"
    " opened_at TEXT NOT NULL,"
    " dwell_ms INTEGER NOT NULL,"
    " narration_started INTEGER NOT NULL," // 0 or 1
    " heard_percent INTEGER NOT NULL," // of the narration
    " PRIMARY KEY (visit_id, position))",
    "CREATE TABLE IF NOT EXISTS explore_views ("
    " visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " kind TEXT NOT NULL," // timeline, timeline_event, map, map_year, figures, figure
    " item TEXT NOT NULL," // the event's or figure's id, the year; empty for a screen
    " at TEXT NOT NULL,"
    " PRIMARY KEY (visit_id, position))",
};

QString isoLocal(const QDateTime &time)
{
    return time.toLocalTime()
        .toOffsetFromUtc(time.toLocalTime().offsetFromUtc())
        .toString(Qt::ISODateWithMs);
}

// Qt binds a null QString as SQL NULL; the columns hold "" for "none".
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace

AnalyticsDatabase::AnalyticsDatabase(QString fileName)
    : m_fileName(std::move(fileName))
    , m_connectionName(
          QStringLiteral("exhibit-analytics-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{ }

AnalyticsDatabase::~AnalyticsDatabase()
{
    close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool AnalyticsDatabase::fail(const QString &message)
{
    m_error = QStringLiteral("%1: %2").arg(m_fileName, message);
    return false;
}

QSqlDatabase AnalyticsDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool AnalyticsDatabase::isOpen() const { return database().isOpen(); }

void AnalyticsDatabase::close()
{
    QSqlDatabase db = database();
    if (db.isOpen())
        db.close();
}

bool AnalyticsDatabase::open(Mode mode)
{
    close();
    m_error.clear();
    const QFileInfo info(m_fileName);
    if (mode == Mode::ReadOnly && !info.exists())
        return fail(QStringLiteral("no such file"));
    if (info.exists() && !info.isFile())
        return fail(QStringLiteral("is not a regular file"));

    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_fileName);
    // A report may read while the kiosk writes: wait for the other side's lock a moment.
    db.setConnectOptions(mode == Mode::ReadOnly
                             ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (const QString problem = SqliteFile::open(db); !problem.isEmpty())
        return fail(problem);
    if (mode == Mode::ReadOnly)
        return true;
    QSqlQuery query(db);
    // WAL: readers never wait for the kiosk, nor the kiosk for them; NORMAL
    // sync is safe with WAL (a power cut loses at most the last visit).
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))
        || !query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return fail(query.lastError().text());
    return createSchema();
}

bool AnalyticsDatabase::createSchema()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()
        && query.value(0).toInt() > schemaVersion)
        return fail(
            QStringLiteral("made by a newer version of the kiosk (schema %1; this one knows %2)")
                .arg(query.value(0).toInt())
                .arg(schemaVersion));
    if (!db.transaction())
        return fail(db.lastError().text());
    for (const char *statement : schema) {
        if (!query.exec(QLatin1String(statement))) {
            const QString message = query.lastError().text();
            db.rollback();
            return fail(message);
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion))
        || !db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return fail(message);
    }
    return true;
}

bool AnalyticsDatabase::write(const VisitRecord &visit)
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return fail(QStringLiteral("not open"));
    if (!db.transaction())
        return fail(db.lastError().text());
    const auto failed = [this, &db](const QSqlQuery &query) {
        const QString message = query.lastError().text();
        db.rollback();
        return fail(message);
    };

    QSqlQuery insertVisit(db);
    insertVisit.prepare(
        QStringLiteral("INSERT INTO visits (started_at, ended_at, local_date, local_hour, "
                       "duration_ms, end_reason, languages, accessibility)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime localStart = visit.startedAt.toLocalTime();
    for (const QVariant &value :
         { QVariant(isoLocal(visit.startedAt)), QVariant(isoLocal(visit.endedAt)),
           QVariant(localStart.date().toString(Qt::ISODate)), QVariant(localStart.time().hour()),
           QVariant(std::max<qint64>(0, visit.durationMs())), text(visit.endReason),
           text(visit.languages.join(QLatin1Char(','))),
           text(visit.accessibility.join(QLatin1Char(','))) })
        insertVisit.addBindValue(value);
    if (!insertVisit.exec())
        return failed(insertVisit);
    const qint64 visitId = insertVisit.lastInsertId().toLongLong();

    QSqlQuery insertChapter(db);
    insertChapter.prepare(
        QStringLiteral("INSERT INTO chapter_views (visit_id, position, chapter_id, language, "
                       "opened_at, dwell_ms, narration_started, heard_percent)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < visit.chapters.size(); ++i) {
        const VisitRecord::Chapter &chapter = visit.chapters.at(i);
        for (const QVariant &value :
             { QVariant(visitId), QVariant(i), text(chapter.chapterId), text(chapter.language),
               text(isoLocal(chapter.openedAt)), QVariant(chapter.dwellMs),
               QVariant(chapter.narrationStarted ? 1 : 0), QVariant(chapter.heardPercent) })
            insertChapter.addBindValue(value);
        if (!insertChapter.exec())
            return failed(insertChapter);
    }

    QSqlQuery insertView(db);
    insertView.prepare(QStringLiteral(
        "INSERT INTO explore_views (visit_id, position, kind, item, at) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < visit.views.size(); ++i) {
        const VisitRecord::View &view = visit.views.at(i);
        for (const QVariant &value : { QVariant(visitId), QVariant(i), text(view.kind),
                                       text(view.item), text(isoLocal(view.at)) })
            insertView.addBindValue(value);
        if (!insertView.exec())
            return failed(insertView);
    }
    if (!db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return fail(message);
    }
    return true;
}

int AnalyticsDatabase::pruneBefore(QDate day)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM visits WHERE local_date < ?"));
    query.addBindValue(day.toString(Qt::ISODate));
    if (!query.exec()) {
        fail(query.lastError().text());
        return -1;
    }
    return query.numRowsAffected();
}

bool AnalyticsDatabase::countDay(QDate day, int *visits, QHash<QString, int> *chapterOpens)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT count(*) FROM visits WHERE local_date = ?"));
    query.addBindValue(day.toString(Qt::ISODate));
    if (!query.exec() || !query.next())
        return fail(query.lastError().text());
    *visits = query.value(0).toInt();
    query.prepare(QStringLiteral(
        "SELECT c.chapter_id, count(*) FROM chapter_views c JOIN visits v ON v.id = c.visit_id"
        " WHERE v.local_date = ? GROUP BY c.chapter_id"));
    query.addBindValue(day.toString(Qt::ISODate));
    if (!query.exec())
        return fail(query.lastError().text());
    chapterOpens->clear();
    while (query.next())
        chapterOpens->insert(query.value(0).toString(), query.value(1).toInt());
    return true;
}
