#include "content/contentfields.h"
#include "studio/mediaimport.h"
#include "studiofixture.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

/** A file a curator chooses from disk for a picture, recording or captions
 *  field, on real files: refused with the reason and nothing copied when it
 *  cannot be used; otherwise copied under a name nothing in the media folder
 *  has (content/README.md's versioning rule), with captions that outrun
 *  their recording named. */
class TestMediaImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;
    QString m_outside; // where the curator's files are, outside the media folder
    ExhibitDocument m_exhibit;

    QString outside(const QString &name) const { return QDir(m_outside).filePath(name); }
    QString inRoot(const QString &path) const { return QDir(m_root).filePath(path); }
    static QString bundled(const QString &path)
    {
        return TestHelpers::sourceFile(QStringLiteral("media/") + path);
    }
    QStringList rootFiles(const QString &folder) const
    {
        return QDir(inRoot(folder)).entryList(QDir::Files, QDir::Name);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(QStringLiteral("media"));
        m_outside = m_dir.filePath(QStringLiteral("recordings"));
        QDir(m_root).removeRecursively();
        QDir(m_outside).removeRecursively();
        QVERIFY(QDir().mkpath(m_outside));
        for (const char *path :
             { "images/battles.svg", "narration/battles.en.opus", "narration/battles.en.vtt" }) {
            const QString file = inRoot(QString::fromLatin1(path));
            QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
            QVERIFY(QFile::copy(bundled(QString::fromLatin1(path)), file));
        }
        m_exhibit = StudioFixture::bundledExhibit();
    }

    void namesTheFileAfterItsField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("stem");
        QTest::newRow("chapter picture") << "chapters.battles.image"
                                         << "images/battles";
        QTest::newRow("portrait") << "figures.yue-fei.portrait"
                                  << "portraits/yue-fei";
        QTest::newRow("recording") << "chapters.battles.narration.zh.audio"
                                   << "narration/battles.zh";
        QTest::newRow("captions") << "chapters.battles.narration.en.captions"
                                  << "narration/battles.en";
        QTest::newRow("a text") << "chapters.battles.title.en"
                                << "";
    }

    void namesTheFileAfterItsField()
    {
        QFETCH(QString, field);
        QFETCH(QString, stem);
        QCOMPARE(MediaImport::stemFor(field), stem);
    }

    void neverReusesAName()
    {
        const MediaImport import(m_root);
        QCOMPARE(import.freeName(QStringLiteral("images/causes"), QStringLiteral("svg")),
                 QStringLiteral("images/causes.svg"));
        QCOMPARE(import.freeName(QStringLiteral("images/battles"), QStringLiteral("svg")),
                 QStringLiteral("images/battles.v2.svg"));
        // A link that leads nowhere still holds its name.
        QVERIFY(QFile::link(QStringLiteral("gone.svg"),
                            inRoot(QStringLiteral("images/battles.v2.svg"))));
        QCOMPARE(import.freeName(QStringLiteral("images/battles"), QStringLiteral("svg")),
                 QStringLiteral("images/battles.v3.svg"));
    }

    void copiesUnderANewName_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("picture") << "images/causes.svg"
                                 << "chapters.battles.image"
                                 << "images/battles.v2.svg";
        QTest::newRow("recording") << "narration/battles.en.opus"
                                   << "chapters.battles.narration.en.audio"
                                   << "narration/battles.en.v2.opus";
        QTest::newRow("captions") << "narration/battles.en.vtt"
                                  << "chapters.battles.narration.en.captions"
                                  << "narration/battles.en.v2.vtt";
        QTest::newRow("a first recording") << "narration/battles.zh.opus"
                                           << "chapters.battles.narration.zh.audio"
                                           << "narration/battles.zh.opus";
        QTest::newRow("a new portrait") << "portraits/yue-fei.svg"
                                        << "figures.yue-fei.portrait"
                                        << "portraits/yue-fei.svg";
    }

    void copiesUnderANewName()
    {
        QFETCH(QString, source);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        const QString chosen = outside(QFileInfo(source).fileName());
        QVERIFY(QFile::copy(bundled(source), chosen));
        const MediaImport::Result result = MediaImport(m_root).import(chosen, field, m_exhibit);
        QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
        QCOMPARE(result.path, expected);
        QVERIFY2(result.warning.isEmpty(), qPrintable(result.warning));
        QCOMPARE(TestHelpers::readAll(inRoot(expected)), TestHelpers::readAll(chosen));
        QVERIFY(QFile::exists(chosen)); // copied, not moved
    }

    void refusesWhatCannotBeUsed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a picture that is none")
            << "chapters.battles.image" << QByteArray("<html>not a picture</html>")
            << "chosen.file: cannot be shown";
        QTest::newRow("a recording that does not play")
            << "chapters.battles.narration.en.audio" << QByteArray("OggS and then nothing")
            << "chosen.file: cannot be played";
        QTest::newRow("captions with no cue")
            << "chapters.battles.narration.en.captions" << QByteArray("WEBVTT\n\n")
            << "chosen.file: no captions in the file";
        QTest::newRow("a text field") << "chapters.battles.title.en" << QByteArray("x")
                                      << "chapters.battles.title.en takes no file";
    }

    void refusesWhatCannotBeUsed()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString chosen = outside(QStringLiteral("chosen.file"));
        QVERIFY(TestHelpers::writeAll(chosen, bytes));
        const QStringList before
            = rootFiles(QStringLiteral("images")) + rootFiles(QStringLiteral("narration"));
        const MediaImport::Result result = MediaImport(m_root).import(chosen, field, m_exhibit);
        QVERIFY2(result.problem.startsWith(expected), qPrintable(result.problem));
        QVERIFY(result.path.isEmpty());
        QCOMPARE(rootFiles(QStringLiteral("images")) + rootFiles(QStringLiteral("narration")),
                 before);
    }

    void captionsThatOutrunTheRecordingAreNamed()
    {
        // The captions stay; the new recording is a quarter as long as they run.
        const QByteArray audio
            = TestHelpers::readAll(bundled(QStringLiteral("narration/battles.en.opus")));
        const QString chosen = outside(QStringLiteral("short.opus"));
        QVERIFY(TestHelpers::writeAll(chosen, audio.left(audio.size() / 4)));
        const MediaImport::Result result = MediaImport(m_root).import(
            chosen, QStringLiteral("chapters.battles.narration.en.audio"), m_exhibit);
        QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
        QCOMPARE(result.path, QStringLiteral("narration/battles.en.v2.opus"));
        QVERIFY2(result.warning.startsWith(
                     QLatin1String("narration/battles.en.vtt: the captions run to 141.")),
                 qPrintable(result.warning));
    }

    void aMissingMediaFolderIsNamed()
    {
        const QString chosen = outside(QStringLiteral("causes.svg"));
        QVERIFY(QFile::copy(bundled(QStringLiteral("images/causes.svg")), chosen));
        const MediaImport::Result result
            = MediaImport(m_dir.filePath(QStringLiteral("nowhere")))
                  .import(chosen, QStringLiteral("chapters.battles.image"), m_exhibit);
        QVERIFY(result.path.isEmpty());
        QVERIFY2(result.problem.contains(QLatin1String("nowhere does not exist")),
                 qPrintable(result.problem));
    }
};

QTEST_GUILESS_MAIN(TestMediaImport)
#include "tst_mediaimport.moc"
