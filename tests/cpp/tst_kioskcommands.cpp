#include "config/pinhash.h"
#include "kiosk/kioskcommands.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

/** The technician's commands: --hash-pin prints a line kiosk.ini accepts, and
 *  --check-config finds every problem in a kiosk.ini and the content and
 *  media it points to, each as FILE:LINE: key: problem. */
class TestKioskCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Result
    {
        int exitCode = 0;
        QString out;
        QString err;
    };

    static Result hashPin(const QString &input)
    {
        QString inText = input;
        Result result;
        QTextStream in(&inText);
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.exitCode = KioskCommands::hashPin(in, out, err, false);
        return result;
    }

    static Result checkConfig(const QString &file)
    {
        Result result;
        QTextStream out(&result.out);
        result.exitCode = KioskCommands::checkConfig(file, out);
        return result;
    }

    QString writeIni(const QByteArray &text)
    {
        const QString file = m_dir.filePath(QStringLiteral("kiosk.ini"));
        [&] { QVERIFY(TestHelpers::writeAll(file, text)); }();
        return file;
    }

private Q_SLOTS:
    void hashPinPrintsAVerifiableLine()
    {
        const Result result = hashPin(QStringLiteral("246813\n"));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(QLatin1String("pin_hash = pbkdf2-sha256$i=100000,d=6$")));
        const QString encoded = result.out.trimmed().section(QLatin1String(" = "), 1);
        QVERIFY(PinHash::verify(QStringLiteral("246813"), encoded));
        // And kiosk.ini takes it without complaint.
        const Result check = checkConfig(writeIni("[staff]\n" + result.out.toUtf8()));
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
        QVERIFY(!check.out.contains(QLatin1String("no staff PIN")));
        QVERIFY2(!check.out.contains(QLatin1String("warning")), qPrintable(check.out));
    }

    // A PIN hashed when 4 digits were allowed keeps working, with a warning.
    void olderPinHashIsWarnedAbout()
    {
        const Result check = checkConfig(
            writeIni("[staff]\npin_hash = pbkdf2-sha256$1000$ZXhoaWJpdC10ZXN0LXNhbHQ=$"
                     "jsTh+KJGRkzdq6nEhPDJWxQOV0y4PU7mhKDgxDLFcb4=\n"));
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
        QVERIFY2(check.out.contains(QLatin1String(
                     "warning: [staff] pin_hash: the staff PIN was made when 4-digit PINs "
                     "were allowed; it keeps working, but make one of 6 to 12 digits")),
                 qPrintable(check.out));
    }

    void hashPinRefusesBadPins_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("too short") << "12\n" << 1;
        QTest::newRow("four digits") << "2468\n" << 1;
        QTest::newRow("letters") << "abcd\n" << 1;
        QTest::newRow("no input") << "" << 2;
    }

    void hashPinRefusesBadPins()
    {
        QFETCH(QString, input);
        QFETCH(int, exitCode);
        const Result result = hashPin(input);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(result.out.isEmpty());
        QVERIFY(result.err.startsWith(QLatin1String("exhibit-kiosk --hash-pin: ")));
    }

    void bundledConfigChecksClean()
    {
        const Result result
            = checkConfig(TestHelpers::sourceFile(QStringLiteral("kiosk-config/kiosk.ini")));
        QVERIFY2(result.exitCode == 0, qPrintable(result.out));
        QVERIFY(result.out.contains(QLatin1String("ok: ")));
        QVERIFY(result.out.contains(QLatin1String("(5 chapters")));
    }

    void everyProblemOnItsOwnLine()
    {
        const QString file
            = writeIni("[kiosk]\nfullscreen = perhaps\n[idle]\ntimeout_s = -5\nwarning_s = 5\n"
                       "[schedule]\nopen = 9\n[sound]\nvolume = 3\n");
        const Result result = checkConfig(file);
        QCOMPARE(result.exitCode, 1);
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList expected {
            file
                + QStringLiteral(
                    ":2: kiosk.fullscreen: 'perhaps' is not true or false; using true"),
            file + QStringLiteral(":4: idle.timeout_s: -5 is outside 2–86400; using 90"),
            file
                + QStringLiteral(":7: schedule.open: '9' is not a time such as 09:00 or 17:30; "
                                 "using open all day"),
            file + QStringLiteral(":9: sound.volume: unknown key (misspelt?); ignored"),
            QStringLiteral("4 problems found"),
        };
        for (const QString &line : expected)
            QVERIFY2(lines.contains(line), qPrintable(result.out));
        // A short warning works, so it is a note, not a problem.
        QVERIFY(result.out.contains(QLatin1String("note: ") + file
                                    + QLatin1String(":5: idle.warning_s: 5 s is shorter")));
    }

    void missingConfigFile()
    {
        const Result result = checkConfig(m_dir.filePath(QStringLiteral("nope.ini")));
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.startsWith(m_dir.filePath(QStringLiteral("nope.ini"))
                                      + QLatin1String(": no such file")));
    }

    void contentDatabaseIsChecked()
    {
        const Result result = checkConfig(writeIni("[content]\ndatabase = missing.db\n"));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(m_dir.filePath(QStringLiteral("missing.db"))),
                 qPrintable(result.out));
    }

    void missingMediaIsNamed()
    {
        // The bundled content with an empty media folder: every file is missing.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("empty-media")));
        const Result result = checkConfig(writeIni("[content]\nmedia_root = empty-media\n"));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QLatin1String(": chapters.background.image: ")
                                     + m_dir.filePath(QStringLiteral("empty-media/images/"))),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(QLatin1String(": chapters.legacy.narration.zh.captions: ")));
        QVERIFY(result.out.contains(QLatin1String(": figures.yue-fei.portrait: ")));
        QVERIFY(result.out.contains(QLatin1String(
            "37 problems found"))); // 5 images + 10 audio + 10 captions + 12 portraits
    }
};

QTEST_GUILESS_MAIN(TestKioskCommands)
#include "tst_kioskcommands.moc"
