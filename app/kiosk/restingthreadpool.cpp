#include "kiosk/restingthreadpool.h"

RestingThreadPool::RestingThreadPool(QThreadPool *pool, int visitThreads, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_visitThreads(qMax(1, visitThreads))
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(defaultDelayMilliseconds);
    connect(&m_delay, &QTimer::timeout, this, [this] { apply(true); });
}

RestingThreadPool::~RestingThreadPool() { apply(false); }

void RestingThreadPool::setResting(bool resting)
{
    if (!resting) {
        m_delay.stop();
        apply(false);
    } else if (!m_resting && !m_delay.isActive()) {
        m_delay.start();
    }
}

void RestingThreadPool::apply(bool resting)
{
    if (m_resting == resting || !m_pool)
        return;
    m_resting = resting;
    m_pool->setMaxThreadCount(resting ? qMin(restingThreads, m_visitThreads) : m_visitThreads);
}
