#include "kiosk/restingthreadpool.h"

RestingThreadPool::RestingThreadPool(QThreadPool *pool, int visitThreads, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_visitThreads(qMax(1, visitThreads))
{ }

void RestingThreadPool::setResting(bool resting)
{
    if (m_resting == resting || !m_pool)
        return;
    m_resting = resting;
    m_pool->setMaxThreadCount(resting ? qMin(restingThreads, m_visitThreads) : m_visitThreads);
}
