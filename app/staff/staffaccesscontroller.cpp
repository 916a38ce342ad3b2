#include "staff/staffaccesscontroller.h"

#include "config/pinhash.h"
#include "staff/logging.h"

#include <QElapsedTimer>

StaffAccessController::StaffAccessController(QObject *parent)
    : QObject(parent)
    , m_clock([] {
        static const QElapsedTimer started = [] {
            QElapsedTimer timer;
            timer.start();
            return timer;
        }();
        return started.elapsed();
    })
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

int StaffAccessController::lockoutSecondsFor(int lockouts)
{
    int seconds = lockoutSeconds;
    for (int n = 1; n < lockouts && seconds < longestLockoutSeconds; ++n)
        seconds *= 2;
    return std::min(seconds, longestLockoutSeconds);
}

void StaffAccessController::setStateFile(const QString &fileName)
{
    m_stateFile = fileName;
    QString problem;
    m_attempts = PinAttempts::load(fileName, &problem);
    if (!problem.isEmpty())
        qCWarning(lcStaff).noquote() << problem;
    m_lockedUntilMs = -1;
    if (const int left = m_attempts.secondsLeftAt(QDateTime::currentDateTimeUtc()); left > 0) {
        qCWarning(lcStaff) << "the PIN pad is still locked after a restart, for" << left
                           << "s more";
        m_lockedUntilMs = m_clock() + qint64(left) * 1000;
    }
    updateLockout();
    Q_EMIT attemptsChanged();
}

int StaffAccessController::lockoutSecondsLeft() const
{
    if (m_lockedUntilMs < 0)
        return 0;
    const qint64 milliseconds = m_lockedUntilMs - m_clock();
    return milliseconds > 0 ? int((milliseconds + 999) / 1000) : 0;
}

void StaffAccessController::requestAccess()
{
    if (m_stage != Closed)
        return;
    if (!isAvailable()) {
        qCWarning(lcStaff)
            << "staff gesture made, but no PIN is set ([staff] pin_hash; make one with"
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
    if (m_stage != PinEntry || isLockedOut() || digit < 0 || digit > 9
        || m_entry.size() >= PinHash::maximumDigits)
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
    const int digits = int(m_entry.size());
    clearEntry();
    if (accepted) {
        qCInfo(lcStaff) << "correct PIN: admin panel opened";
        if (m_attempts.failed != 0 || m_attempts.lockouts != 0) {
            m_attempts.failed = 0;
            m_attempts.lockouts = 0;
            saveAttempts();
        }
        Q_EMIT attemptsChanged();
        const QString warning = digits < PinHash::minimumDigits
            ? QStringLiteral("This PIN has %1 digits; new PINs need %2 to %3. Make one with "
                             "exhibit-kiosk --hash-pin "
                             "and put it in kiosk.ini ([staff] pin_hash).")
                  .arg(digits)
                  .arg(PinHash::minimumDigits)
                  .arg(PinHash::maximumDigits)
            : QString();
        if (warning != m_pinWarning) {
            m_pinWarning = warning;
            Q_EMIT pinWarningChanged();
        }
        setStage(Admin);
        return true;
    }
    ++m_attempts.failed;
    ++m_attempts.failedTotal;
    if (m_attempts.failed >= maximumAttempts) {
        ++m_attempts.lockouts;
        const int seconds = lockoutSecondsFor(m_attempts.lockouts);
        qCWarning(lcStaff) << maximumAttempts << "wrong PINs: the pad is locked for" << seconds
                           << "s (lockout" << m_attempts.lockouts << "in a row)";
        m_attempts.failed = 0;
        m_attempts.lockedAt = QDateTime::currentDateTimeUtc();
        m_attempts.lockedForSeconds = seconds;
        m_lockedUntilMs = m_clock() + qint64(seconds) * 1000;
        updateLockout();
    } else {
        qCWarning(lcStaff) << "wrong PIN;" << attemptsLeft() << "tries left before the pad locks";
    }
    saveAttempts();
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
        if (m_lockedUntilMs >= 0) {
            m_lockedUntilMs = -1;
            m_attempts.lockedAt = {};
            m_attempts.lockedForSeconds = 0;
            saveAttempts();
        }
    }
    Q_EMIT lockoutChanged();
}

void StaffAccessController::saveAttempts()
{
    if (QString problem; !m_attempts.save(m_stateFile, &problem))
        qCWarning(lcStaff).noquote() << problem;
}
