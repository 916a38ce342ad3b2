#include "controllers/idlecontroller.h"

#include "config/kioskconfig.h"
#include "controllers/logging.h"

#include <cmath>

IdleController::IdleController(QObject *parent)
    : QObject(parent)
{
    // Until told otherwise, kiosk.ini's defaults.
    const KioskConfig defaults = KioskConfig::defaults();
    m_warningMs = defaults.idleWarningSeconds() * 1000;
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(defaults.idleTimeoutSeconds() * 1000);
    m_tickTimer.setInterval(200);
    connect(&m_idleTimer, &QTimer::timeout, this, &IdleController::startWarning);
    connect(&m_tickTimer, &QTimer::timeout, this, &IdleController::tick);
}

void IdleController::setTimeouts(int idleMs, int warningMs)
{
    m_idleTimer.setInterval(std::max(1, idleMs));
    m_warningMs = std::max(1, warningMs);
    update();
}

void IdleController::setPauseWhileNarrating(bool pause)
{
    m_pauseWhileNarrating = pause;
    update();
}

void IdleController::setVisitActive(bool active)
{
    if (m_visitActive == active)
        return;
    m_visitActive = active;
    if (!active)
        setWarning(false);
    update();
}

void IdleController::setNarrationPlaying(bool playing)
{
    if (m_narrationPlaying == playing)
        return;
    m_narrationPlaying = playing;
    // When the narration ends the visitor gets the full timeout again.
    if (!playing)
        m_idleTimer.stop();
    update();
}

void IdleController::registerActivity()
{
    if (!m_visitActive)
        return;
    if (m_warning)
        qCInfo(lcIdle) << "visitor is still there; countdown dismissed";
    setWarning(false);
    m_idleTimer.stop();
    update();
}

// Starts the idle countdown when it should run and is not running yet.
void IdleController::update()
{
    const bool waitForNarration = m_pauseWhileNarrating && m_narrationPlaying;
    if (!m_visitActive || (waitForNarration && !m_warning)) {
        m_idleTimer.stop();
        if (!m_visitActive)
            m_tickTimer.stop();
        return;
    }
    if (!m_warning && !m_idleTimer.isActive())
        m_idleTimer.start();
}

void IdleController::startWarning()
{
    qCInfo(lcIdle) << "no input for" << m_idleTimer.interval() / 1000.0
                   << "s; asking whether the visitor is still there";
    m_warningClock.start();
    setWarning(true);
    tick();
    m_tickTimer.start();
}

void IdleController::tick()
{
    if (!m_warning)
        return;
    const qint64 remaining = m_warningMs - m_warningClock.elapsed();
    const int seconds = std::max(0, int(std::ceil(remaining / 1000.0)));
    if (seconds != m_secondsLeft) {
        m_secondsLeft = seconds;
        Q_EMIT secondsLeftChanged();
    }
    if (remaining <= 0) {
        setWarning(false);
        qCInfo(lcIdle) << "no answer; resetting for the next visitor";
        Q_EMIT resetRequested();
    }
}

void IdleController::setWarning(bool warning)
{
    if (!warning)
        m_tickTimer.stop();
    if (m_warning == warning)
        return;
    m_warning = warning;
    Q_EMIT warningChanged();
}
