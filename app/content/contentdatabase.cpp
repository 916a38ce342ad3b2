#include "content/contentdatabase.h"

#include "content/logging.h"
#include "content/sqlitefile.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QAtomicInt connectionCounter;

// "table chapters" from "table chapters: CREATE TABLE …".
QString objectName(const QString &object) { return object.section(QLatin1Char(':'), 0, 0); }

// The order objects that differ from the schema are named in.
int rankOf(const QString &object)
{
    if (object.startsWith(QLatin1String("index ")))
        return 2;
    return object.startsWith(QLatin1String("table ")) ? 1 : 0;
}

} // namespace

ContentDatabase::ContentDatabase(const QString &fileName, Mode mode)
    : m_fileName(fileName)
    , m_connectionName(
          QStringLiteral("exhibit-content-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_mode(mode)
{ }

ContentDatabase::~ContentDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ContentDatabase::fail(const QString &message)
{
    m_error = QStringLiteral("%1: %2").arg(m_fileName, message);
    return false;
}

QString ContentDatabase::sizeProblem(qint64 bytes)
{
    if (bytes <= maxFileBytes)
        return {};
    return QStringLiteral(
               "is %1 MB; a content database is at most %2 MB (media belong in the media folder)")
        .arg(bytes / (1024 * 1024))
        .arg(maxFileBytes / (1024 * 1024));
}

bool ContentDatabase::open()
{
    const QFileInfo info(m_fileName);
    if (m_mode == Mode::ReadOnly && !info.exists())
        return fail(QStringLiteral("no such file"));
    if (info.exists() && !info.isFile())
        return fail(QStringLiteral("is not a regular file"));
    if (m_mode == Mode::ReadOnly && !info.isReadable())
        return fail(QStringLiteral("the file is not readable (check its permissions)"));
    if (const QString problem = sizeProblem(info.size()); !problem.isEmpty())
        return fail(problem);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_fileName);
    if (m_mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    m_deadline = QDeadlineTimer(m_timeBudgetMs);
    const QString problem = SqliteFile::open(db, &m_deadline);
    return problem.isEmpty() || fail(problem);
}

QString ContentDatabase::readProblem(const QString &problem) const
{
    if (!timedOut())
        return problem;
    return QStringLiteral(
               "reading it took longer than %1 s, so it was stopped and the file refused")
        .arg(m_timeBudgetMs / 1000.0);
}

QSqlDatabase ContentDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int ContentDatabase::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool ContentDatabase::hasTables() const
{
    QSqlQuery query(database());
    return query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table'"))
        && query.next() && query.value(0).toInt() > 0;
}

bool ContentDatabase::checkReadable()
{
    const int version = schemaVersion();
    if (version > currentSchemaVersion)
        return fail(QStringLiteral(
                        "content schema version %1 is newer than this software understands (%2); "
                        "update the kiosk software or publish with a matching exhibit-curator")
                        .arg(version)
                        .arg(currentSchemaVersion));
    if (version < 1)
        return fail(
            QStringLiteral("not an exhibit content database (no schema version; create it with "
                           "'exhibit-curator import')"));
    if (version < currentSchemaVersion)
        return fail(QStringLiteral("content schema version %1 is older than this software's (%2); "
                                   "run 'exhibit-curator migrate' on it")
                        .arg(version)
                        .arg(currentSchemaVersion));
    return checkSchemaObjects() && checkRowCounts();
}

QStringList ContentDatabase::schemaObjects() const
{
    QStringList objects;
    QSqlQuery query(database());
    // SQLite's statistics tables (made by ANALYZE) are its own business.
    query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema "
                              "WHERE NOT (type = 'table' AND name GLOB 'sqlite_stat[1-4]')"));
    while (query.next()) {
        // SQLite quotes a renamed table's name.
        const QString sql = query.value(2).toString().simplified().remove(QLatin1Char('"'));
        objects.append(QStringLiteral("%1 %2: %3")
                           .arg(query.value(0).toString(), query.value(1).toString(), sql));
    }
    objects.sort();
    return objects;
}

const QStringList &ContentDatabase::expectedSchema()
{
    static const QStringList expected = [] {
        ContentDatabase fresh(QStringLiteral(":memory:"), Mode::ReadWrite);
        if (!fresh.open() || !fresh.prepareSchema())
            qFatal("internal error: cannot make the content schema in memory: %s",
                   qPrintable(fresh.error()));
        return fresh.schemaObjects();
    }();
    return expected;
}

bool ContentDatabase::checkSchemaObjects()
{
    const QStringList found = schemaObjects();
    if (found == expectedSchema())
        return true;
    // Name the first object that differs: one the schema does not make (a
    // view or trigger added in a database editor), a table changed or one
    // missing. Views and triggers first, indexes last: SQLite makes indexes
    // for a table's keys, so the table says more.
    const QSet<QString> expected(expectedSchema().cbegin(), expectedSchema().cend());
    const QSet<QString> present(found.cbegin(), found.cend());
    QSet<QString> expectedNames;
    for (const QString &object : expectedSchema())
        expectedNames.insert(objectName(object));
    for (const int rank : { 0, 1, 2 }) {
        for (const QString &object : found) {
            if (rankOf(object) != rank || expected.contains(object))
                continue;
            const QString name = objectName(object);
            return fail(
                expectedNames.contains(name)
                    ? QStringLiteral(
                          "%1 is not as the exhibit schema makes it (changed by hand?); refused. "
                          "Export the content and import it into a new file")
                          .arg(name)
                    : QStringLiteral(
                          "holds %1, which is not part of the exhibit schema; refused, as a "
                          "content database holds only the schema's tables and indexes (views "
                          "and triggers would run on the kiosk). Export the content and import "
                          "it into a new file")
                          .arg(name));
        }
        for (const QString &object : expectedSchema()) {
            if (rankOf(object) == rank && !present.contains(object))
                return fail(QStringLiteral("%1 is missing; refused (not an exhibit content "
                                           "database of schema version %2)")
                                .arg(objectName(object))
                                .arg(currentSchemaVersion));
        }
    }
    return fail(QStringLiteral("its schema is not the exhibit schema; refused"));
}

bool ContentDatabase::checkRowCounts()
{
    QSqlQuery query(database());
    for (const QString &object : expectedSchema()) {
        if (!object.startsWith(QLatin1String("table ")))
            continue;
        const QString table = objectName(object).mid(6);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) || !query.next())
            return fail(readProblem(
                QStringLiteral("cannot read table %1: %2").arg(table, query.lastError().text())));
        if (const qint64 rows = query.value(0).toLongLong(); rows > maxRowsPerTable)
            return fail(QStringLiteral("table %1 has %2 rows; at most %3 are read")
                            .arg(table)
                            .arg(rows)
                            .arg(maxRowsPerTable));
    }
    return true;
}

// Runs a .sql resource statement by statement, in one transaction.
bool ContentDatabase::runScript(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("internal error: missing schema resource %1").arg(resource));
    QString script;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1String("--")))
            script += line + QLatin1Char('\n');
    }

    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery query(db);
    for (const QString &statement : script.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (statement.trimmed().isEmpty())
            continue;
        if (!query.exec(statement)) {
            qCWarning(lcContent) << "schema step failed:" << query.lastQuery()
                                 << query.lastError().text();
            db.rollback();
            return fail(QStringLiteral("schema step failed: %1").arg(query.lastError().text()));
        }
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

bool ContentDatabase::prepareSchema()
{
    Q_ASSERT(m_mode == Mode::ReadWrite);
    int version = schemaVersion();
    if (version > currentSchemaVersion)
        return checkReadable();
    if (version == 0) {
        if (hasTables())
            return fail(QStringLiteral(
                "holds tables but no exhibit schema version; refusing to change it"));
        return runScript(QStringLiteral(":/content/schema.sql"));
    }
    // One script per step, content/migrations/NNNN.sql, each ending by setting
    // PRAGMA user_version to its own number.
    while (version < currentSchemaVersion) {
        const QString step = QStringLiteral(":/content/migrations/%1.sql")
                                 .arg(version + 1, 4, 10, QLatin1Char('0'));
        if (!runScript(step))
            return false;
        qCInfo(lcContent) << m_fileName << "migrated to content schema version" << version + 1;
        version = schemaVersion();
    }
    return true;
}
