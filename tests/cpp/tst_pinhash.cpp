#include "config/pinhash.h"

#include <QTest>

/** The staff PIN hash: the stored form, checking, and every malformed line a
 *  technician might paste into kiosk.ini. */
class TestPinHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesIndependentPbkdf2()
    {
        // python3 -c "import hashlib,base64; print(base64.b64encode(hashlib.pbkdf2_hmac(
        //   'sha256', b'2468', b'exhibit-salt-16b', 1000)).decode())"
        const QString encoded = PinHash::hashWithSalt(QStringLiteral("2468"),
                                                      QByteArrayLiteral("exhibit-salt-16b"), 1000);
        QCOMPARE(encoded,
                 QStringLiteral("pbkdf2-sha256$i=1000,d=6$ZXhoaWJpdC1zYWx0LTE2Yg==$"
                                "in3OXCQ6agM5AMCuJ0TMtTzNWfrmF8ok82XBP5y69Qs="));
    }

    // A hash from before PINs needed 6 digits: it still opens the panel, and
    // is named as one to replace; a new hash is not.
    void olderHashesKeepWorking()
    {
        const QString older = QStringLiteral("pbkdf2-sha256$1000$ZXhoaWJpdC1zYWx0LTE2Yg==$"
                                             "in3OXCQ6agM5AMCuJ0TMtTzNWfrmF8ok82XBP5y69Qs=");
        QVERIFY(PinHash::formatProblem(older).isEmpty());
        QVERIFY(PinHash::verify(QStringLiteral("2468"), older));
        QVERIFY(PinHash::weaknessOf(older).contains(
            QLatin1String("made when 4-digit PINs were allowed")));
        QVERIFY(PinHash::weaknessOf(PinHash::hash(QStringLiteral("246813"), 1000)).isEmpty());
    }

    void verifies_data()
    {
        QTest::addColumn<QString>("attempt");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("right") << "2468" << true;
        QTest::newRow("wrong") << "2469" << false;
        QTest::newRow("prefix") << "246" << false;
        QTest::newRow("longer") << "24680" << false;
        QTest::newRow("empty") << "" << false;
    }

    void verifies()
    {
        QFETCH(QString, attempt);
        QFETCH(bool, accepted);
        static const QString encoded = PinHash::hash(QStringLiteral("2468"), 2000);
        QCOMPARE(PinHash::verify(attempt, encoded), accepted);
    }

    void saltsDiffer()
    {
        const QString first = PinHash::hash(QStringLiteral("2468"), 1000);
        const QString second = PinHash::hash(QStringLiteral("2468"), 1000);
        QVERIFY(first != second);
        QVERIFY(PinHash::formatProblem(first).isEmpty());
        QVERIFY(PinHash::verify(QStringLiteral("2468"), second));
        QCOMPARE(PinHash::hash(QStringLiteral("2468")).section(QLatin1Char('$'), 1, 1),
                 QStringLiteral("i=%1,d=6").arg(PinHash::defaultIterations));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<QString>("problem");
        QTest::newRow("plain PIN") << "2468"
                                   << "not a PIN hash";
        QTest::newRow("other scheme") << "sha1$1000$c2FsdHNhbHQ=$AAAA"
                                      << "not a PIN hash";
        QTest::newRow("few iterations")
            << "pbkdf2-sha256$10$c2FsdHNhbHQ=$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
            << "iteration count '10'";
        QTest::newRow("bad salt")
            << "pbkdf2-sha256$1000$!!!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
            << "the salt";
        QTest::newRow("short hash") << "pbkdf2-sha256$1000$c2FsdHNhbHQ=$AAAA"
                                    << "the hash is not base64 of 32 bytes";
        QTest::newRow("cut short") << "pbkdf2-sha256$1000$c2FsdHNhbHQ="
                                   << "not a PIN hash";
        QTest::newRow("digits out of range")
            << "pbkdf2-sha256$i=1000,d=2$c2FsdHNhbHQ=$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
            << "d=2 is not a number of digits";
        QTest::newRow("unknown parameter")
            << "pbkdf2-sha256$i=1000,x=6$c2FsdHNhbHQ=$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
            << "iteration count 'i=1000,x=6'";
    }

    void rejectsMalformed()
    {
        QFETCH(QString, encoded);
        QFETCH(QString, problem);
        QVERIFY2(PinHash::formatProblem(encoded).startsWith(problem),
                 qPrintable(PinHash::formatProblem(encoded)));
        QVERIFY(!PinHash::verify(QStringLiteral("2468"), encoded));
    }

    void pinRules_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("six digits") << "123456" << true;
        QTest::newRow("four digits") << "1234" << false;
        QTest::newRow("five digits") << "12345" << false;
        QTest::newRow("twelve digits") << "123456789012" << true;
        QTest::newRow("three digits") << "123" << false;
        QTest::newRow("thirteen digits") << "1234567890123" << false;
        QTest::newRow("letters") << "12a4" << false;
        QTest::newRow("spaces") << "12 34" << false;
    }

    void pinRules()
    {
        QFETCH(QString, pin);
        QFETCH(bool, acceptable);
        QCOMPARE(PinHash::pinProblem(pin).isEmpty(), acceptable);
    }
};

QTEST_GUILESS_MAIN(TestPinHash)
#include "tst_pinhash.moc"
