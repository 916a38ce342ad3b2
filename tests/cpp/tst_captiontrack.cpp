#include "media/captiontrack.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

/** The WebVTT reader: the forms real files take, and how each mistake is
 *  skipped and reported by file and line. */
class TestCaptionTrack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("hours") << "01:02:03.456" << qint64(3723456);
        QTest::newRow("no hours") << "02:03.456" << qint64(123456);
        QTest::newRow("many hours") << "100:00:00.001" << qint64(360000001);
        QTest::newRow("a year's worth of hours") << "9999:59:59.999" << qint64(35999999999);
        QTest::newRow("hours past a year") << "10000:00:00.000" << CaptionTrack::TooManyHours;
        QTest::newRow("hours that overflow milliseconds (fuzzer)")
            << "400000000000000000:00:00.300" << CaptionTrack::TooManyHours;
        QTest::newRow("hours past 64 bits")
            << "99999999999999999999999:00:00.000" << CaptionTrack::TooManyHours;
        QTest::newRow("zero") << "00:00.000" << qint64(0);
        QTest::newRow("minutes over 59") << "61:00.000" << CaptionTrack::NotATimestamp;
        QTest::newRow("comma decimal") << "00:01,000" << CaptionTrack::NotATimestamp;
        QTest::newRow("short millis") << "00:01.5" << CaptionTrack::NotATimestamp;
        QTest::newRow("single-digit minutes") << "1:02.000" << CaptionTrack::NotATimestamp;
        QTest::newRow("empty") << "" << CaptionTrack::NotATimestamp;
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QCOMPARE(CaptionTrack::parseTimestamp(text), ms);
    }

    void readsCues()
    {
        const QByteArray vtt = "\xEF\xBB\xBFWEBVTT - a title\r\n"
                               "Kind: captions\r\n"
                               "\r\n"
                               "NOTE written by hand\r\n"
                               "spanning two lines\r\n"
                               "\r\n"
                               "STYLE\r\n::cue { color: red }\r\n"
                               "\r\n"
                               "intro\r\n"
                               "00:00:01.000 --> 00:00:02.500 line:90% align:start\r\n"
                               "<v Narrator>The <i>first</i> cue</v>\r\n"
                               "and its second line\r\n"
                               "\r\n"
                               "00:03.000 --> 00:04.000\r\n"
                               "Salt &amp; silk &lt;tribute&gt;\r\n";
        const CaptionTrack track = CaptionTrack::parse(vtt, QStringLiteral("good.vtt"));
        QVERIFY2(track.warnings().isEmpty(), qPrintable(track.warnings().join(QLatin1Char('\n'))));
        QCOMPARE(track.cues().size(), 2);
        QCOMPARE(track.cues().at(0).startMs, 1000);
        QCOMPARE(track.cues().at(0).endMs, 2500);
        QCOMPARE(track.cues().at(0).text, QStringLiteral("The first cue\nand its second line"));
        QCOMPARE(track.cues().at(1).text, QStringLiteral("Salt & silk <tribute>"));
    }

    void cueAtPosition_data()
    {
        QTest::addColumn<qint64>("position");
        QTest::addColumn<int>("index");
        QTest::newRow("before the first") << qint64(999) << -1;
        QTest::newRow("first starts") << qint64(1000) << 0;
        QTest::newRow("inside the first") << qint64(2499) << 0;
        QTest::newRow("first has ended") << qint64(2500) << -1;
        QTest::newRow("between") << qint64(2800) << -1;
        QTest::newRow("second") << qint64(3000) << 1;
        QTest::newRow("after the last") << qint64(4000) << -1;
    }

    void cueAtPosition()
    {
        QFETCH(qint64, position);
        QFETCH(int, index);
        const CaptionTrack track = CaptionTrack::parse(
            "WEBVTT\n\n00:01.000 --> 00:02.500\nA\n\n00:03.000 --> 00:04.000\nB\n",
            QStringLiteral("t.vtt"));
        QCOMPARE(track.cueIndexAt(position), index);
    }

    void skipsBrokenCues_data()
    {
        QTest::addColumn<QByteArray>("vtt");
        QTest::addColumn<QString>("warning");
        QTest::addColumn<int>("cuesLeft");
        const QByteArray good = "\n\n00:10.000 --> 00:11.000\nGood cue\n";
        QTest::newRow("not WebVTT")
            << QByteArray("1\n00:00:01,000 --> 00:00:02,000\nSRT, not VTT\n")
            << "broken.vtt:1: not a WebVTT file (the first line must be \"WEBVTT\")" << 0;
        QTest::newRow("WEBVTT glued to text")
            << QByteArray("WEBVTTX\n")
            << "broken.vtt:1: not a WebVTT file (the first line must be \"WEBVTT\")" << 0;
        QTest::newRow("bad start time")
            << QByteArray("WEBVTT\n\n00:0x.000 --> 00:02.000\nA\n") + good
            << "broken.vtt:3: '00:0x.000' is not a timestamp like 00:01:02.345 or 01:02.345; cue "
               "skipped"
            << 1;
        QTest::newRow("hours past a year")
            << QByteArray("WEBVTT\n\n00:01.000 --> 10000:00:00.000\nA\n") + good
            << "broken.vtt:3: '10000:00:00.000' is more than 9,999 hours; cue skipped" << 1;
        QTest::newRow("SRT-style comma")
            << QByteArray("WEBVTT\n\nid\n00:00:01,000 --> 00:00:02,000\nA\n") + good
            << "broken.vtt:4: '00:00:01,000' is not a timestamp like 00:01:02.345 or 01:02.345; "
               "cue skipped"
            << 1;
        QTest::newRow("ends before it starts")
            << QByteArray("WEBVTT\n\n00:05.000 --> 00:04.000\nA\n") + good
            << "broken.vtt:3: the cue ends (00:04.000) before it starts (00:05.000); cue skipped"
            << 1;
        QTest::newRow("no timing line")
            << QByteArray("WEBVTT\n\nid\njust text\n") + good
            << "broken.vtt:4: no \"start --> end\" timing line; cue skipped" << 1;
        QTest::newRow("no text") << QByteArray("WEBVTT\n\n00:01.000 --> 00:02.000\n<i></i>\n")
                + good << "broken.vtt:3: the cue has no text; cue skipped"
                                 << 1;
    }

    void skipsBrokenCues()
    {
        QFETCH(QByteArray, vtt);
        QFETCH(QString, warning);
        QFETCH(int, cuesLeft);
        const CaptionTrack track = CaptionTrack::parse(vtt, QStringLiteral("broken.vtt"));
        QVERIFY2(track.warnings().contains(warning),
                 qPrintable(track.warnings().join(QLatin1Char('\n'))));
        QCOMPARE(track.cues().size(), cuesLeft);
        if (cuesLeft)
            QCOMPARE(track.cues().last().text, QStringLiteral("Good cue"));
    }

    void missingFileIsNamed()
    {
        const CaptionTrack track = CaptionTrack::load(QStringLiteral("/nonexistent/a.vtt"));
        QVERIFY(track.isEmpty());
        QVERIFY(track.warnings().value(0).startsWith(
            QLatin1String("/nonexistent/a.vtt: cannot read the captions")));
    }

    // Files a hostile media folder could hold: each is refused at once, named,
    // never read for ever nor waited on.
    void unreadableFilesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("warning");
        QTest::newRow("a FIFO") << "fifo"
                                << "cannot read the captions: not a regular file";
        QTest::newRow("a folder") << "folder"
                                  << "cannot read the captions: not a regular file";
        QTest::newRow("/dev/zero") << "zero"
                                   << "cannot read the captions: not a regular file";
        QTest::newRow("2 MB") << "large"
                              << "2048 KB is too large for captions (at most 1024 KB)";
    }

    void unreadableFilesAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, warning);
        QTemporaryDir dir;
        QString file = dir.filePath(QStringLiteral("captions.vtt"));
        if (kind == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
        else if (kind == QLatin1String("folder"))
            QVERIFY(QDir().mkpath(file));
        else if (kind == QLatin1String("zero"))
            file = QStringLiteral("/dev/zero");
        else
            QVERIFY(TestHelpers::writeAll(file, "WEBVTT\n\n" + QByteArray(2 * 1024 * 1024, 'x')));
        const CaptionTrack track = CaptionTrack::load(file);
        QVERIFY(track.isEmpty());
        QCOMPARE(track.warnings(), QStringList { file + QStringLiteral(": ") + warning });
    }

    // A file of a thousand broken cues names ten and counts the rest.
    void warningsAreBounded()
    {
        QByteArray vtt = "WEBVTT\n";
        for (int i = 0; i < 1000; ++i)
            vtt += "\n00:01.000 --> 00:00.500\nBackwards\n";
        const CaptionTrack track = CaptionTrack::parse(vtt, QStringLiteral("broken.vtt"));
        QCOMPARE(track.warnings().size(), CaptionTrack::MaxWarnings + 1);
        QCOMPARE(track.warnings().first(),
                 QStringLiteral("broken.vtt:3: the cue ends (00:00.500) before it starts "
                                "(00:01.000); cue skipped"));
        QCOMPARE(track.warnings().last(), QStringLiteral("broken.vtt: 990 more cues skipped"));
    }

    // Every committed captions file reads cleanly, cue after cue without gaps.
    void bundledCaptionsAreClean_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *chapter : { "background", "causes", "battles", "aftermath", "legacy" })
            for (const char *language : { "en", "zh" })
                QTest::newRow(qPrintable(
                    QStringLiteral("%1.%2").arg(QLatin1String(chapter), QLatin1String(language))))
                    << TestHelpers::sourceFile(
                           QStringLiteral("media/narration/%1.%2.vtt")
                               .arg(QLatin1String(chapter), QLatin1String(language)));
    }

    void bundledCaptionsAreClean()
    {
        QFETCH(QString, file);
        const CaptionTrack track = CaptionTrack::load(file);
        QVERIFY2(track.warnings().isEmpty(), qPrintable(track.warnings().join(QLatin1Char('\n'))));
        QVERIFY(track.cues().size() >= 8);
        for (int i = 1; i < track.cues().size(); ++i)
            QCOMPARE(track.cues().at(i).startMs, track.cues().at(i - 1).endMs);
    }

    // A long cue is shown in parts a reader takes in at a glance, cut at a
    // clause or word, each on screen for its share of the time; short cues
    // and the whole track's timing are unchanged.
    void longCuesAreShownInParts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("short") << "The sieges of Kaifeng, 1125–1127"
                               << QStringList { "The sieges of Kaifeng, 1125–1127" };
        QTest::newRow("a long sentence")
            << "The Treaty of Shaoxing, ratified on 11 October 1142, fixed the border along the "
               "Huai River and the Dasan Pass; Gaozong declared himself the Jin emperor's subject, "
               "and the Song paid 250,000 taels of silver and 250,000 bolts of silk a year."
            << QStringList {
                   "The Treaty of Shaoxing, ratified on 11 October 1142,",
                   "fixed the border along the Huai River and the Dasan Pass;",
                   "Gaozong declared himself the Jin emperor's subject,",
                   "and the Song paid 250,000 taels of silver and 250,000 bolts of silk a "
                   "year."
               };
        QTest::newRow("Chinese")
            << QString::fromUtf8("绍兴和议于1142年10月11日批准，以淮河和大散关为界；高宗向金称臣，"
                                 "宋每年向金纳银二十五万两、绢二十五万匹。")
            << QStringList {
                   QString::fromUtf8("绍兴和议于1142年10月11日批准，以淮河和大散关为界；"),
                   QString::fromUtf8("高宗向金称臣，宋每年向金纳银二十五万两、绢二十五万匹。")
               };
    }

    void longCuesAreShownInParts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, parts);
        const CaptionTrack track = CaptionTrack::parse(
            QStringLiteral("WEBVTT\n\n00:10.000 --> 00:30.000\n%1\n").arg(text).toUtf8(),
            QStringLiteral("long.vtt"));
        const QList<CaptionCue> cues = track.inReadableParts().cues();
        QStringList texts;
        for (const CaptionCue &cue : cues)
            texts << cue.text;
        QCOMPARE(texts, parts);
        QCOMPARE(cues.first().startMs, 10000);
        QCOMPARE(cues.last().endMs, 30000);
        for (int i = 1; i < cues.size(); ++i) {
            QCOMPARE(cues.at(i).startMs, cues.at(i - 1).endMs);
            QVERIFY(cues.at(i).startMs > cues.at(i - 1).startMs);
            QVERIFY(cues.at(i).text.size() <= 84);
        }
    }
};

QTEST_GUILESS_MAIN(TestCaptionTrack)
#include "tst_captiontrack.moc"
