#include "staffaccesscontroller.h"

#include "logging.h"
#include "pinhash.h"

StaffAccessController::StaffAccessController(QObject *parent)
    : QObject(parent)
{
    m_autoClose.setSingleShot(true);
    m_autoClose.setInterval(60000);
    connect(&m_autoClose, &QTimer::timeout, this, [this] {
        qCInfo(lcStaff) << "staff screen closed after a minute without a touch";
        close();
    });
    m_lockoutTick.setInterval(1000);
    connect(&m_lockoutTick, &QTimer::timeout, this, &StaffAccessController::updateLockout);
}

void StaffAccessController::setPinHash(const QString &encoded)
{
    if (m_pinHash == encoded)
        return;
    m_pinHash = encoded;
    Q_EMIT availableChanged();
}

int StaffAccessController::lockoutSecondsLeft() const
{
    if (!m_lockedUntil.isValid())
        return 0;
    const qint64 milliseconds = m_clock().msecsTo(m_lockedUntil);
    return milliseconds > 0 ? int((milliseconds + 999) / 1000) : 0;
}

void StaffAccessController::requestAccess()
{
    if (m_stage != Closed)
        return;
    if (!isAvailable()) {
        qCWarning(lcStaff) << "staff gesture made, but no PIN is set ([staff] pin_hash; make one with"
                              " exhibit-kiosk --hash-pin): the admin panel stays closed";
        return;
    }
    qCInfo(lcStaff) << "PIN pad opened";
    clearEntry();
    updateLockout();
    setStage(PinEntry);
}

void StaffAccessController::appendDigit(int digit)
{
    if (m_stage != PinEntry || isLockedOut() || digit < 0 || digit > 9 || m_entry.size() >= PinHash::maximumDigits)
        return;
    m_entry.append(QLatin1Char(char('0' + digit)));
    Q_EMIT entryChanged();
}

void StaffAccessController::removeDigit()
{
    if (m_entry.isEmpty())
        return;
    m_entry.chop(1);
    Q_EMIT entryChanged();
}

bool StaffAccessController::submit()
{
    if (m_stage != PinEntry || isLockedOut() || m_entry.isEmpty())
        return false;
    const bool accepted = PinHash::verify(m_entry, m_pinHash);
    clearEntry();
    if (accepted) {
        qCInfo(lcStaff) << "correct PIN: admin panel opened";
        m_failedAttempts = 0;
        Q_EMIT attemptsChanged();
        setStage(Admin);
        return true;
    }
    ++m_failedAttempts;
    if (m_failedAttempts >= maximumAttempts) {
        qCWarning(lcStaff) << maximumAttempts << "wrong PINs: the pad is locked for" << lockoutSeconds << "s";
        m_failedAttempts = 0;
        m_lockedUntil = m_clock().addSecs(lockoutSeconds);
        updateLockout();
    } else {
        qCWarning(lcStaff) << "wrong PIN;" << attemptsLeft() << "tries left before the pad locks";
    }
    Q_EMIT attemptsChanged();
    Q_EMIT pinRejected();
    return false;
}

void StaffAccessController::close()
{
    clearEntry();
    setStage(Closed);
}

void StaffAccessController::registerActivity()
{
    if (m_stage != Closed)
        m_autoClose.start();
}

void StaffAccessController::setStage(Stage stage)
{
    if (stage == Closed)
        m_autoClose.stop();
    else
        m_autoClose.start();
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged();
}

void StaffAccessController::clearEntry()
{
    if (m_entry.isEmpty())
        return;
    m_entry.clear();
    Q_EMIT entryChanged();
}

void StaffAccessController::updateLockout()
{
    const bool locked = isLockedOut();
    if (locked && !m_lockoutTick.isActive())
        m_lockoutTick.start();
    if (!locked) {
        m_lockoutTick.stop();
        m_lockedUntil = {};
    }
    Q_EMIT lockoutChanged();
}
