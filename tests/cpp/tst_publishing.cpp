#include "content/contentpublisher.h"
#include "curatorrunner.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

/** Publishing content to kiosks, on real files: validate, publish, history,
 *  rollback; a publish refused for bad content, an unreadable source or a
 *  read-only target changes nothing; and the real exhibit-curator killed
 *  with SIGKILL in the middle of a publish leaves the old live file or the
 *  new one, whole, never a mixture. */
class TestPublishing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CuratorRunner curator;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString media() const { return TestHelpers::sourceFile(QStringLiteral("media")); }

    // A database from the minimal exhibit with one text changed, so that
    // versions differ.
    QString makeDatabase(const QString &name, const QString &title, int bulkMegabytes = 0)
    {
        QJsonObject json = QJsonDocument::fromJson(TestHelpers::readAll(TestHelpers::dataFile(
                                                       QStringLiteral("minimal-exhibit.json"))))
                               .object();
        QJsonArray chapters = json.value(QStringLiteral("chapters")).toArray();
        QJsonObject first = chapters.at(0).toObject();
        QJsonObject titles = first.value(QStringLiteral("title")).toObject();
        titles.insert(QStringLiteral("en"), title);
        first.insert(QStringLiteral("title"), titles);
        if (bulkMegabytes
            > 0) { // bulk, so that copying takes a while: paragraphs of 1,500 characters
            QJsonObject body = first.value(QStringLiteral("body")).toObject();
            QJsonArray paragraphs = body.value(QStringLiteral("en")).toArray();
            for (int i = 0; i < bulkMegabytes * 700; ++i)
                paragraphs.append(QString(1500, QLatin1Char('x')));
            body.insert(QStringLiteral("en"), paragraphs);
            first.insert(QStringLiteral("body"), body);
        }
        chapters.replace(0, first);
        json.insert(QStringLiteral("chapters"), chapters);
        const QString source = path(name + QStringLiteral(".json"));
        [&] { QVERIFY(TestHelpers::writeAll(source, QJsonDocument(json).toJson())); }();
        QFile::remove(path(name));
        [&] {
            QVERIFY2(curator({ QStringLiteral("import"), path(name), source }) == 0,
                     qPrintable(curator.err));
        }();
        return path(name);
    }

    static bool isWholeDatabase(const QString &file)
    {
        const QString connection
            = QStringLiteral("check-%1").arg(QRandomGenerator::global()->generate());
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(file);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QSqlQuery query(db);
            ok = db.open() && query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()
                && query.value(0).toString() == QLatin1String("ok");
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void publishHistoryRollback()
    {
        const QString live = path(QStringLiteral("live/content.db"));
        const QString first
            = makeDatabase(QStringLiteral("first.db"), QStringLiteral("Background"));
        const QString second
            = makeDatabase(QStringLiteral("second.db"), QStringLiteral("The background"));

        QCOMPARE(curator({ QStringLiteral("validate"), first, QStringLiteral("--media"), media() }),
                 0);
        QVERIFY(curator.out.contains(QLatin1String(": ok (2 chapters")));

        QCOMPARE(
            curator({ QStringLiteral("publish"), first, live, QStringLiteral("--media"), media() }),
            0);
        QVERIFY(curator.out.startsWith(QLatin1String("Published ")));
        QVERIFY(isWholeDatabase(live));
        const QString firstHash = ContentPublisher::sha256(live);
        QVERIFY(curator.out.contains(firstHash.left(12)));

        QCOMPARE(curator({ QStringLiteral("publish"), second, live, QStringLiteral("--media"),
                           media(), QStringLiteral("--who"), QStringLiteral("Li Qingzhao"),
                           QStringLiteral("--note"),
                           QStringLiteral("Battles: the\tdates of\nboth sieges") }),
                 0);
        const QString secondHash = ContentPublisher::sha256(live);
        QVERIFY(secondHash != firstHash);

        // Who and why, each note on one line.
        QCOMPARE(curator({ QStringLiteral("history"), live }), 0);
        QStringList lines = curator.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 3, qPrintable(curator.out + curator.err));
        QVERIFY(lines.at(1).contains(firstHash.left(12) + QStringLiteral("  published")));
        QVERIFY2(lines.at(2).contains(secondHash.left(12) + QStringLiteral("  published  ")),
                 qPrintable(lines.at(2)));
        QVERIFY2(lines.at(2).endsWith(
                     QStringLiteral("Li Qingzhao  Battles: the dates of both sieges  <- live")),
                 qPrintable(lines.at(2)));

        QCOMPARE(curator({ QStringLiteral("rollback"), live, QStringLiteral("--note"),
                           QStringLiteral("the old dates were right") }),
                 0);
        QVERIFY(curator.out.contains(QLatin1String("back from version 2 to version 1")));
        QCOMPARE(ContentPublisher::sha256(live), firstHash);
        QCOMPARE(curator({ QStringLiteral("history"), live }), 0);
        QVERIFY2(curator.out.contains(QLatin1String("rolled back from 2")),
                 qPrintable(curator.out));
        QVERIFY(curator.out.contains(QLatin1String("the old dates were right  <- live")));

        // Nothing before the first version.
        QCOMPARE(curator({ QStringLiteral("rollback"), live }), 2);
        QVERIFY(curator.err.contains(QLatin1String("version 1 is the first published version")));
        QCOMPARE(ContentPublisher::sha256(live), firstHash);
    }

    // A history written before who and note were kept reads as it did.
    void anOlderHistoryStillReads()
    {
        const QString live = path(QStringLiteral("old-history.db"));
        QVERIFY(QDir().mkpath(live + QStringLiteral(".versions")));
        QVERIFY(
            TestHelpers::writeAll(live + QStringLiteral(".versions/history.tsv"),
                                  "# version\tpublished (UTC)\tSHA-256\tevent\n"
                                  "1\t2026-11-02T09:00:00Z\tabcdef\tpublished\n"
                                  "2\t2026-11-03T09:00:00Z\t012345\tpublished\tYue\tnew map\n"));
        QString error;
        const QList<ContentPublisher::Entry> entries = ContentPublisher(live).history(&error);
        QCOMPARE(error, QString());
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).who, QString());
        QCOMPARE(entries.at(1).who, QStringLiteral("Yue"));
        QCOMPARE(entries.at(1).note, QStringLiteral("new map"));
    }

    void refusedPublishChangesNothing_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("media missing") << "media" << 1 << "chapters.background.image: ";
        QTest::newRow("not SQLite") << "garbage" << 2 << "not an SQLite database";
        QTest::newRow("newer schema") << "newer" << 2 << "newer";
        QTest::newRow("same file as live") << "same" << 2 << "DB and LIVE are the same file";
    }

    void refusedPublishChangesNothing()
    {
        QFETCH(QString, problem);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const QString live = path(QStringLiteral("refused/content.db"));
        QFile::remove(live);
        QCOMPARE(curator({ QStringLiteral("publish"),
                           makeDatabase(QStringLiteral("good.db"), QStringLiteral("Good")), live,
                           QStringLiteral("--media"), media() }),
                 0);
        const QByteArray before = TestHelpers::readAll(live);

        QString source = makeDatabase(QStringLiteral("candidate.db"), QStringLiteral("Candidate"));
        QString mediaRoot = media();
        if (problem == QLatin1String("media")) {
            mediaRoot = path(QStringLiteral("empty-media"));
            QDir().mkpath(mediaRoot);
        } else if (problem == QLatin1String("garbage")) {
            QVERIFY(TestHelpers::writeAll(source, QByteArray(4096, 'g')));
        } else if (problem == QLatin1String("newer")) {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(source);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        } else if (problem == QLatin1String("same")) {
            source = live;
        }
        QCOMPARE(curator({ QStringLiteral("publish"), source, live, QStringLiteral("--media"),
                           mediaRoot }),
                 exitCode);
        QVERIFY2(curator.err.contains(expected), qPrintable(curator.err));
        QCOMPARE(TestHelpers::readAll(live), before);
    }

    void readOnlyTarget()
    {
        // As root every folder is writable, so use a read-only file system.
        QString live = QStringLiteral("/sys/exhibit-kiosk-test/content.db");
        if (::geteuid() != 0) {
            QVERIFY(QDir().mkpath(path(QStringLiteral("readonly"))));
            QFile::setPermissions(path(QStringLiteral("readonly")),
                                  QFile::ReadOwner | QFile::ExeOwner);
            live = path(QStringLiteral("readonly/content.db"));
        }
        QCOMPARE(curator({ QStringLiteral("publish"),
                           makeDatabase(QStringLiteral("ro.db"), QStringLiteral("RO")), live,
                           QStringLiteral("--media"), media() }),
                 2);
        QVERIFY2(curator.err.contains(live) && curator.err.contains(QLatin1String("is unchanged")),
                 qPrintable(curator.err));
        QVERIFY(!QFile::exists(live));
    }

    // A publish killed between creating its lock file and writing its process
    // id in it leaves a lock nobody can check the owner of: the next publish
    // takes it over rather than refusing for half a minute.
    void aLockLeftByAKilledPublishIsTakenOver_data()
    {
        QTest::addColumn<QByteArray>("lockText");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x01\x02not a lock\n");
        QTest::newRow("a process that has ended") << QByteArray("2147483000\nexhibit-curator\n")
                + QSysInfo::machineHostName().toUtf8() + '\n';
    }

    void aLockLeftByAKilledPublishIsTakenOver()
    {
        QFETCH(QByteArray, lockText);
        const QString live = path(QStringLiteral("stale-lock/content.db"));
        QVERIFY(QDir().mkpath(live + QStringLiteral(".versions")));
        QVERIFY(TestHelpers::writeAll(live + QStringLiteral(".versions/publish.lock"), lockText));
        ContentPublisher publisher(live);
        int version = 0;
        QString error;
        QVERIFY2(publisher.publish(
                     makeDatabase(QStringLiteral("stale-lock.db"), QStringLiteral("Stale")),
                     &version, &error),
                 qPrintable(error));
        QVERIFY(version >= 1);
    }

    // ...but a publish that is running keeps its lock, however long it takes.
    void aRunningPublishHoldsOthersOff()
    {
        const QString live = path(QStringLiteral("held-lock/content.db"));
        const QString lockPath = live + QStringLiteral(".versions/publish.lock");
        QVERIFY(QDir().mkpath(live + QStringLiteral(".versions")));
        QLockFile running(lockPath);
        QVERIFY(running.tryLock());
        QFile lockFile(lockPath);
        QVERIFY(lockFile.open(QIODevice::ReadWrite));
        QVERIFY(lockFile.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                                     QFileDevice::FileModificationTime));
        lockFile.close();
        ContentPublisher publisher(live);
        int version = 0;
        QString error;
        QVERIFY(
            !publisher.publish(makeDatabase(QStringLiteral("held-lock.db"), QStringLiteral("Held")),
                               &version, &error));
        QVERIFY2(error.contains(QLatin1String("another publish or rollback is running")),
                 qPrintable(error));
        QVERIFY(!QFile::exists(live));
    }

    // A shared publish folder: someone plants symbolic links where earlier
    // releases wrote their temporary copies (a predictable name: the process
    // id), aimed at a file of their choosing. The publish writes only in a
    // private folder of its own; the victim file is untouched.
    void aPlantedLinkDoesNotRedirectThePublish()
    {
        const QString live = path(QStringLiteral("planted/content.db"));
        QVERIFY(QDir().mkpath(live + QStringLiteral(".versions")));
        const QString victim = path(QStringLiteral("planted-victim.txt"));
        QVERIFY(TestHelpers::writeAll(victim, "precious\n"));
        const QString pid = QString::number(QCoreApplication::applicationPid());
        for (const QString &planted :
             { path(QStringLiteral("planted/.content.db.publishing-")) + pid,
               live + QStringLiteral(".versions/.0001.db.publishing-") + pid })
            QVERIFY(QFile::link(victim, planted));
        ContentPublisher publisher(live);
        int version = 0;
        QString error;
        QVERIFY2(
            publisher.publish(makeDatabase(QStringLiteral("planted.db"), QStringLiteral("Planted")),
                              &version, &error),
            qPrintable(error));
        QCOMPARE(version, 1);
        QCOMPARE(TestHelpers::readAll(victim), QByteArray("precious\n"));
        QVERIFY(QFileInfo(live).isFile() && !QFileInfo(live).isSymLink());
        QCOMPARE(ContentPublisher::sha256(live),
                 ContentPublisher::sha256(live + QStringLiteral(".versions/0001.db")));
        // Nothing of the publish's own is left behind, and the links are cleared away.
        QCOMPARE(
            QDir(path(QStringLiteral("planted")))
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
            (QStringList { QStringLiteral("content.db"), QStringLiteral("content.db.versions") }));
    }

    // A publish killed after storing its version file but before recording it
    // in the history: the next publish takes the number after it, never
    // overwriting a stored version.
    void aVersionStoredButNotRecordedIsNotReused()
    {
        const QString live = path(QStringLiteral("unrecorded/content.db"));
        ContentPublisher publisher(live);
        int version = 0;
        QString error;
        QVERIFY2(publisher.publish(
                     makeDatabase(QStringLiteral("unrecorded-1.db"), QStringLiteral("One")),
                     &version, &error),
                 qPrintable(error));
        QCOMPARE(version, 1);
        const QString orphan = live + QStringLiteral(".versions/0002.db");
        QVERIFY(QFile::copy(live, orphan));
        QVERIFY2(publisher.publish(
                     makeDatabase(QStringLiteral("unrecorded-3.db"), QStringLiteral("Three")),
                     &version, &error),
                 qPrintable(error));
        QCOMPARE(version, 3);
        QCOMPARE(ContentPublisher::sha256(orphan),
                 ContentPublisher::sha256(live + QStringLiteral(".versions/0001.db")));
        QCOMPARE(ContentPublisher::sha256(live),
                 ContentPublisher::sha256(live + QStringLiteral(".versions/0003.db")));
    }

    // The real binary, killed at random moments while it checks and copies 24 MB.
    void killedPublishLeavesOldOrNew()
    {
        const QString program = qEnvironmentVariable("EXHIBIT_CURATOR");
        if (program.isEmpty())
            QSKIP("EXHIBIT_CURATOR (the exhibit-curator binary) is not set");
        const QString live = path(QStringLiteral("killed/content.db"));
        const QString oldDb = makeDatabase(QStringLiteral("old.db"), QStringLiteral("Old"), 24);
        const QString newDb = makeDatabase(QStringLiteral("new.db"), QStringLiteral("New"), 24);
        // Publishing the same database gives the same bytes, so the live file
        // may only ever be one of these two.
        QCOMPARE(
            curator({ QStringLiteral("publish"), newDb, live, QStringLiteral("--media"), media() }),
            0);
        const QString newHash = ContentPublisher::sha256(live);
        QCOMPARE(
            curator({ QStringLiteral("publish"), oldDb, live, QStringLiteral("--media"), media() }),
            0);
        const QString oldHash = ContentPublisher::sha256(live);
        QVERIFY(oldHash != newHash);

        int killedMidway = 0;
        for (int round = 0; round < 12; ++round) {
            QProcess publish;
            publish.start(program,
                          { QStringLiteral("publish"), round % 2 == 0 ? newDb : oldDb, live,
                            QStringLiteral("--media"), media() });
            QVERIFY(publish.waitForStarted());
            QTest::qWait(QRandomGenerator::global()->bounded(
                20, 1600)); // a whole publish takes about 1.2 s here
            if (publish.state() == QProcess::Running) {
                ::kill(pid_t(publish.processId()), SIGKILL);
                ++killedMidway;
            }
            publish.waitForFinished();
            QVERIFY2(
                isWholeDatabase(live),
                qPrintable(QStringLiteral("round %1: live is not a whole database").arg(round)));
            const QString hash = ContentPublisher::sha256(live);
            QVERIFY2(hash == oldHash || hash == newHash,
                     qPrintable(QStringLiteral("round %1: live is neither version").arg(round)));
        }
        qInfo() << "killed" << killedMidway
                << "of 12 publishes midway; the live file was whole every time";
        // A later publish cleans up whatever a killed one left.
        QVERIFY2(
            curator({ QStringLiteral("publish"), newDb, live, QStringLiteral("--media"), media() })
                == 0,
            qPrintable(curator.err));
        const QStringList leftovers
            = QDir(path(QStringLiteral("killed"))).entryList(QDir::Files | QDir::Hidden)
            + QDir(path(QStringLiteral("killed/content.db.versions")))
                  .entryList({ QStringLiteral(".*") }, QDir::Files | QDir::Hidden);
        QCOMPARE(leftovers, QStringList { QStringLiteral("content.db") });
    }
};

QTEST_GUILESS_MAIN(TestPublishing)
#include "tst_publishing.moc"
