#include "content/contentdatabase.h"
#include "content/contentpublisher.h"
#include "curatorrunner.h"
#include "testhelpers.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/** Content databases made by hand, as an attacker would (in DB Browser for
 *  SQLite or Python): whatever they hold beyond the exhibit schema is
 *  refused by name, never run, and never carried into a file the curator's
 *  tool writes or publishes. */
class TestUntrustedContent : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CuratorRunner curator;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A good database of the minimal exhibit, then `sql` run on it through a
    // plain connection (no defensive mode: anything SQLite allows).
    QString handMade(const QString &name, const QStringList &sql)
    {
        const QString file = path(name);
        QFile::remove(file);
        if (curator({ QStringLiteral("import"), file,
                      TestHelpers::dataFile(QStringLiteral("minimal-exhibit.json")) })
            != 0)
            return {};
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
            db.setDatabaseName(file);
            if (!db.open())
                return {};
            QSqlQuery query(db);
            for (const QString &statement : sql) {
                if (!query.exec(statement)) {
                    qWarning() << statement << query.lastError().text();
                    return {};
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("attacker"));
        return file;
    }

    static QString chapterTitle(const QString &file)
    {
        CuratorRunner reader;
        reader({ QStringLiteral("get"), file, QStringLiteral("chapters.background.title.en") });
        return reader.out.trimmed();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void refusedByName_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("trigger") << QStringList {
            QStringLiteral("CREATE TRIGGER rewrite AFTER INSERT ON chapter_texts BEGIN "
                           "UPDATE chapter_texts SET title = 'x<img "
                           "src=\"http://127.0.0.1/t.png\">' WHERE rowid = new.rowid; END")
        } << "holds trigger rewrite, which is not part of the exhibit schema";
        // An endless recursive view standing in for a table.
        QTest::newRow("endless view")
            << QStringList { QStringLiteral("PRAGMA foreign_keys = OFF"),
                             QStringLiteral("PRAGMA legacy_alter_table = ON"),
                             QStringLiteral("ALTER TABLE languages RENAME TO real_languages"),
                             QStringLiteral("CREATE VIEW languages AS WITH RECURSIVE n(i) AS "
                                            "(SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                                            "SELECT 'en' AS code, i AS position FROM n") }
            << "holds view languages, which is not part of the exhibit schema";
        QTest::newRow("huge view")
            << QStringList { QStringLiteral("PRAGMA foreign_keys = OFF"),
                             QStringLiteral("PRAGMA legacy_alter_table = ON"),
                             QStringLiteral("ALTER TABLE chapter_texts RENAME TO t"),
                             QStringLiteral("CREATE VIEW chapter_texts AS SELECT chapter_id, "
                                            "language, printf('%.*c', 400000000, 'x') AS title, "
                                            "subtitle, teaser, image_caption FROM t") }
            << "holds view chapter_texts, which is not part of the exhibit schema";
        QTest::newRow("extra table")
            << QStringList { QStringLiteral("CREATE TABLE notes (text TEXT)") }
            << "holds table notes, which is not part of the exhibit schema";
        QTest::newRow("table without its checks")
            << QStringList { QStringLiteral("PRAGMA writable_schema = ON"),
                             QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, '<= 60)', "
                                            "'<= 600000000)') "
                                            "WHERE name = 'chapter_texts'") }
            << "table chapter_texts is not as the exhibit schema makes it";
        QTest::newRow("index missing")
            << QStringList { QStringLiteral("DROP TABLE figure_chapters") }
            << "table figure_chapters is missing";
    }

    void refusedByName()
    {
        QFETCH(QStringList, sql);
        QFETCH(QString, expected);
        const QString file = handMade(
            QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentDataTag())
                                            .replace(QLatin1Char(' '), QLatin1Char('-'))),
            sql);
        QVERIFY(!file.isEmpty());
        const QByteArray before = TestHelpers::readAll(file);

        QCOMPARE(curator({ QStringLiteral("validate"), file }), 2);
        QVERIFY2(curator.err.contains(file + QStringLiteral(": "))
                     && curator.err.contains(expected),
                 qPrintable(curator.err));
        QCOMPARE(curator({ QStringLiteral("export"), file, QStringLiteral("-") }), 2);
        QVERIFY2(curator.err.contains(expected), qPrintable(curator.err));
        const QString live = path(QStringLiteral("live-%1.db")
                                      .arg(QString::fromLatin1(QTest::currentDataTag())
                                               .replace(QLatin1Char(' '), QLatin1Char('-'))));
        QCOMPARE(curator({ QStringLiteral("publish"), file, live, QStringLiteral("--media"),
                           TestHelpers::sourceFile(QStringLiteral("media")) }),
                 2);
        QVERIFY2(curator.err.contains(expected), qPrintable(curator.err));
        QVERIFY(!QFile::exists(live));
        QCOMPARE(TestHelpers::readAll(file), before);
    }

    // Importing a clean exhibit over a file with a trigger builds a new file:
    // the trigger neither fires nor survives, and the result publishes clean.
    void importDoesNotCarryATrigger()
    {
        const QString file = handMade(
            QStringLiteral("trigger-import.db"),
            { QStringLiteral(
                "CREATE TRIGGER rewrite AFTER INSERT ON chapter_texts BEGIN "
                "UPDATE chapter_texts SET title = 'Hacked' WHERE rowid = new.rowid; END") });
        QVERIFY(!file.isEmpty());
        QCOMPARE(curator({ QStringLiteral("import"), file,
                           TestHelpers::dataFile(QStringLiteral("minimal-exhibit.json")) }),
                 0);
        QCOMPARE(curator({ QStringLiteral("validate"), file, QStringLiteral("--media"),
                           TestHelpers::sourceFile(QStringLiteral("media")) }),
                 0);
        QCOMPARE(chapterTitle(file), QStringLiteral("Background"));
        ContentDatabase database(file, ContentDatabase::Mode::ReadOnly);
        QVERIFY(database.open());
        QCOMPARE(database.schemaObjects(), ContentDatabase::expectedSchema());
    }

    // set reads the file first, so it refuses one with a trigger, by name.
    void setRefusesATrigger()
    {
        const QString file = handMade(
            QStringLiteral("trigger-set.db"),
            { QStringLiteral("CREATE TRIGGER rewrite AFTER UPDATE ON chapter_texts BEGIN "
                             "UPDATE chapter_texts SET title = 'Hacked'; END") });
        QVERIFY(!file.isEmpty());
        const QByteArray before = TestHelpers::readAll(file);
        QCOMPARE(
            curator({ QStringLiteral("set"), file,
                      QStringLiteral("chapters.background.subtitle.en"), QStringLiteral("New") }),
            2);
        QVERIFY2(curator.err.contains(QLatin1String("holds trigger rewrite")),
                 qPrintable(curator.err));
        QCOMPARE(TestHelpers::readAll(file), before);
    }

    // A value longer than any content needs, in a file whose schema text is
    // the exhibit's (its checks lifted, the value written, the text put back).
    void hugeValueRefusedWithItsTable()
    {
        const QString file
            = handMade(QStringLiteral("huge-value.db"),
                       {
                           QStringLiteral("PRAGMA writable_schema = ON"),
                           QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, '<= 140)', "
                                          "'<= 600000000)') "
                                          "WHERE name = 'chapter_texts'"),
                       });
        QVERIFY(!file.isEmpty());
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral(
                         "UPDATE chapter_texts SET teaser = printf('%.*c', 20000000, 'x')")),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.exec(QStringLiteral("PRAGMA writable_schema = ON")));
            QVERIFY(query.exec(
                QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, '<= 600000000)', "
                               "'<= 140)') WHERE name = 'chapter_texts'")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("attacker"));
        QCOMPARE(curator({ QStringLiteral("validate"), file }), 2);
        QVERIFY2(curator.err.contains(file)
                     && curator.err.contains(
                         QLatin1String("table chapter_texts: string or blob too big")),
                 qPrintable(curator.err));
    }

    void oversizedFileRefused()
    {
        const QString file = handMade(QStringLiteral("oversized.db"), {});
        QVERIFY(!file.isEmpty());
        QVERIFY(QFile::resize(file, ContentDatabase::maxFileBytes + 1)); // sparse: costs no disk
        QCOMPARE(curator({ QStringLiteral("validate"), file }), 2);
        QVERIFY2(curator.err.contains(
                     file + QStringLiteral(": is 256 MB; a content database is at most 256 MB")),
                 qPrintable(curator.err));
    }

    // Whatever a file makes SQLite do, it stops when the time budget ends.
    void aStatementStopsAtTheDeadline()
    {
        const QString file = handMade(QStringLiteral("deadline.db"), {});
        ContentDatabase database(file, ContentDatabase::Mode::ReadOnly);
        database.setTimeBudget(200);
        QVERIFY(database.open());
        QSqlQuery query(database.database());
        QVERIFY(!query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + "
                                           "1 FROM n) SELECT count(*) FROM n")));
        QVERIFY(database.timedOut());
        QVERIFY2(database.readProblem(query.lastError().text())
                     .contains(QLatin1String("took longer than 0.2 s")),
                 qPrintable(database.readProblem(query.lastError().text())));
    }
};

QTEST_GUILESS_MAIN(TestUntrustedContent)
#include "tst_untrustedcontent.moc"
