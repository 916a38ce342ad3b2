#include "config/bundledpaths.h"
#include "config/kioskconfig.h"
#include "testhelpers.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

/** kiosk.ini: values are read, and every kind of mistake falls back to the
 *  default with a message naming file, line and key. */
class TestKioskConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    KioskConfig loadText(const QByteArray &text)
    {
        const QString file = m_dir.filePath(QStringLiteral("kiosk.ini"));
        [&] { QVERIFY(TestHelpers::writeAll(file, text)); }();
        return KioskConfig::load(file);
    }

private Q_SLOTS:
    void bundledConfigHasNoProblems()
    {
        const KioskConfig config
            = KioskConfig::load(TestHelpers::sourceFile(QStringLiteral("kiosk-config/kiosk.ini")));
        QVERIFY2(config.problems().isEmpty(),
                 qPrintable(config.problems().join(QLatin1Char('\n'))));
        QVERIFY(config.fullscreen());
        QCOMPARE(config.contentDatabase(), BundledPaths::contentDatabase());
        QCOMPARE(config.mediaRoot(), BundledPaths::mediaRoot());
    }

    void readsValues()
    {
        const KioskConfig config
            = loadText("# comment\n[kiosk]\nfullscreen = no\ndefault_language = zh\n"
                       "[content]\ndatabase = live/content.db\nmedia_root = /srv/media\n");
        QVERIFY(config.problems().isEmpty());
        QVERIFY(!config.fullscreen());
        QVERIFY(config.narrationAutoplay());
        QCOMPARE(config.narrationVolume(), 80);
        QCOMPARE(config.defaultLanguage(), QStringLiteral("zh"));
        // Relative to kiosk.ini, not to the working directory.
        QCOMPARE(config.contentDatabase(),
                 QDir(m_dir.path()).filePath(QStringLiteral("live/content.db")));
        QCOMPARE(config.mediaRoot(), QStringLiteral("/srv/media"));
    }

    void badValuesFallBack_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected"); // after "FILE:"
        QTest::newRow("bad boolean")
            << QByteArray("[kiosk]\n\nfullscreen = maybe\n")
            << "3: kiosk.fullscreen: 'maybe' is not true or false; using true";
        QTest::newRow("bad language")
            << QByteArray("[kiosk]\ndefault_language = Chinese\n")
            << "2: kiosk.default_language: 'Chinese' is not a language code such as en or zh; "
               "using the bundled default";
        QTest::newRow("volume too loud") << QByteArray("[narration]\nvolume = 150\n")
                                         << "2: narration.volume: 150 is outside 0–100; using 80";
        QTest::newRow("volume not a number")
            << QByteArray("[narration]\nvolume = loud\n")
            << "2: narration.volume: 'loud' is not a whole number; using 80";
        QTest::newRow("autoplay not a boolean")
            << QByteArray("[narration]\nautoplay = sometimes\n")
            << "2: narration.autoplay: 'sometimes' is not true or false; using true";
        QTest::newRow("misspelt key") << QByteArray("[kiosk]\nfulscreen = false\n")
                                      << "2: kiosk.fulscreen: unknown key (misspelt?); ignored";
        QTest::newRow("unknown section") << QByteArray("[kisok]\nfullscreen = false\n")
                                         << "2: kisok.fullscreen: unknown key (misspelt?); ignored";
        QTest::newRow("no equals sign") << QByteArray("[kiosk]\nfullscreen false\n")
                                        << "2: 'fullscreen false' is not a 'key = value' line";
        QTest::newRow("broken header") << QByteArray("[kiosk\nfullscreen = false\n")
                                       << "1: '[kiosk' is not a section header like [kiosk]";
        QTest::newRow("key before any section")
            << QByteArray("fullscreen = false\n") << "1: key outside any [section]";
        QTest::newRow("time not a time")
            << QByteArray("[schedule]\nopen = 9am\nclose = 17:00\n")
            << "2: schedule.open: '9am' is not a time such as 09:00 or 17:30; using open all day";
        QTest::newRow("close before open")
            << QByteArray("[schedule]\nopen = 17:00\nclose = 09:00\n")
            << "3: schedule.close: closing time 09:00 is not after opening time 17:00; open all "
               "day";
        QTest::newRow("open without close") << QByteArray("[schedule]\nopen = 09:00\n")
                                            << "2: schedule.open: set without close; open all day";
        QTest::newRow("weekday garbled")
            << QByteArray("[schedule]\nmonday = shut\n")
            << "2: schedule.monday: 'shut' is not 'closed' or opening hours such as 09:00-17:30; "
               "using open all day";
        QTest::newRow("PIN in clear")
            << QByteArray("[staff]\npin_hash = 1234\n")
            << "2: staff.pin_hash: not a PIN hash (expected "
               "pbkdf2-sha256$i=ITERATIONS,d=DIGITS$SALT$HASH; "
               "make one with exhibit-kiosk --hash-pin); using no PIN (staff exit disabled)";
        QTest::newRow("retention not a number")
            << QByteArray("[analytics]\nretention_days = a year\n")
            << "2: analytics.retention_days: 'a year' is not a whole number; using 365";
        QTest::newRow("analytics in the content database")
            << QByteArray("[content]\ndatabase = live/content.db\n[analytics]\ndatabase = "
                          "live/content.db\n")
            << "4: analytics.database: is the content database; analytics need a file of their "
               "own; not recording";
        QTest::newRow("binary") << QByteArray(
            "[narration]\nvolume = 30\n\x7f"
            "ELF\x02\x01\0\0\0\n",
            34) << "3: not a text file (byte 30 is 0x00); every setting uses its default";
        QTest::newRow("Latin-1 comment")
            << QByteArray("[kiosk]\n# Mus\xe9"
                          "e\nfullscreen = false\n")
            << "2: byte 13 (0xe9) is not UTF-8; read on, but save the file as UTF-8";
        QTest::newRow("set twice")
            << QByteArray("[kiosk]\nfullscreen = true\nfullscreen = false\n")
            << "3: kiosk.fullscreen: set again (first set on line 2); the last value counts";
    }

    void readsAnalytics()
    {
        const KioskConfig config
            = loadText("[analytics]\ndatabase = state/analytics.db\nretention_days = 90\n");
        QVERIFY(config.problems().isEmpty());
        QCOMPARE(config.analyticsDatabase(),
                 QDir(m_dir.path()).filePath(QStringLiteral("state/analytics.db")));
        QCOMPARE(config.analyticsRetentionDays(), 90);
        // Refused when it names the content database: nothing is recorded.
        QVERIFY(loadText("[content]\ndatabase = c.db\n[analytics]\ndatabase = ./c.db\n")
                    .analyticsDatabase()
                    .isEmpty());
        // Unset, and not under systemd: off.
        QVERIFY(loadText("[kiosk]\n").analyticsDatabase().isEmpty());
    }

    void readsNarrationValues()
    {
        const KioskConfig config = loadText("[narration]\nautoplay = off\nvolume = 35\n");
        QVERIFY(config.problems().isEmpty());
        QVERIFY(!config.narrationAutoplay());
        QCOMPARE(config.narrationVolume(), 35);
    }

    void badValuesFallBack()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const KioskConfig config = loadText(text);
        QCOMPARE(config.narrationVolume(), 80);
        const QString full
            = m_dir.filePath(QStringLiteral("kiosk.ini")) + QLatin1Char(':') + expected;
        QVERIFY2(config.problems().contains(full),
                 qPrintable(config.problems().join(QLatin1Char('\n'))));
        if (!text.contains("set twice") && !text.contains("= false\n"))
            QVERIFY(config.fullscreen());
    }

    void readsScheduleAndStaff()
    {
        const KioskConfig config = loadText(
            "[kiosk]\nhide_cursor = false\n[staff]\npin_hash = pbkdf2-sha256$1000$c2FsdHNhbHQ=$"
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n"
            "[schedule]\nopen = 09:00\nclose = 17:30\nmonday = closed\nthursday = 10:00-21:00\n");
        QVERIFY2(config.problems().isEmpty(),
                 qPrintable(config.problems().join(QLatin1Char('\n'))));
        QVERIFY(!config.hideCursor());
        QVERIFY(config.pinHash().startsWith(QLatin1String("pbkdf2-sha256$1000$")));
        const OperatingHours hours = config.operatingHours();
        QCOMPARE(hours.day(Qt::Monday).kind, OperatingHours::Day::Closed);
        QCOMPARE(hours.day(Qt::Tuesday),
                 (OperatingHours::Day { OperatingHours::Day::Hours, QTime(9, 0), QTime(17, 30) }));
        QCOMPARE(hours.day(Qt::Thursday),
                 (OperatingHours::Day { OperatingHours::Day::Hours, QTime(10, 0), QTime(21, 0) }));
        QCOMPARE(hours.day(Qt::Sunday).closes, QTime(17, 30));
    }

    void noScheduleMeansAlwaysOpen()
    {
        QVERIFY(KioskConfig::defaults().operatingHours().isAlwaysOpen());
        QVERIFY(KioskConfig::defaults().hideCursor());
        QVERIFY(KioskConfig::defaults().pinHash().isEmpty());
        // A broken pair of times leaves the exhibit open rather than closed by mistake.
        QVERIFY(
            loadText("[schedule]\nopen = 17:00\nclose = 09:00\n").operatingHours().isAlwaysOpen());
    }

    void missingFileUsesDefaults()
    {
        const KioskConfig config = KioskConfig::load(QStringLiteral("/nonexistent/kiosk.ini"));
        QCOMPARE(config.problems().size(), 1);
        QVERIFY(config.problems().first().startsWith(
            QLatin1String("/nonexistent/kiosk.ini: cannot read")));
        QVERIFY(config.fullscreen());
        QCOMPARE(config.contentDatabase(), BundledPaths::contentDatabase());
    }

    void garbageFileUsesDefaults()
    {
        const KioskConfig config
            = loadText(QByteArray("\x7f"
                                  "ELF\x02\x01\x01\0\0\0 binary junk\n\xff\xfe",
                                  20));
        QVERIFY(!config.problems().isEmpty());
        QVERIFY(config.fullscreen());
    }

    // An editor's Latin-1 accent in a comment costs no setting.
    void otherEncodingKeepsTheSettings()
    {
        const KioskConfig config
            = loadText(QByteArray("[kiosk]\n# Mus\xe9"
                                  "e\nfullscreen = false\n[narration]\nvolume = 30\n"));
        QCOMPARE(config.problems().size(), 1);
        QVERIFY(!config.fullscreen());
        QCOMPARE(config.narrationVolume(), 30);
    }
};

QTEST_GUILESS_MAIN(TestKioskConfig)
#include "tst_kioskconfig.moc"
