#pragma once

#include "qmlsingleton.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <functional>

/** The way from the visitor's exhibit to the staff's admin panel: a hidden
 *  gesture asks for the PIN pad, a correct PIN (checked against the salted
 *  hash in kiosk.ini) opens the admin panel. Five wrong PINs lock the pad
 *  for five minutes. Whatever is open closes by itself after a minute
 *  without a touch, so a technician who walks away never leaves the admin
 *  panel to the next visitor. The digits typed live here, not in QML. */
class StaffAccessController : public QObject, public QmlSingleton<StaffAccessController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ isAvailable NOTIFY availableChanged)
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(int enteredDigits READ enteredDigits NOTIFY entryChanged)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY attemptsChanged)
    Q_PROPERTY(bool lockedOut READ isLockedOut NOTIFY lockoutChanged)
    Q_PROPERTY(int lockoutSecondsLeft READ lockoutSecondsLeft NOTIFY lockoutChanged)
    Q_PROPERTY(int holdMilliseconds READ holdMilliseconds CONSTANT)

public:
    enum Stage {
        Closed, // the visitor's exhibit
        PinEntry,
        Admin,
    };
    Q_ENUM(Stage)

    static constexpr int maximumAttempts = 5;
    static constexpr int lockoutSeconds = 5 * 60;
    static constexpr int holdMs = 3000;

    using Clock = std::function<QDateTime()>;

    explicit StaffAccessController(QObject *parent); // no default: see QmlSingleton

    // Empty: no PIN configured, the gesture does nothing (and says so in the log).
    void setPinHash(const QString &encoded);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setAutoCloseMilliseconds(int milliseconds) { m_autoClose.setInterval(milliseconds); }

    [[nodiscard]] bool isAvailable() const { return !m_pinHash.isEmpty(); }
    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] int enteredDigits() const { return int(m_entry.size()); }
    [[nodiscard]] int attemptsLeft() const { return maximumAttempts - m_failedAttempts; }
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

private:
    void setStage(Stage stage);
    void clearEntry();
    void updateLockout();

    QString m_pinHash;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    Stage m_stage = Closed;
    QString m_entry;
    int m_failedAttempts = 0;
    QDateTime m_lockedUntil;
    QTimer m_autoClose;
    QTimer m_lockoutTick;
};
