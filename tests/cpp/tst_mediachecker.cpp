#include "media/audiofile.h"
#include "media/mediachecker.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

/** Media as the kiosk will use it, on real files: paths that stay inside the
 *  media folder (symbolic links followed), audio that decodes through Qt
 *  Multimedia, captions that parse and end within their audio. */
class TestMediaChecker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;

    // One chapter with an image and English narration, as the bundled files.
    static ExhibitDocument document()
    {
        ExhibitDocument document;
        document.languages = { QStringLiteral("en") };
        Chapter chapter;
        chapter.id = QStringLiteral("battles");
        chapter.image = QStringLiteral("images/battles.svg");
        chapter.narration.insert(QStringLiteral("en"),
                                 { QStringLiteral("narration/battles.en.opus"),
                                   QStringLiteral("narration/battles.en.vtt") });
        document.chapters = { chapter };
        return document;
    }

    void copyBundled(const QString &relative, const QString &as = {})
    {
        const QString target = QDir(m_root).filePath(as.isEmpty() ? relative : as);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        QVERIFY(QFile::copy(TestHelpers::sourceFile(QStringLiteral("media/") + relative), target));
    }

    QString problemsText(const ContentProblems &problems)
    {
        QStringList lines;
        for (const ContentProblem &problem : problems)
            lines << problem.path + QStringLiteral(": ") + problem.message;
        return lines.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(QStringLiteral("media")); // before any _data() function needs it
    }

    void init()
    {
        QDir(m_root).removeRecursively();
        copyBundled(QStringLiteral("images/battles.svg"));
        copyBundled(QStringLiteral("narration/battles.en.opus"));
        copyBundled(QStringLiteral("narration/battles.en.vtt"));
    }

    void bundledMediaPasses()
    {
        const ContentProblems problems = MediaChecker(m_root).check(document());
        QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems)));
    }

    void problems_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing image")
            << "rm images/battles.svg"
            << "chapters[0].image: " + m_root + "/images/battles.svg: no such file";
        QTest::newRow("symlink out of the media folder")
            << "link images/battles.svg /etc/passwd"
            << "chapters[0].image: images/battles.svg leads outside the media folder";
        QTest::newRow("garbage audio")
            << "write narration/battles.en.opus"
            << "chapters[0].narration.en.audio: narration/battles.en.opus: cannot be played";
        QTest::newRow("captions longer than the audio")
            << "truncate narration/battles.en.opus"
            << "chapters[0].narration.en.captions: narration/battles.en.vtt: the captions run to "
               "141.";
        QTest::newRow("broken captions") << "write narration/battles.en.vtt"
                                         << "chapters[0].narration.en.captions: ";
        QTest::newRow("garbage picture")
            << "write images/battles.svg"
            << "chapters[0].image: images/battles.svg: cannot be shown: ";
        QTest::newRow("a folder, not a file")
            << "folder images/battles.svg"
            << "chapters[0].image: " + m_root + "/images/battles.svg: not a file";
    }

    void problems()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        const QStringList words = damage.split(QLatin1Char(' '));
        const QString file = QDir(m_root).filePath(words.at(1));
        QFile::remove(file);
        if (words.first() == QLatin1String("link")) {
            QVERIFY(QFile::link(words.at(2), file));
        } else if (words.first() == QLatin1String("write")) {
            QVERIFY(TestHelpers::writeAll(file, "this is not what it claims to be\n"));
        } else if (words.first() == QLatin1String("truncate")) {
            const QByteArray audio = TestHelpers::readAll(
                TestHelpers::sourceFile(QStringLiteral("media/") + words.at(1)));
            QVERIFY(TestHelpers::writeAll(file, audio.left(audio.size() / 4)));
        } else if (words.first() == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(file));
        }
        const QString text = problemsText(MediaChecker(m_root).check(document()));
        QVERIFY2(text.contains(expected), qPrintable(text));
        QDir(file).removeRecursively();
    }

    void symlinkInsideTheFolderIsFine()
    {
        const QString file = QDir(m_root).filePath(QStringLiteral("images/battles.svg"));
        QVERIFY(QFile::rename(file, QDir(m_root).filePath(QStringLiteral("images/shared.svg"))));
        QVERIFY(QFile::link(QStringLiteral("shared.svg"), file));
        QVERIFY(MediaChecker(m_root).check(document()).isEmpty());
    }

    void missingMediaFolder()
    {
        const ContentProblems problems
            = MediaChecker(m_dir.filePath(QStringLiteral("nowhere"))).check(document());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.endsWith(QLatin1String("nowhere: no such folder")));
    }

    void reportsProgress()
    {
        MediaChecker checker(m_root);
        QList<int> done;
        checker.setProgress([&](int count, int total, const QString &) {
            QCOMPARE(total, 3);
            done << count;
        });
        QVERIFY(checker.check(document()).isEmpty());
        QCOMPARE(done, (QList<int> { 0, 1, 2, 3 }));
    }

    void decodedDuration()
    {
        QString error;
        const qint64 length = AudioFile::decodedDurationMs(
            QDir(m_root).filePath(QStringLiteral("narration/battles.en.opus")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(length > 138000 && length < 144000,
                 qPrintable(QString::number(length))); // opusinfo: 2:21.4
    }
};

QTEST_GUILESS_MAIN(TestMediaChecker)
#include "tst_mediachecker.moc"
