#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

/** A prepared statement that records the first failure in *error and logs
 *  the query with its error, so writers can chain binds and test once. */
class Statement
{
public:
    Statement(QSqlDatabase db, const QString &sql, QString *error);

    Statement &bind(const QVariant &value)
    {
        m_query.addBindValue(value);
        return *this;
    }

    bool exec()
    {
        return (m_ok && m_query.exec()) || fail();
    }

    QSqlQuery &query() { return m_query; }

private:
    bool fail();

    QSqlQuery m_query;
    QString *m_error;
    bool m_ok = true;
};

