#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

/** A prepared statement that records the first failure in *error, naming
 *  the table, and logs the query with its error, so writers can chain binds
 *  and test once. */
class Statement
{
public:
    Statement(QSqlDatabase db, const QString &sql, QString *error);

    Statement &bind(const QVariant &value)
    {
        m_query.addBindValue(value);
        return *this;
    }
    // A text is never NULL: a null QString (a text still to write) binds as ''.
    Statement &bind(const QString &text)
    {
        m_query.addBindValue(text.isNull() ? QStringLiteral("") : text);
        return *this;
    }

    bool exec() { return (m_ok && m_query.exec()) || fail(); }

    // The next row of a query that was run; false at the end, or on a row
    // that cannot be read (recorded like any failure).
    bool next()
    {
        if (m_query.next())
            return true;
        if (m_query.lastError().isValid())
            fail();
        return false;
    }

    QSqlQuery &query() { return m_query; }

private:
    bool fail();

    QSqlQuery m_query;
    QString *m_error;
    bool m_ok = true;
};
