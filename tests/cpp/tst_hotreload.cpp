#include "config/kioskconfig.h"
#include "content/contentpublisher.h"
#include "controllers/navigationcontroller.h"
#include "curatorrunner.h"
#include "kiosk/kioskservices.h"
#include "models/contentstore.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlEngine>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

/** A running kiosk (its real services) and a curator publishing new content
 *  to its live database: a new version is loaded at once on the attract
 *  screen and only after the visit otherwise; a corrupt file, a file from a
 *  newer schema or a missing file leave the last good content showing and
 *  say why. */
class TestHotReload : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CuratorRunner curator;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString live() const { return path(QStringLiteral("live/content.db")); }

    // Publishes the minimal exhibit with the first chapter titled `title`.
    void publish(const QString &title)
    {
        QJsonObject json = QJsonDocument::fromJson(TestHelpers::readAll(TestHelpers::dataFile(
                                                       QStringLiteral("minimal-exhibit.json"))))
                               .object();
        QJsonArray chapters = json.value(QStringLiteral("chapters")).toArray();
        QJsonObject first = chapters.at(0).toObject();
        first.insert(
            QStringLiteral("title"),
            QJsonObject { { QStringLiteral("en"), title }, { QStringLiteral("zh"), title } });
        chapters.replace(0, first);
        json.insert(QStringLiteral("chapters"), chapters);
        QVERIFY(
            TestHelpers::writeAll(path(QStringLiteral("work.json")), QJsonDocument(json).toJson()));
        QFile::remove(path(QStringLiteral("work.db")));
        QCOMPARE(curator({ QStringLiteral("import"), path(QStringLiteral("work.db")),
                           path(QStringLiteral("work.json")) }),
                 0);
        QVERIFY2(
            curator({ QStringLiteral("publish"), path(QStringLiteral("work.db")), live(),
                      QStringLiteral("--media"), TestHelpers::sourceFile(QStringLiteral("media")) })
                == 0,
            qPrintable(curator.err));
    }

    // Puts a file in place as a sync tool would (whole, by rename), bypassing publish's checks.
    void replaceLiveWith(const QByteArray &bytes)
    {
        QVERIFY(TestHelpers::writeAll(path(QStringLiteral("incoming.db")), bytes));
        QString error;
        QVERIFY2(ContentPublisher::replaceAtomically(path(QStringLiteral("incoming.db")), live(),
                                                     &error),
                 qPrintable(error));
    }

    static QString firstTitle(KioskServices &services)
    {
        const ChapterModel *chapters = services.content()->chapters();
        return chapters->data(chapters->index(0), ChapterModel::TitleRole).toString();
    }

    KioskConfig config() const
    {
        KioskConfig config = KioskConfig::defaults();
        config.setValue(ConfigKey::ContentDatabase, live());
        return config;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void newVersionWaitsForTheVisitToEnd()
    {
        publish(QStringLiteral("First"));
        QQmlEngine engine;
        KioskServices services(config(), &engine);
        services.loadContent();
        QCOMPARE(firstTitle(services), QStringLiteral("First"));

        // On the attract screen: loaded as soon as it is in place.
        publish(QStringLiteral("Second"));
        QTRY_COMPARE_WITH_TIMEOUT(firstTitle(services), QStringLiteral("Second"), 10000);
        QCOMPARE(services.content()->contentVersion(), ContentPublisher::sha256(live()).left(12));

        // During a visit: nothing changes under the visitor's finger...
        services.navigation()->begin();
        services.navigation()->openChapter(0);
        publish(QStringLiteral("Third"));
        QTest::qWait(3000);
        QCOMPARE(firstTitle(services), QStringLiteral("Second"));
        QCOMPARE(services.navigation()->screen(), NavigationController::ChapterScreen);
        // ...until the visit ends.
        services.navigation()->reset();
        QCOMPARE(firstTitle(services), QStringLiteral("Third"));
    }

    // The admin panel's reload (or a publish) while a load runs is not lost:
    // it runs as soon as that load ends.
    void aLoadAskedForDuringALoadRunsAfterIt()
    {
        publish(QStringLiteral("First"));
        QQmlEngine engine;
        KioskServices services(config(), &engine);
        bool askedDuringTheLoad = false;
        // Runs in the event loop that keeps the screen answering while the
        // first load reads on its worker thread.
        QTimer::singleShot(0, &services, [&] {
            publish(QStringLiteral("Second"));
            askedDuringTheLoad = true;
            services.loadContent();
        });
        services.loadContent();
        QVERIFY(askedDuringTheLoad);
        QCOMPARE(firstTitle(services), QStringLiteral("Second"));
        QCOMPARE(services.content()->contentVersion(), ContentPublisher::sha256(live()).left(12));
    }

    void badFilesKeepTheLastGoodContent_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not SQLite") << "garbage"
                                    << "not an SQLite database";
        QTest::newRow("truncated") << "truncated"
                                   << "content.db";
        QTest::newRow("newer schema") << "newer"
                                      << "newer";
        QTest::newRow("deleted") << "deleted"
                                 << "no such file";
    }

    void badFilesKeepTheLastGoodContent()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        publish(QStringLiteral("Good"));
        QQmlEngine engine;
        KioskServices services(config(), &engine);
        services.loadContent();
        const QString goodVersion = services.content()->contentVersion();

        if (damage == QLatin1String("garbage")) {
            replaceLiveWith(QByteArray(8192, '\x5a'));
        } else if (damage == QLatin1String("truncated")) {
            replaceLiveWith(TestHelpers::readAll(live()).left(4096));
        } else if (damage == QLatin1String("newer")) {
            QFile::copy(live(), path(QStringLiteral("newer.db")));
            {
                QSqlDatabase db
                    = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
                db.setDatabaseName(path(QStringLiteral("newer.db")));
                QVERIFY(db.open());
                QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("newer"));
            replaceLiveWith(TestHelpers::readAll(path(QStringLiteral("newer.db"))));
            QFile::remove(path(QStringLiteral("newer.db")));
        } else {
            QVERIFY(QFile::remove(live()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!services.content()->statusMessage().isEmpty(), 10000);
        QCOMPARE(services.content()->status(), ContentStore::Ready);
        QCOMPARE(firstTitle(services), QStringLiteral("Good"));
        QCOMPARE(services.content()->contentVersion(), goodVersion);
        QVERIFY2(services.content()->statusMessage().startsWith(
                     QLatin1String("Showing the last good content"))
                     && services.content()->statusMessage().contains(expected),
                 qPrintable(services.content()->statusMessage()));
        QCOMPARE(services.navigation()->screen(), NavigationController::AttractScreen);

        // The next good version is taken, and the message goes.
        publish(QStringLiteral("Fixed"));
        QTRY_COMPARE_WITH_TIMEOUT(firstTitle(services), QStringLiteral("Fixed"), 10000);
        QVERIFY(services.content()->statusMessage().isEmpty());
    }

    // A kiosk restarted while its database is bad (a crash restart after a
    // bad direct edit) starts with the copy of the last good content.
    void restartWithABadDatabaseShowsTheLastGoodCopy()
    {
        KioskConfig withCopy = config();
        withCopy.setValue(ConfigKey::LastGoodCopy, path(QStringLiteral("state/last-good.db")));
        publish(QStringLiteral("Kept"));
        {
            QQmlEngine engine;
            KioskServices services(withCopy, &engine);
            services.loadContent();
            QCOMPARE(firstTitle(services), QStringLiteral("Kept"));
        }
        QVERIFY(QFile::exists(path(QStringLiteral("state/last-good.db"))));
        replaceLiveWith(QByteArray(8192, '\x5a'));

        QTest::ignoreMessage(QtCriticalMsg,
                             QRegularExpression(QStringLiteral("not an SQLite database")));
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(QStringLiteral("showing the last good content, saved in")));
        QQmlEngine restartedEngine;
        KioskServices restarted(withCopy, &restartedEngine);
        restarted.loadContent();
        QCOMPARE(restarted.content()->status(), ContentStore::Ready);
        QCOMPARE(firstTitle(restarted), QStringLiteral("Kept"));
        QVERIFY2(restarted.content()->statusMessage().startsWith(
                     QLatin1String("Showing the last good content (a saved copy); "))
                     && restarted.content()->statusMessage().contains(
                         QLatin1String("not an SQLite database")),
                 qPrintable(restarted.content()->statusMessage()));
        QCOMPARE(restarted.navigation()->screen(), NavigationController::AttractScreen);

        // A good database in place again is taken, and becomes the new copy.
        publish(QStringLiteral("Fresh"));
        QTRY_COMPARE_WITH_TIMEOUT(firstTitle(restarted), QStringLiteral("Fresh"), 10000);
        QVERIFY(restarted.content()->statusMessage().isEmpty());
        QCOMPARE(ContentPublisher::sha256(path(QStringLiteral("state/last-good.db"))),
                 ContentPublisher::sha256(live()));
    }
};

QTEST_GUILESS_MAIN(TestHotReload)
#include "tst_hotreload.moc"
