#include "controllers/schedulecontroller.h"

#include "controllers/logging.h"

namespace {
constexpr qint64 longestSleepMs = 60 * 1000;
}

ScheduleController::ScheduleController(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // open on the minute, not up to 5 % of it late
    connect(&m_timer, &QTimer::timeout, this, &ScheduleController::refresh);
}

void ScheduleController::setHours(const OperatingHours &hours)
{
    m_hours = hours;
    refresh();
}

void ScheduleController::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

void ScheduleController::refresh()
{
    const QDateTime now = m_clock();
    const bool open = m_hours.isOpen(now);
    const QDateTime change = m_hours.nextChange(now);
    const QDateTime nextOpening = open ? QDateTime() : change;
    m_nextChange = change;

    qint64 sleep = change.isValid() ? now.msecsTo(change) + 50 : longestSleepMs;
    if (!m_hours.isAlwaysOpen())
        m_timer.start(int(std::clamp<qint64>(sleep, 50, longestSleepMs)));
    else
        m_timer.stop();

    if (open == m_open && nextOpening == m_nextOpening)
        return;
    if (open != m_open)
        qCInfo(lcSchedule).noquote()
            << (open ? QStringLiteral("opening hours began: the exhibit opens")
                     : QStringLiteral("opening hours ended: the exhibit closes until %1")
                           .arg(nextOpening.toString(Qt::ISODate)));
    m_open = open;
    m_nextOpening = nextOpening;
    Q_EMIT openChanged();
}
