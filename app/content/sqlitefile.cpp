#include "content/sqlitefile.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace SqliteFile {

namespace {

// The connection under Qt's driver (the same libsqlite3 the driver links).
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

int stopWhenExpired(void *deadline)
{
    return static_cast<const QDeadlineTimer *>(deadline)->hasExpired() ? 1 : 0;
}

} // namespace

QString open(QSqlDatabase &db, const QDeadlineTimer *deadline)
{
    if (!db.open())
        return QStringLiteral("cannot open: %1").arg(db.lastError().text());
    // A database file can come from anywhere (a colleague, a USB stick, DB
    // Browser for SQLite): nothing it holds runs. No views or triggers (our
    // schemas have none; a view can stand in for a table, a trigger rewrite
    // what is written), no SQL functions with side effects called from its
    // schema when reading, no writing to the schema itself, and no string
    // longer than any content needs.
    sqlite3 *connection = handleOf(db);
    if (!connection)
        return QStringLiteral("internal error: not an SQLite connection");
    sqlite3_db_config(connection, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    // Our schema's own checks call json_valid(), which SQLite 3.40 does not
    // count as harmless, so a connection that writes keeps the schema
    // trusted: it only ever writes a database it made from the schema (or a
    // private copy being migrated, where triggers and views still cannot run).
    if (db.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY")))
        sqlite3_db_config(connection, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(connection, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(connection, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_limit(connection, SQLITE_LIMIT_LENGTH, maxValueBytes);
    sqlite3_limit(connection, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
    // A few milliseconds of work between checks of the clock.
    if (deadline)
        sqlite3_progress_handler(connection, 10000, stopWhenExpired,
                                 const_cast<QDeadlineTimer *>(deadline));
    // SQLite opens any file lazily; the first read tells whether it is a database.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA schema_version")))
        return QStringLiteral("not an SQLite database (%1)").arg(query.lastError().databaseText());
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return query.lastError().text();
    return {};
}

QString snapshot(const QSqlDatabase &source, const QString &target)
{
    // SQLite's backup API copies pages as they are (a consistent snapshot,
    // committed WAL included) without parsing the schema, so it works on an
    // untrusted connection; VACUUM INTO would have to trust the schema.
    sqlite3 *from = handleOf(source);
    if (!from)
        return QStringLiteral("internal error: not an SQLite connection");
    sqlite3 *to = nullptr;
    int result = sqlite3_open_v2(QFile::encodeName(target).constData(), &to,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW,
                                 nullptr);
    if (result == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
        if (backup) {
            sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
        }
        result = sqlite3_errcode(to);
    }
    const QString problem = result == SQLITE_OK
        ? QString()
        : QStringLiteral("cannot copy: %1").arg(QString::fromUtf8(sqlite3_errmsg(to)));
    sqlite3_close(to);
    return problem;
}

} // namespace SqliteFile
