#include "config/pinhash.h"
#include "staff/staffaccesscontroller.h"

#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/** The hidden way to the admin panel: PIN pad, wrong tries, the five-minute
 *  lockout and its doubling (on an injected monotonic clock, so nobody waits
 *  five minutes), the tries and lockout kept across a restart in a real
 *  state file, and the panel closing itself when staff walk away. */
class TestStaffAccessController : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 0; // monotonic milliseconds
    QTemporaryDir m_dir;
    StaffAccessController *m_staff = nullptr;

    QString stateFile() const { return m_dir.filePath(QStringLiteral("state/staff-pin.json")); }

    // Five wrong PINs: the pad locks for `seconds`.
    void lockOut(int seconds)
    {
        for (int i = 0; i < 4; ++i)
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("wrong PIN")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("locked for %1 s").arg(seconds)));
        m_staff->requestAccess();
        for (int attempt = 1; attempt <= 5; ++attempt) {
            type(QStringLiteral("1111"));
            QVERIFY(!m_staff->submit());
        }
        QCOMPARE(m_staff->lockoutSecondsLeft(), seconds);
    }

    // The kiosk restarted: a new controller on the same state file.
    void restart()
    {
        delete m_staff;
        m_staff = new StaffAccessController(this);
        m_staff->setClock([this] { return m_now; });
        m_staff->setPinHash(PinHash::hash(QStringLiteral("2468"), 1000));
        m_staff->setStateFile(stateFile());
    }

    void type(const QString &pin)
    {
        for (const QChar digit : pin)
            m_staff->appendDigit(digit.digitValue());
    }

private Q_SLOTS:
    void init()
    {
        m_now = 1000000;
        QFile::remove(stateFile());
        m_staff = new StaffAccessController(this);
        m_staff->setClock([this] { return m_now; });
        m_staff->setPinHash(PinHash::hash(QStringLiteral("2468"), 1000));
        m_staff->setStateFile(stateFile());
    }

    void cleanup() { delete m_staff; }

    void noPinMeansNoPad()
    {
        m_staff->setPinHash(QString());
        QVERIFY(!m_staff->isAvailable());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no PIN is set")));
        m_staff->requestAccess();
        QCOMPARE(m_staff->stage(), StaffAccessController::Closed);
    }

    void rightPinOpensAdmin()
    {
        QSignalSpy stage { m_staff, &StaffAccessController::stageChanged };
        m_staff->appendDigit(1); // ignored: the pad is not open
        QCOMPARE(m_staff->enteredDigits(), 0);
        m_staff->requestAccess();
        QCOMPARE(m_staff->stage(), StaffAccessController::PinEntry);
        type(QStringLiteral("24689"));
        m_staff->removeDigit();
        QCOMPARE(m_staff->enteredDigits(), 4);
        QVERIFY(m_staff->submit());
        QCOMPARE(m_staff->stage(), StaffAccessController::Admin);
        QCOMPARE(m_staff->enteredDigits(), 0); // the PIN never stays in memory longer than needed
        QCOMPARE(stage.count(), 2);
        m_staff->close();
        QCOMPARE(m_staff->stage(), StaffAccessController::Closed);
    }

    void fiveWrongPinsLockForFiveMinutes()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("wrong PIN")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("wrong PIN")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("wrong PIN")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("wrong PIN")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("locked for 300 s")));
        QSignalSpy rejected { m_staff, &StaffAccessController::pinRejected };
        m_staff->requestAccess();
        for (int attempt = 1; attempt <= 5; ++attempt) {
            QCOMPARE(m_staff->attemptsLeft(), 6 - attempt);
            type(QStringLiteral("1111"));
            QVERIFY(!m_staff->submit());
        }
        QCOMPARE(rejected.count(), 5);
        QVERIFY(m_staff->isLockedOut());
        QCOMPARE(m_staff->lockoutSecondsLeft(), 300);

        // Locked: even the right PIN is refused, and no digits are taken.
        type(QStringLiteral("2468"));
        QCOMPARE(m_staff->enteredDigits(), 0);
        QVERIFY(!m_staff->submit());

        // Closing and reopening the pad does not lift the lock.
        m_staff->close();
        m_staff->requestAccess();
        m_now += 299 * 1000;
        QVERIFY(m_staff->isLockedOut());
        QCOMPARE(m_staff->lockoutSecondsLeft(), 1);

        m_now += 1000;
        QVERIFY(!m_staff->isLockedOut());
        QCOMPARE(m_staff->attemptsLeft(), 5);
        type(QStringLiteral("2468"));
        QVERIFY(m_staff->submit());
        QCOMPARE(m_staff->stage(), StaffAccessController::Admin);
    }

    void rightPinForgetsEarlierMistakes()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("wrong PIN")));
        m_staff->requestAccess();
        type(QStringLiteral("0000"));
        QVERIFY(!m_staff->submit());
        QCOMPARE(m_staff->attemptsLeft(), 4);
        type(QStringLiteral("2468"));
        QVERIFY(m_staff->submit());
        QCOMPARE(m_staff->attemptsLeft(), 5);
    }

    void closesWhenLeftAlone()
    {
        m_staff->setAutoCloseMilliseconds(300);
        m_staff->requestAccess();
        type(QStringLiteral("2468"));
        QVERIFY(m_staff->submit());
        // Activity keeps it open...
        for (int i = 0; i < 4; ++i) {
            QTest::qWait(120);
            m_staff->registerActivity();
        }
        QCOMPARE(m_staff->stage(), StaffAccessController::Admin);
        // ...and without it the panel goes.
        QTRY_COMPARE_WITH_TIMEOUT(m_staff->stage(), StaffAccessController::Closed, 3000);
    }

    // A restart (a power cut, a crash) gives no fresh tries and does not end
    // a lockout.
    void triesAndLockoutSurviveARestart()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("wrong PIN")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("wrong PIN")));
        m_staff->requestAccess();
        type(QStringLiteral("1111"));
        QVERIFY(!m_staff->submit());
        type(QStringLiteral("1111"));
        QVERIFY(!m_staff->submit());
        restart();
        QCOMPARE(m_staff->attemptsLeft(), 3);
        QCOMPARE(m_staff->failedAttemptsTotal(), 2);

        for (int i = 0; i < 2; ++i)
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("wrong PIN")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("locked for 300 s")));
        m_staff->requestAccess();
        for (int i = 0; i < 3; ++i) {
            type(QStringLiteral("1111"));
            QVERIFY(!m_staff->submit());
        }
        QVERIFY(m_staff->isLockedOut());
        m_now += 100 * 1000;
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("still locked after a restart")));
        restart();
        QVERIFY(m_staff->isLockedOut());
        QVERIFY2(m_staff->lockoutSecondsLeft() >= 299,
                 qPrintable(QString::number(m_staff->lockoutSecondsLeft())));
        m_staff->requestAccess();
        type(QStringLiteral("2468"));
        QVERIFY(!m_staff->submit());
        QCOMPARE(m_staff->failedAttemptsTotal(), 5);
    }

    // After the first lockout each is twice as long as the last, to two hours,
    // until a correct PIN starts again from five minutes.
    void lockoutsDouble()
    {
        QCOMPARE(StaffAccessController::lockoutSecondsFor(1), 300);
        QCOMPARE(StaffAccessController::lockoutSecondsFor(2), 600);
        QCOMPARE(StaffAccessController::lockoutSecondsFor(3), 1200);
        QCOMPARE(StaffAccessController::lockoutSecondsFor(6), 7200);
        QCOMPARE(StaffAccessController::lockoutSecondsFor(40), 7200);
        lockOut(300);
        m_now += 300 * 1000;
        lockOut(600);
        m_now += 600 * 1000;
        lockOut(1200);
        m_now += 1200 * 1000;
        type(QStringLiteral("2468"));
        QVERIFY(m_staff->submit());
        m_staff->close();
        lockOut(300);
    }

    // A state file that cannot be read gains a guesser nothing.
    void aDamagedStateFileStartsLocked()
    {
        QVERIFY(QDir().mkpath(QFileInfo(stateFile()).absolutePath()));
        QVERIFY(TestHelpers::writeAll(stateFile(), "{ not json"));
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(QStringLiteral("staff-pin.json: cannot be read .*starts locked")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("still locked after a restart")));
        restart();
        QVERIFY(m_staff->isLockedOut());
    }

    // A PIN from before 6 digits were needed still opens the panel, which
    // says to replace it; a longer one does not.
    void shortPinIsWarnedAbout()
    {
        m_staff->requestAccess();
        type(QStringLiteral("2468"));
        QVERIFY(m_staff->submit());
        QVERIFY(m_staff->pinWarning().startsWith(
            QLatin1String("This PIN has 4 digits; new PINs need 6 to 12.")));
        m_staff->close();
        m_staff->setPinHash(PinHash::hash(QStringLiteral("246813"), 1000));
        m_staff->requestAccess();
        type(QStringLiteral("246813"));
        QVERIFY(m_staff->submit());
        QVERIFY(m_staff->pinWarning().isEmpty());
    }

    void pinHasAnUpperLength()
    {
        m_staff->requestAccess();
        type(QStringLiteral("12345678901234567"));
        QCOMPARE(m_staff->enteredDigits(), PinHash::maximumDigits);
    }
};

QTEST_GUILESS_MAIN(TestStaffAccessController)
#include "tst_staffaccesscontroller.moc"
