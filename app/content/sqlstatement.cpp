#include "sqlstatement.h"

#include "logging.h"

#include <QSqlError>

Statement::Statement(QSqlDatabase db, const QString &sql, QString *error)
    : m_query(db)
    , m_error(error)
{
    m_ok = m_query.prepare(sql) || fail();
}

bool Statement::fail()
{
    if (m_error && m_error->isEmpty())
        *m_error = m_query.lastError().text();
    qCWarning(lcContent) << "query failed:" << m_query.lastQuery() << m_query.lastError().text();
    return m_ok = false;
}
