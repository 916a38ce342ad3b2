#include "contentdatabase.h"

#include "logging.h"
#include "sqlitefile.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QAtomicInt>

namespace {
QAtomicInt connectionCounter;
}

ContentDatabase::ContentDatabase(const QString &fileName, Mode mode)
    : m_fileName(fileName)
    , m_connectionName(QStringLiteral("exhibit-content-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_mode(mode)
{
}

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

bool ContentDatabase::open()
{
    const QFileInfo info(m_fileName);
    if (m_mode == Mode::ReadOnly && !info.exists())
        return fail(QStringLiteral("no such file"));
    if (info.exists() && !info.isFile())
        return fail(QStringLiteral("is not a regular file"));
    if (m_mode == Mode::ReadOnly && !info.isReadable())
        return fail(QStringLiteral("the file is not readable (check its permissions)"));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_fileName);
    if (m_mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    const QString problem = SqliteFile::open(db);
    return problem.isEmpty() || fail(problem);
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
    return query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) && query.next()
            && query.value(0).toInt() > 0;
}

bool ContentDatabase::checkReadable()
{
    const int version = schemaVersion();
    if (version > currentSchemaVersion)
        return fail(QStringLiteral("content schema version %1 is newer than this software understands (%2); "
                                   "update the kiosk software or publish with a matching exhibit-curator")
                            .arg(version).arg(currentSchemaVersion));
    if (version < 1)
        return fail(QStringLiteral("not an exhibit content database (no schema version; create it with "
                                   "'exhibit-curator import')"));
    if (version < currentSchemaVersion)
        return fail(QStringLiteral("content schema version %1 is older than this software's (%2); "
                                   "run 'exhibit-curator migrate' on it")
                            .arg(version).arg(currentSchemaVersion));
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
            qCWarning(lcContent) << "schema step failed:" << query.lastQuery() << query.lastError().text();
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
            return fail(QStringLiteral("holds tables but no exhibit schema version; refusing to change it"));
        return runScript(QStringLiteral(":/content/schema.sql"));
    }
    // One script per step, content/migrations/NNNN.sql, each ending by setting
    // PRAGMA user_version to its own number.
    while (version < currentSchemaVersion) {
        const QString step = QStringLiteral(":/content/migrations/%1.sql").arg(version + 1, 4, 10, QLatin1Char('0'));
        if (!runScript(step))
            return false;
        qCInfo(lcContent) << m_fileName << "migrated to content schema version" << version + 1;
        version = schemaVersion();
    }
    return true;
}
