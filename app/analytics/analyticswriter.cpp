#include "analytics/analyticswriter.h"

#include "analytics/logging.h"

AnalyticsWriter::AnalyticsWriter(const QString &fileName, int retentionDays)
    : m_database(fileName)
    , m_retentionDays(retentionDays)
{ }

void AnalyticsWriter::open()
{
    if (ensureOpen()) {
        pruneIfDue();
        countToday();
    }
}

void AnalyticsWriter::countToday()
{
    const QDate today = QDate::currentDate();
    int visits = 0;
    QHash<QString, int> opens;
    if (!m_database.countDay(today, &visits, &opens))
        return; // only the admin panel's figures: the visits themselves are safe
    QVariantMap chapterOpens;
    for (auto it = opens.cbegin(); it != opens.cend(); ++it)
        chapterOpens.insert(it.key(), it.value());
    Q_EMIT dayCounted(today, visits, chapterOpens);
}

bool AnalyticsWriter::ensureOpen()
{
    if (m_database.isOpen())
        return true;
    if (m_database.open(AnalyticsDatabase::Mode::ReadWrite))
        return true;
    Q_EMIT failed(m_database.error());
    m_database.close();
    return false;
}

void AnalyticsWriter::pruneIfDue()
{
    const QDate today = QDate::currentDate();
    if (m_prunedOn == today)
        return;
    const int pruned = m_database.pruneBefore(today.addDays(-m_retentionDays));
    if (pruned < 0) {
        qCWarning(lcAnalytics).noquote() << "could not prune old visits:" << m_database.error();
        return;
    }
    m_prunedOn = today;
    if (pruned > 0)
        qCInfo(lcAnalytics) << "pruned" << pruned << "visits older than" << m_retentionDays
                            << "days";
}

void AnalyticsWriter::write(const VisitRecord &visit)
{
    if (!ensureOpen())
        return;
    if (!m_database.write(visit)) {
        Q_EMIT failed(m_database.error());
        m_database.close(); // and try afresh with the next visit
        return;
    }
    Q_EMIT written();
    pruneIfDue();
    countToday();
}

void AnalyticsWriter::close() { m_database.close(); }
