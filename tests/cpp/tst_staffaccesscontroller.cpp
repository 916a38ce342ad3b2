#include "pinhash.h"
#include "staffaccesscontroller.h"

#include <QSignalSpy>
#include <QTest>

/** The hidden way to the admin panel: PIN pad, wrong tries, the five-minute
 *  lockout (on an injected clock, so nobody waits five minutes), and the
 *  panel closing itself when staff walk away. */
class TestStaffAccessController : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now;
    StaffAccessController *m_staff = nullptr;

    void type(const QString &pin)
    {
        for (const QChar digit : pin)
            m_staff->appendDigit(digit.digitValue());
    }

private Q_SLOTS:
    void init()
    {
        m_now = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
        m_staff = new StaffAccessController(this);
        m_staff->setClock([this] { return m_now; });
        m_staff->setPinHash(PinHash::hash(QStringLiteral("2468"), 1000));
    }

    void cleanup()
    {
        delete m_staff;
    }

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
        m_now = m_now.addSecs(299);
        QVERIFY(m_staff->isLockedOut());
        QCOMPARE(m_staff->lockoutSecondsLeft(), 1);

        m_now = m_now.addSecs(1);
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

    void pinHasAnUpperLength()
    {
        m_staff->requestAccess();
        type(QStringLiteral("12345678901234567"));
        QCOMPARE(m_staff->enteredDigits(), PinHash::maximumDigits);
    }
};

QTEST_GUILESS_MAIN(TestStaffAccessController)
#include "tst_staffaccesscontroller.moc"
