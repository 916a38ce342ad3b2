#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

/** Returns the kiosk to its attract screen when a visitor walks away.
 *  After the idle timeout it warns ("Still there?") and counts down; any
 *  input dismisses the warning; at zero it asks for a reset. It waits while
 *  narration plays, so a listener is never cut off mid-sentence, and never
 *  runs on the attract screen. Input reaches it through InputActivityFilter. */
class IdleController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool warning READ isWarning NOTIFY warningChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)

public:
    explicit IdleController(QObject *parent = nullptr);

    void setTimeouts(int idleMs, int warningMs);
    void setPauseWhileNarrating(bool pause);
    // A visitor is using the exhibit (menu or chapter on screen).
    void setVisitActive(bool active);
    void setNarrationPlaying(bool playing);

    [[nodiscard]] bool isWarning() const { return m_warning; }
    [[nodiscard]] int secondsLeft() const { return m_secondsLeft; }
    [[nodiscard]] bool isCounting() const { return m_idleTimer.isActive(); }
    [[nodiscard]] int idleMs() const { return m_idleTimer.interval(); }
    [[nodiscard]] int warningMs() const { return m_warningMs; }

public Q_SLOTS:
    // A touch, click, key or wheel anywhere.
    void registerActivity();

Q_SIGNALS:
    void warningChanged();
    void secondsLeftChanged();
    void resetRequested();

private:
    void update();
    void startWarning();
    void tick();
    void setWarning(bool warning);

    QTimer m_idleTimer;
    QTimer m_tickTimer;
    QElapsedTimer m_warningClock;
    int m_warningMs = 0;
    int m_secondsLeft = 0;
    bool m_warning = false;
    bool m_visitActive = false;
    bool m_narrationPlaying = false;
    bool m_pauseWhileNarrating = true;
};
