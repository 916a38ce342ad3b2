#include "sqlitefile.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace SqliteFile {

QString open(QSqlDatabase &db)
{
    if (!db.open())
        return QStringLiteral("cannot open: %1").arg(db.lastError().text());
    // SQLite opens any file lazily; the first read tells whether it is a database.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA schema_version")))
        return QStringLiteral("not an SQLite database (%1)").arg(query.lastError().databaseText());
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return query.lastError().text();
    return {};
}

} // namespace SqliteFile
