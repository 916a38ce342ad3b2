#pragma once

#include "config/operatinghours.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <functional>

/** Opens and closes the exhibit on its operating hours ([schedule] in
 *  kiosk.ini). It wakes at the next opening or closing, and at least once a
 *  minute besides, so a clock set by NTP, a daylight-saving change or a
 *  suspended PC never leaves it on the wrong side. The clock is injected, so
 *  tests move through a week without waiting. */
class ScheduleController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool open READ isOpen NOTIFY openChanged)
    // When it opens next (local time); invalid while open or if it never does.
    Q_PROPERTY(QDateTime nextOpening READ nextOpening NOTIFY openChanged)

public:
    using Clock = std::function<QDateTime()>;

    explicit ScheduleController(QObject *parent = nullptr);

    void setHours(const OperatingHours &hours);
    void setClock(Clock clock);

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QDateTime nextOpening() const { return m_nextOpening; }
    // When it next opens or closes (local time); invalid if the hours never change it.
    [[nodiscard]] QDateTime nextChange() const { return m_nextChange; }
    // Milliseconds until it looks again (for tests: at most a minute).
    [[nodiscard]] int msUntilNextCheck() const { return m_timer.remainingTime(); }

public Q_SLOTS:
    // Looks at the clock now and opens or closes if the hours say so.
    void refresh();

Q_SIGNALS:
    void openChanged();

private:
    OperatingHours m_hours;
    Clock m_clock = [] { return QDateTime::currentDateTime(); };
    QTimer m_timer;
    bool m_open = true;
    QDateTime m_nextOpening;
    QDateTime m_nextChange;
};
