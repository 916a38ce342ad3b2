#pragma once

#include "staff/pinattempts.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <functional>

/** The way from the visitor's exhibit to the staff's admin panel: a hidden
 *  gesture asks for the PIN pad, a correct PIN (checked against the salted
 *  hash in kiosk.ini) opens the admin panel. Five wrong PINs lock the pad
 *  for five minutes, each lockout after that twice as long as the last (to
 *  two hours), until a correct PIN. Wrong PINs and the lockout are kept in
 *  the state folder, so a restart gives no fresh tries; within a run the
 *  lockout is timed on the monotonic clock, which nobody can set. Whatever
 *  is open closes by itself after a minute without a touch, so a technician
 *  who walks away never leaves the admin panel to the next visitor. The
 *  digits typed live here, not in QML. */
class StaffAccessController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ isAvailable NOTIFY availableChanged)
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(int enteredDigits READ enteredDigits NOTIFY entryChanged)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY attemptsChanged)
    Q_PROPERTY(bool lockedOut READ isLockedOut NOTIFY lockoutChanged)
    Q_PROPERTY(int lockoutSecondsLeft READ lockoutSecondsLeft NOTIFY lockoutChanged)
    Q_PROPERTY(int holdMilliseconds READ holdMilliseconds CONSTANT)
    // Set after a correct PIN shorter than new PINs may be: shown on the admin panel.
    Q_PROPERTY(QString pinWarning READ pinWarning NOTIFY pinWarningChanged)

public:
    enum Stage {
        Closed, // the visitor's exhibit
        PinEntry,
        Admin,
    };
    Q_ENUM(Stage)

    static constexpr int maximumAttempts = 5;
    static constexpr int lockoutSeconds = 5 * 60;
    static constexpr int longestLockoutSeconds = 2 * 60 * 60;
    static constexpr int holdMs = 3000;

    // Milliseconds on a clock that only goes forward (QElapsedTimer's).
    using Clock = std::function<qint64()>;

    // How long the n-th lockout in a row lasts (n from 1).
    [[nodiscard]] static int lockoutSecondsFor(int lockouts);

    explicit StaffAccessController(QObject *parent = nullptr);

    // Empty: no PIN configured, the gesture does nothing (and says so in the log).
    void setPinHash(const QString &encoded);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Where wrong PINs and the lockout are kept (empty: nowhere, they last
    // as long as the process); read now, so a lockout in force goes on.
    void setStateFile(const QString &fileName);
    void setAutoCloseMilliseconds(int milliseconds) { m_autoClose.setInterval(milliseconds); }

    [[nodiscard]] bool isAvailable() const { return !m_pinHash.isEmpty(); }
    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] int enteredDigits() const { return int(m_entry.size()); }
    [[nodiscard]] int attemptsLeft() const { return maximumAttempts - m_attempts.failed; }
    // Every wrong PIN recorded in the state file, for the status file and metrics.
    [[nodiscard]] qint64 failedAttemptsTotal() const { return m_attempts.failedTotal; }
    [[nodiscard]] QString pinWarning() const { return m_pinWarning; }
    [[nodiscard]] bool isLockedOut() const { return lockoutSecondsLeft() > 0; }
    [[nodiscard]] int lockoutSecondsLeft() const;
    [[nodiscard]] int holdMilliseconds() const { return holdMs; }

public Q_SLOTS:
    void requestAccess(); // the hidden gesture was made
    void appendDigit(int digit);
    void removeDigit();
    bool submit(); // true: the admin panel opens
    void close(); // back to the visitor's exhibit
    void registerActivity(); // any input: keeps an open pad or panel open

Q_SIGNALS:
    void availableChanged();
    void stageChanged();
    void entryChanged();
    void attemptsChanged();
    void lockoutChanged();
    void pinRejected();
    void pinWarningChanged();

private:
    void setStage(Stage stage);
    void clearEntry();
    void updateLockout();
    void saveAttempts();

    QString m_pinHash;
    Clock m_clock;
    Stage m_stage = Closed;
    QString m_entry;
    QString m_stateFile;
    PinAttempts m_attempts;
    qint64 m_lockedUntilMs = -1; // on m_clock; -1: not locked
    QString m_pinWarning;
    QTimer m_autoClose;
    QTimer m_lockoutTick;
};
