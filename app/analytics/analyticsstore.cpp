#include "analytics/analyticsstore.h"

#include "analytics/analyticswriter.h"
#include "analytics/logging.h"

#include <QCoreApplication>

AnalyticsStore::AnalyticsStore(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("analytics"));
}

AnalyticsStore::~AnalyticsStore() { stop(); }

void AnalyticsStore::start(const QString &fileName, int retentionDays)
{
    stop();
    m_fileName = fileName;
    if (fileName.isEmpty()) {
        qCInfo(lcAnalytics) << "visitor analytics are off ([analytics] database is empty)";
        return;
    }
    m_writer = new AnalyticsWriter(fileName, retentionDays);
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    // Signals from the analytics thread arrive here queued, on the GUI thread.
    connect(m_writer, &AnalyticsWriter::written, this, [this] {
        --m_pending;
        ++m_recorded;
        if (!m_problem.isEmpty()) {
            qCInfo(lcAnalytics).noquote() << "recording visits again in" << m_fileName;
            m_problem.clear();
        }
        Q_EMIT statusChanged();
    });
    connect(m_writer, &AnalyticsWriter::failed, this, [this](const QString &problem) {
        // A failure while opening drops nothing; one while writing drops that visit.
        if (m_pending > 0) {
            --m_pending;
            ++m_dropped;
        }
        if (m_problem != problem)
            qCWarning(lcAnalytics).noquote()
                << "not recording visits:" << problem << "- the kiosk carries on";
        m_problem = problem;
        Q_EMIT statusChanged();
    });
    connect(m_writer, &AnalyticsWriter::dayCounted, this,
            [this](QDate day, int visits, const QVariantMap &opens) {
                m_countedDay = day;
                m_countedVisits = visits;
                m_countedOpens = opens;
                Q_EMIT statusChanged();
            });
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_writer, &AnalyticsWriter::open, Qt::QueuedConnection);
    qCInfo(lcAnalytics).noquote() << "recording anonymous visits in" << fileName << "for"
                                  << retentionDays << "days";
}

int AnalyticsStore::visitsToday() const
{
    return m_countedDay == QDate::currentDate() ? m_countedVisits : 0;
}

QVariantMap AnalyticsStore::chapterOpensToday() const
{
    return m_countedDay == QDate::currentDate() ? m_countedOpens : QVariantMap();
}

void AnalyticsStore::record(const VisitRecord &visit)
{
    if (!m_writer)
        return;
    ++m_pending;
    AnalyticsWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        m_writer, [writer, visit] { writer->write(visit); }, Qt::QueuedConnection);
}

void AnalyticsStore::waitForWrites()
{
    if (!m_writer)
        return;
    // The analytics thread runs its queue in order: once this empty call
    // has run, every visit handed over before it has been dealt with.
    QMetaObject::invokeMethod(
        m_writer, [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this); // its answers, queued back to us
}

void AnalyticsStore::stop()
{
    if (!m_writer)
        return;
    AnalyticsWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        m_writer, [writer] { writer->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_writer = nullptr;
}
