#include "controllers/languagecontroller.h"
#include "curator/curatorcommands.h"
#include "models/chaptermodel.h"
#include "models/contentstore.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>

/** The kiosk's view of the content: a real database file read into models,
 *  language switching, and what happens when the database is bad. */
class TestContentStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;

    QString importMinimal(const QString &name)
    {
        const QString db = m_dir.filePath(name);
        QString out, err;
        QTextStream o(&out), e(&err);
        CuratorCommands commands(o, e);
        const int code
            = commands.run({ QStringLiteral("import"), db,
                             TestHelpers::dataFile(QStringLiteral("minimal-exhibit.json")) });
        return code == 0 ? db : QString();
    }

    // In the temporary media root the fixture's causes.svg exists and
    // background.svg does not; the store names the missing file once.
    static void expectMissingMediaWarning()
    {
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(QStringLiteral(
                "chapters\\[0\\]\\.image: media file .*background\\.svg not found")));
    }

    // The test database loaded into `store`, and read as a document to edit.
    bool loadWithDocument(ContentStore &store, ExhibitDocument *document)
    {
        expectMissingMediaWarning();
        QStringList problems;
        return store.load(m_database, m_dir.path())
            && ContentStore::readValidated(m_database, document, &problems);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = importMinimal(QStringLiteral("content.db"));
        QVERIFY(!m_database.isEmpty());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("images")));
        QVERIFY(TestHelpers::writeAll(m_dir.filePath(QStringLiteral("images/causes.svg")),
                                      "<svg xmlns='http://www.w3.org/2000/svg'/>"));
    }

    // At run time too, a media path must lead to a regular file inside the
    // media folder: a link to /dev/zero or a FIFO would hang whatever opened it.
    void mediaThatCouldHangTheKioskIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("warning");
        QTest::newRow("a link to /dev/zero")
            << "zero"
            << "interface: media file refused: images/trap.svg leads outside the media folder .* "
               "\\(to /dev/zero\\)";
        QTest::newRow("a FIFO") << "fifo"
                                << "interface: media file refused: .*/images/trap.svg: not a file";
        QTest::newRow("a link to a file outside")
            << "outside"
            << "interface: media file refused: images/trap.svg leads outside the media folder";
    }

    void mediaThatCouldHangTheKioskIsRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, warning);
        const QString trap = m_dir.filePath(QStringLiteral("images/trap.svg"));
        QFile::remove(trap);
        if (kind == QLatin1String("zero"))
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), trap));
        else if (kind == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(trap).constData(), 0600), 0);
        else
            QVERIFY(
                QFile::link(TestHelpers::dataFile(QStringLiteral("minimal-exhibit.json")), trap));
        ContentStore store(nullptr);
        expectMissingMediaWarning();
        QVERIFY(store.load(m_database, m_dir.path()));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(warning));
        QCOMPARE(store.mediaUrl(QStringLiteral("images/trap.svg")), QUrl());
        QCOMPARE(store.mediaUrl(QStringLiteral("images/trap.svg")), QUrl()); // named once
        QCOMPARE(store.mediaUrl(QStringLiteral("images/causes.svg")),
                 QUrl::fromLocalFile(QFileInfo(m_dir.filePath(QStringLiteral("images/causes.svg")))
                                         .canonicalFilePath()));
        QFile::remove(trap);
    }

    void loadsIntoModels()
    {
        ContentStore store(nullptr);
        QAbstractItemModelTester tester(store.chapters(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy status { &store, &ContentStore::statusChanged };
        expectMissingMediaWarning();
        QVERIFY(store.load(m_database, m_dir.path()));
        QCOMPARE(store.status(), ContentStore::Ready);
        QCOMPARE(status.count(), 1);

        ChapterModel *model = store.chapters();
        QCOMPARE(model->rowCount(), 2);
        const QModelIndex second = model->index(1);
        QCOMPARE(second.data(ChapterModel::ChapterIdRole).toString(), QStringLiteral("causes"));
        QCOMPARE(second.data(ChapterModel::NumberRole).toInt(), 2);
        QCOMPARE(second.data(ChapterModel::TitleRole).toString(), QStringLiteral("Causes"));
        QCOMPARE(second.data(ChapterModel::BodyRole).toStringList(),
                 QStringList { QStringLiteral("Only paragraph.") });
        QCOMPARE(second.data(ChapterModel::ImageSourceRole).toUrl(),
                 QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("images/causes.svg"))));
        // A missing picture gets no URL, so the screens show the seal panel
        // without asking Qt to open a file that is not there.
        QCOMPARE(model->index(0).data(ChapterModel::ImageSourceRole).toUrl(), QUrl());
        QCOMPARE(store.title(), QStringLiteral("1126"));
        QCOMPARE(store.welcome()->rowCount(), 2);

        // Switching language changes every row at once.
        QSignalSpy changed { model, &QAbstractItemModel::dataChanged };
        store.setLanguage(QStringLiteral("zh"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(second.data(ChapterModel::TitleRole).toString(), QStringLiteral("起因"));
        QCOMPARE(store.subtitle(), QStringLiteral("测试展览"));

        store.setLanguage(QStringLiteral("fr")); // not in the content: ignored
        QCOMPARE(second.data(ChapterModel::TitleRole).toString(), QStringLiteral("起因"));
    }

    void mediaUrlsStayInsideTheMediaRoot_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("inside") << "images/causes.svg" << true;
        QTest::newRow("inside but missing") << "images/attract-far.svg" << false;
        QTest::newRow("parent") << "../secret.txt" << false;
        QTest::newRow("absolute") << "/etc/passwd" << false;
        QTest::newRow("empty") << "" << false;
    }

    void mediaUrlsStayInsideTheMediaRoot()
    {
        QFETCH(QString, path);
        QFETCH(bool, allowed);
        ContentStore store(nullptr);
        expectMissingMediaWarning();
        QVERIFY(store.load(m_database, m_dir.path()));
        if (path == QLatin1String("images/attract-far.svg"))
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(QStringLiteral(
                                     "interface: media file .*attract-far\\.svg not found")));
        QCOMPARE(store.mediaUrl(path).isValid(), allowed);
        QCOMPARE(store.mediaUrl(path).isValid(), allowed); // reported once, not at every use
    }

    void unusableDatabase_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: missing file
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QByteArray() << "no such file";
        QTest::newRow("garbage") << QByteArray(4096, 'x') << "not an SQLite database";
    }

    void unusableDatabase()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString file = m_dir.filePath(
            QStringLiteral("bad-%1.db").arg(QLatin1String(QTest::currentDataTag())));
        if (!content.isEmpty())
            QVERIFY(TestHelpers::writeAll(file, content));

        // Nothing showing yet: the kiosk says the exhibit is unavailable, and why.
        ContentStore store(nullptr);
        QTest::ignoreMessage(
            QtCriticalMsg,
            QRegularExpression(QRegularExpression::escape(file) + QStringLiteral(": ") + expected));
        QVERIFY(!store.load(file, m_dir.path()));
        QCOMPARE(store.status(), ContentStore::Unavailable);
        QVERIFY2(store.statusMessage().startsWith(file), qPrintable(store.statusMessage()));
        QVERIFY(store.statusMessage().contains(expected));
        QCOMPARE(store.chapters()->rowCount(), 0);
    }

    void keepsLastGoodContent()
    {
        ContentStore store(nullptr);
        expectMissingMediaWarning();
        QVERIFY(store.load(m_database, m_dir.path()));

        const QString missing = m_dir.filePath(QStringLiteral("gone.db"));
        QTest::ignoreMessage(QtCriticalMsg,
                             QRegularExpression(QStringLiteral("gone\\.db: no such file")));
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(QStringLiteral("keeping the content already showing")));
        QVERIFY(!store.load(missing, m_dir.path()));
        QCOMPARE(store.status(), ContentStore::Ready);
        QVERIFY(store.statusMessage().contains(QStringLiteral("last good content")));
        QCOMPARE(store.chapters()->rowCount(), 2);
        QCOMPARE(store.databaseFile(), m_database);
    }

    // Exhibit Studio's preview: a document shown as typed, problems and all.
    void showsADocumentAsItIs()
    {
        ContentStore store(nullptr);
        ExhibitDocument document;
        QVERIFY(loadWithDocument(store, &document));
        const QString tooLong(70, QLatin1Char('x'));
        document.chapters[1].text[QStringLiteral("en")].title = tooLong;
        QVERIFY(!ExhibitValidator::validate(document).isEmpty());

        QSignalSpy replaced(&store, &ContentStore::contentReplaced);
        expectMissingMediaWarning(); // once for the new source, not again at the next change
        store.showDocument(document, QStringLiteral("working.db (not yet saved)"),
                           QStringLiteral("draft"), m_dir.path());
        QTest::failOnWarning(QRegularExpression(QStringLiteral("background\\.svg not found")));
        store.showDocument(document, QStringLiteral("working.db (not yet saved)"),
                           QStringLiteral("draft"), m_dir.path());
        QCOMPARE(replaced.count(), 2);
        QCOMPARE(store.status(), ContentStore::Ready);
        QCOMPARE(store.contentVersion(), QStringLiteral("draft"));
        QCOMPARE(store.chapters()->index(1).data(ChapterModel::TitleRole).toString(), tooLong);
    }

    // Texts edited, the same rows: every list refreshes its rows in place
    // (views keep their delegates and scroll); rows added or removed reset it.
    void refreshesTheSameRowsInPlace()
    {
        ContentStore store(nullptr);
        ExhibitDocument document;
        QVERIFY(loadWithDocument(store, &document));
        const QList<QAbstractItemModel *> lists { store.chapters(), store.timeline(),
                                                  store.figures(), store.territoryMap() };
        QList<std::shared_ptr<QSignalSpy>> resets;
        QList<std::shared_ptr<QSignalSpy>> refreshes;
        for (QAbstractItemModel *list : lists) {
            resets.append(std::make_shared<QSignalSpy>(list, &QAbstractItemModel::modelReset));
            refreshes.append(std::make_shared<QSignalSpy>(list, &QAbstractItemModel::dataChanged));
        }
        document.chapters[1].text[QStringLiteral("en")].title = QStringLiteral("Causes, edited");
        document.timeline[0].text[QStringLiteral("en")].title = QStringLiteral("An event, edited");
        store.showDocument(document, m_database, QStringLiteral("draft"), m_dir.path());
        for (int i = 0; i < lists.size(); ++i) {
            QCOMPARE(resets.at(i)->count(), 0);
            QVERIFY(lists.at(i)->rowCount() == 0 || refreshes.at(i)->count() > 0);
        }
        QCOMPARE(store.chapters()->index(1).data(ChapterModel::TitleRole).toString(),
                 QStringLiteral("Causes, edited"));

        document.timeline.removeLast();
        store.showDocument(document, m_database, QStringLiteral("draft"), m_dir.path());
        QCOMPARE(resets.at(1)->count(), 1);
        QCOMPARE(resets.at(0)->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestContentStore)
#include "tst_contentstore.moc"
