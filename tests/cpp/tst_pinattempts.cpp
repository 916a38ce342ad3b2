#include "staff/pinattempts.h"
#include "testhelpers.h"

#include <QTemporaryDir>
#include <QTest>

/** The staff PIN pad's state file read back: what save() writes comes back
 *  whole, and a damaged file (a key missing or of the wrong kind, which
 *  toInt() would read as zero tries) names the file, line, column and key and
 *  starts the pad locked, so editing it gains a guesser nothing. */
class TestPinAttempts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("staff-pin.json")); }

    static constexpr const char *good = "{\n"
                                        "    \"failed\": 3,\n"
                                        "    \"failedTotal\": 17,\n"
                                        "    \"lockedAt\": \"2026-12-06T04:00:00Z\",\n"
                                        "    \"lockedForSeconds\": 600,\n"
                                        "    \"lockouts\": 2\n"
                                        "}\n";

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void savedAttemptsComeBack()
    {
        PinAttempts saved;
        saved.failed = 4;
        saved.lockouts = 3;
        saved.failedTotal = 123456789012LL;
        saved.lockedAt = QDateTime(QDate(2026, 12, 6), QTime(4, 0), Qt::UTC);
        saved.lockedForSeconds = 1200;
        QString problem;
        QVERIFY(saved.save(file(), &problem));
        const PinAttempts read = PinAttempts::load(file(), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(read.failed, 4);
        QCOMPARE(read.lockouts, 3);
        QCOMPARE(read.failedTotal, 123456789012LL);
        QCOMPARE(read.lockedAt, saved.lockedAt);
        QCOMPARE(read.lockedForSeconds, 1200);
    }

    void aMissingFileIsNoAttempts()
    {
        QString problem;
        const PinAttempts read
            = PinAttempts::load(m_dir.filePath(QStringLiteral("none.json")), &problem);
        QVERIFY(problem.isEmpty());
        QCOMPARE(read.failed, 0);
        QCOMPARE(read.lockedForSeconds, 0);
    }

    void damageIsNamedAndLocks_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const char *from, const char *to, const char *msg) {
            QTest::newRow(name) << QByteArray(from) << QByteArray(to) << QString::fromUtf8(msg);
        };
        row("count as text", "\"failed\": 3", "\"failed\": \"three\"",
            ":2:5: failed: expected a whole number from 0 to 2147483647, found \"three\"");
        row("negative count", "\"lockouts\": 2", "\"lockouts\": -1",
            ":6:5: lockouts: expected a whole number from 0 to 2147483647, found -1");
        row("fraction", "\"lockedForSeconds\": 600", "\"lockedForSeconds\": 0.5",
            ":5:5: lockedForSeconds: expected a whole number from 0 to 2147483647, found 0.5");
        row("past int", "\"lockedForSeconds\": 600", "\"lockedForSeconds\": 1e12",
            ":5:5: lockedForSeconds: expected a whole number from 0 to 2147483647, found "
            "1000000000000");
        row("null", "\"failedTotal\": 17", "\"failedTotal\": null",
            ":3:5: failedTotal: expected a whole number from 0 to 9007199254740992, found null");
        row("missing key", "    \"failed\": 3,\n", "",
            ":1:1: failed: expected a whole number from 0 to 2147483647, found nothing");
        row("time not a time", "\"2026-12-06T04:00:00Z\"", "\"yesterday\"",
            ":4:5: lockedAt: expected a time (ISO 8601, UTC) or \"\", found \"yesterday\"");
        row("time as a number", "\"2026-12-06T04:00:00Z\"", "0",
            ":4:5: lockedAt: expected a time (ISO 8601, UTC) or \"\", found 0");
        row("a list", "{\n    \"failed\": 3,", "[{\n    \"failed\": 3,",
            ": cannot be read (not a JSON object)");
        row("not JSON", "{\n", "", ": cannot be read (");
        row("empty", good, "", ": cannot be read (");
    }

    void damageIsNamedAndLocks()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        QByteArray text(good);
        QVERIFY(text.contains(from));
        text.replace(from, to);
        if (text.startsWith('['))
            text.append(']');
        QVERIFY(TestHelpers::writeAll(file(), text));
        QString problem;
        const PinAttempts read = PinAttempts::load(file(), &problem);
        QVERIFY2(problem.startsWith(file() + message), qPrintable(problem));
        QVERIFY2(problem.endsWith(
                     QLatin1String("; the PIN pad starts locked, as if after five wrong PINs")),
                 qPrintable(problem));
        QCOMPARE(read.lockouts, 1);
        QCOMPARE(read.secondsLeftAt(QDateTime::currentDateTimeUtc()), 300);
    }
};

QTEST_GUILESS_MAIN(TestPinAttempts)
#include "tst_pinattempts.moc"
