#include "content/sqlstatement.h"

#include "content/logging.h"

#include <QRegularExpression>
#include <QSqlError>

Statement::Statement(QSqlDatabase db, const QString &sql, QString *error)
    : m_query(db)
    , m_error(error)
{
    m_ok = m_query.prepare(sql) || fail();
}

bool Statement::fail()
{
    if (m_error && m_error->isEmpty()) {
        static const QRegularExpression table(QStringLiteral("\\b(?:FROM|INTO|UPDATE)\\s+(\\w+)"));
        const QRegularExpressionMatch match = table.match(m_query.lastQuery());
        *m_error = match.hasMatch()
            ? QStringLiteral("table %1: %2").arg(match.captured(1), m_query.lastError().text())
            : m_query.lastError().text();
    }
    qCWarning(lcContent) << "query failed:" << m_query.lastQuery() << m_query.lastError().text();
    return m_ok = false;
}
