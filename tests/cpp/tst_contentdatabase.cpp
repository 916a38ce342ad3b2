#include "content/contentdatabase.h"
#include "content/contentfile.h"
#include "content/contenttables.h"
#include "curatorrunner.h"
#include "testhelpers.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/** The content database on real SQLite files: exhibit-curator import and
 *  export, the schema's own constraints, and how bad files are refused. */
class TestContentDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CuratorRunner curator;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QString minimalJson()
    {
        return TestHelpers::dataFile(QStringLiteral("minimal-exhibit.json"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importThenExportRoundTrips()
    {
        const QString db = path(QStringLiteral("roundtrip.db"));
        QCOMPARE(curator({ QStringLiteral("import"), db, minimalJson() }), 0);
        QCOMPARE(curator({ QStringLiteral("export"), db, path(QStringLiteral("first.json")) }), 0);

        const QString db2 = path(QStringLiteral("roundtrip2.db"));
        QCOMPARE(curator({ QStringLiteral("import"), db2, path(QStringLiteral("first.json")) }), 0);
        QCOMPARE(curator({ QStringLiteral("export"), db2, QStringLiteral("-") }), 0);
        QCOMPARE(curator.out.toUtf8(), TestHelpers::readAll(path(QStringLiteral("first.json"))));
        QVERIFY(curator.out.contains(QStringLiteral("唯一一段。")));
        QVERIFY(curator.out.contains(QStringLiteral("114.345")));
    }

    void bundledExhibitRoundTrips()
    {
        const QString source = TestHelpers::sourceFile(QStringLiteral("content/exhibit.json"));
        const QString db = path(QStringLiteral("bundled.db"));
        QCOMPARE(curator({ QStringLiteral("import"), db, source }), 0);
        QCOMPARE(curator({ QStringLiteral("export"), db, QStringLiteral("-") }), 0);
        // The committed file is kept in export form, so curators diff cleanly.
        QCOMPARE(curator.out.toUtf8(), TestHelpers::readAll(source));
    }

    void readsBackWhatWasWritten()
    {
        const QString db = path(QStringLiteral("read.db"));
        QCOMPARE(curator({ QStringLiteral("import"), db, minimalJson() }), 0);
        ContentDatabase database(db, ContentDatabase::Mode::ReadOnly);
        QVERIFY2(database.open() && database.checkReadable(), qPrintable(database.error()));
        QCOMPARE(database.schemaVersion(), ContentDatabase::currentSchemaVersion);
        ExhibitDocument document;
        QString error;
        QVERIFY2(ContentTables::read(database.database(), &document, &error), qPrintable(error));
        QCOMPARE(document.chapters.size(), 2);
        QCOMPARE(document.chapters.at(0).text.value(QStringLiteral("en")).body.size(), 2);
        QCOMPARE(document.chapters.at(1).text.value(QStringLiteral("zh")).title,
                 QStringLiteral("起因"));
        QVERIFY(ExhibitValidator::validate(document).isEmpty());
    }

    void badImportLeavesDatabaseUntouched()
    {
        const QString db = path(QStringLiteral("untouched.db"));
        QCOMPARE(curator({ QStringLiteral("import"), db, minimalJson() }), 0);
        const QByteArray before = TestHelpers::readAll(db);

        QByteArray broken = TestHelpers::readAll(minimalJson());
        broken.replace("\"zh\": \"起因\"", "\"zh\": \"\"");
        const QString bad = path(QStringLiteral("bad.json"));
        QVERIFY(TestHelpers::writeAll(bad, broken));
        QCOMPARE(curator({ QStringLiteral("import"), db, bad }), 1);
        QVERIFY2(curator.err.contains(bad + QStringLiteral(":21:33: ")), qPrintable(curator.err));
        QVERIFY(
            curator.err.contains(QStringLiteral("chapters[1].title.zh: text is missing or empty")));
        QVERIFY(curator.err.contains(QStringLiteral("was not changed")));
        QCOMPARE(TestHelpers::readAll(db), before);
    }

    // The released version-1 fixture, its free-form timeline section set to
    // `timeline` (by default the minimal exhibit's events, as a version-2
    // curator could already write them) and its free-form map to `map` (by
    // default empty, as every bundled exhibit before version 4 had it), and
    // its free-form figures to `figures` (empty by default, likewise).
    QString copyOfVersion1Fixture(const QString &name, const QByteArray &timeline = {},
                                  const QByteArray &map = "{}", const QByteArray &figures = "[]")
    {
        const QString copy = path(name);
        QFile::remove(copy);
        if (!QFile::copy(TestHelpers::dataFile(QStringLiteral("content-v1.db")), copy))
            return {};
        const QJsonObject minimal
            = QJsonDocument::fromJson(TestHelpers::readAll(minimalJson())).object();
        const QByteArray json = timeline.isEmpty()
            ? QJsonDocument(minimal.value(QStringLiteral("timeline")).toArray())
                  .toJson(QJsonDocument::Compact)
            : timeline;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
            db.setDatabaseName(copy);
            QSqlQuery update(db);
            if (!db.open()
                || !update.prepare(QStringLiteral("UPDATE sections SET json = ? WHERE name = ?")))
                return {};
            for (const auto &[section, value] :
                 { std::pair { "timeline", json }, std::pair { "map", map },
                   std::pair { "figures", figures } }) {
                update.addBindValue(QString::fromUtf8(value));
                update.addBindValue(QLatin1String(section));
                if (!update.exec())
                    return {};
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
        return copy;
    }

    static QStringList schemaOf(const QString &file)
    {
        ContentDatabase database(file, ContentDatabase::Mode::ReadOnly);
        return database.open() ? database.schemaObjects() : QStringList();
    }

    void migratesVersion1Database()
    {
        const QString old = copyOfVersion1Fixture(QStringLiteral("v1.db"));
        QVERIFY(!old.isEmpty());

        // The kiosk refuses it, and says what to do.
        {
            ContentDatabase database(old, ContentDatabase::Mode::ReadOnly);
            QVERIFY(database.open());
            QVERIFY(!database.checkReadable());
            QVERIFY2(
                database.error().contains(QStringLiteral("run 'exhibit-curator migrate' on it")),
                qPrintable(database.error()));
        }

        QCOMPARE(curator({ QStringLiteral("migrate"), old }), 0);
        QVERIFY2(curator.out.contains(QStringLiteral("migrated from content schema version 1 to %1")
                                          .arg(ContentDatabase::currentSchemaVersion)),
                 qPrintable(curator.out));
        QCOMPARE(curator({ QStringLiteral("migrate"), old }), 0);
        QVERIFY(curator.out.contains(QStringLiteral("already at content schema version %1")
                                         .arg(ContentDatabase::currentSchemaVersion)));

        // Same content, and the same schema as a database made new today.
        const QString fresh = path(QStringLiteral("fresh-v2.db"));
        QFile::remove(fresh);
        QJsonObject withoutMap
            = QJsonDocument::fromJson(TestHelpers::readAll(minimalJson())).object();
        withoutMap.insert(QStringLiteral("map"), QJsonObject());
        const QString source = path(QStringLiteral("minimal-without-map.json"));
        QVERIFY(TestHelpers::writeAll(source, QJsonDocument(withoutMap).toJson()));
        QCOMPARE(curator({ QStringLiteral("import"), fresh, source }), 0);
        QCOMPARE(schemaOf(old), schemaOf(fresh));
        QCOMPARE(curator({ QStringLiteral("export"), old, QStringLiteral("-") }), 0);
        const QString migratedJson = curator.out;
        QCOMPARE(curator({ QStringLiteral("export"), fresh, QStringLiteral("-") }), 0);
        // Version 8's texts come to an old database empty, for the curator to write.
        QJsonObject expected = QJsonDocument::fromJson(curator.out.toUtf8()).object();
        QJsonArray chapters = expected.value(QStringLiteral("chapters")).toArray();
        for (QJsonValueRef chapter : chapters) {
            QJsonObject object = chapter.toObject();
            for (const QString &key :
                 { QStringLiteral("imageDescription"), QStringLiteral("inBrief") })
                object.insert(key,
                              QJsonObject { { QStringLiteral("en"), QString() },
                                            { QStringLiteral("zh"), QString() } });
            chapter = object;
        }
        expected.insert(QStringLiteral("chapters"), chapters);
        QCOMPARE(QJsonDocument::fromJson(migratedJson.toUtf8()).object(), expected);
    }

    // Sections older versions kept as free-form JSON: a timeline that is not
    // in the event shape cannot become events, and before version 4 no kiosk
    // read a map section, so a filled one has no shape to carry over. The
    // migration says so and changes nothing.
    void migrationRefusesUnconvertibleSections_data()
    {
        QTest::addColumn<QByteArray>("timeline");
        QTest::addColumn<QByteArray>("map");
        QTest::addColumn<QByteArray>("figures");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unshaped timeline")
            << QByteArray(R"([{"year": 1126, "title": "Siege"}])") << QByteArray("{}")
            << QByteArray("[]") << "the timeline section is not in the version 3 event shape";
        QTest::newRow("free-form map") << QByteArray() << QByteArray(R"({"note": "kept verbatim"})")
                                       << QByteArray("[]") << "the map section is not empty";
        QTest::newRow("free-form figures")
            << QByteArray() << QByteArray("{}") << QByteArray(R"([{"name": "Yue Fei"}])")
            << "the figures section is not empty";
    }

    void migrationRefusesUnconvertibleSections()
    {
        QFETCH(QByteArray, timeline);
        QFETCH(QByteArray, map);
        QFETCH(QByteArray, figures);
        QFETCH(QString, expected);
        const QString old
            = copyOfVersion1Fixture(QStringLiteral("v1-refused.db"), timeline, map, figures);
        QVERIFY(!old.isEmpty());
        const QByteArray before = TestHelpers::readAll(old);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("schema step failed")));
        QCOMPARE(curator({ QStringLiteral("migrate"), old }), 2);
        QVERIFY2(curator.err.contains(expected), qPrintable(curator.err));
        QCOMPARE(TestHelpers::readAll(old), before);
    }

    // A trigger in an old file neither runs during the migration nor
    // survives it: the migrated content goes into a new file.
    void migrationDoesNotCarryATrigger()
    {
        const QString old = copyOfVersion1Fixture(QStringLiteral("v1-trigger.db"));
        QVERIFY(!old.isEmpty());
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
            db.setDatabaseName(old);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral(
                         "CREATE TRIGGER rewrite AFTER INSERT ON chapter_texts BEGIN "
                         "UPDATE chapter_texts SET title = 'Hacked'; END")),
                     qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("attacker"));
        QCOMPARE(curator({ QStringLiteral("migrate"), old }), 0);
        ContentDatabase database(old, ContentDatabase::Mode::ReadOnly);
        QVERIFY(database.open() && database.checkReadable());
        QCOMPARE(database.schemaObjects(), ContentDatabase::expectedSchema());
        QCOMPARE(
            curator({ QStringLiteral("get"), old, QStringLiteral("chapters.background.title.en") }),
            0);
        QCOMPARE(curator.out.trimmed(), QStringLiteral("Background"));
    }

    void importMigratesAnOlderDatabaseFirst()
    {
        const QString old = copyOfVersion1Fixture(QStringLiteral("v1-import.db"));
        QByteArray json = TestHelpers::readAll(minimalJson());
        json.replace(
            "\"id\": \"causes\",",
            "\"id\": \"causes\", \"narration\": {\"en\": {\"audio\": \"narration/causes.en.opus\", "
            "\"captions\": \"narration/causes.en.vtt\"}},");
        const QString source = path(QStringLiteral("with-narration.json"));
        QVERIFY(TestHelpers::writeAll(source, json));
        QCOMPARE(curator({ QStringLiteral("import"), old, source }), 0);
        ContentDatabase database(old, ContentDatabase::Mode::ReadOnly);
        QVERIFY(database.open() && database.checkReadable());
        ExhibitDocument document;
        QString error;
        QVERIFY(ContentTables::read(database.database(), &document, &error));
        QCOMPARE(document.chapters.at(1).narration.value(QStringLiteral("en")).captions,
                 QStringLiteral("narration/causes.en.vtt"));
        QVERIFY(!document.chapters.at(1).narration.contains(QStringLiteral("zh")));
    }

    // Version 6 records which words a narration was made from: a version-5
    // recording's are not known, so it is never called out of date; one set
    // again afterwards is taken as made from the words as they are.
    void migratesVersion5NarrationAsOfUnknownWords()
    {
        const QString old = path(QStringLiteral("v5.db"));
        QFile::remove(old);
        QVERIFY(QFile::copy(TestHelpers::dataFile(QStringLiteral("content-v5.db")), old));
        QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(curator({ QStringLiteral("migrate"), old }), 0);
        QVERIFY2(curator.out.contains(QStringLiteral("from content schema version 5 to %1")
                                          .arg(ContentDatabase::currentSchemaVersion)),
                 qPrintable(curator.out));
        QCOMPARE(curator({ QStringLiteral("get"), old,
                           QStringLiteral("chapters.background.narration.en.audio") }),
                 0);
        QCOMPARE(curator.out.trimmed(), QStringLiteral("narration/background.en.opus"));
        QCOMPARE(curator({ QStringLiteral("get"), old,
                           QStringLiteral("chapters.background.narration.en.madeFrom") }),
                 0);
        QCOMPARE(curator.out.trimmed(), QString());

        // Set again, then the words change: out of date.
        QCOMPARE(curator({ QStringLiteral("set"), old,
                           QStringLiteral("chapters.background.narration.en.audio"),
                           QStringLiteral("narration/background.en.opus") }),
                 0);
        QCOMPARE(curator({ QStringLiteral("get"), old,
                           QStringLiteral("chapters.background.narration.en.madeFrom") }),
                 0);
        QVERIFY2(curator.out.startsWith(QLatin1String("sha256:")), qPrintable(curator.out));
        QCOMPARE(
            curator({ QStringLiteral("set"), old, QStringLiteral("chapters.background.subtitle.en"),
                      QStringLiteral("A new subtitle") }),
            0);
        ExhibitDocument document;
        QString error;
        QVERIFY2(ContentFile::read(old, &document, &error), qPrintable(error));
        const ContentProblems warnings = ExhibitValidator::warnings(document);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(document.fieldPath(warnings.first().path),
                 QStringLiteral("chapters.background.narration.en.audio"));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
        QTest::addColumn<int>("userVersion"); // for SQLite files made here
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QByteArray() << -1 << "no such file";
        QTest::newRow("garbage") << QByteArray(
            "this is not a database at all, just some text that is long enough")
                                 << -1 << "not an SQLite database";
        QTest::newRow("truncated header")
            << QByteArray("SQLite format 3\0", 16) << -1 << "not an SQLite database";
        QTest::newRow("empty SQLite file")
            << QByteArray("sqlite") << 0 << "not an exhibit content database";
        QTest::newRow("newer schema") << QByteArray("sqlite") << 99
                                      << "content schema version 99 is newer than this software";
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, userVersion);
        QFETCH(QString, expected);
        const QString file = path(QStringLiteral("refuse-%1.db")
                                      .arg(QLatin1String(QTest::currentDataTag()))
                                      .replace(QLatin1Char(' '), QLatin1Char('-')));
        if (content == "sqlite") {
            ContentDatabase made(file, ContentDatabase::Mode::ReadWrite);
            QVERIFY(made.open());
            QSqlQuery query(made.database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        } else if (!content.isEmpty()) {
            QVERIFY(TestHelpers::writeAll(file, content));
        }
        ContentDatabase database(file, ContentDatabase::Mode::ReadOnly);
        const bool ok = database.open() && database.checkReadable();
        QVERIFY(!ok);
        QVERIFY2(database.error().startsWith(file + QStringLiteral(": ")),
                 qPrintable(database.error()));
        QVERIFY2(database.error().contains(expected), qPrintable(database.error()));

        // The curator tool reports the same, with exit code 2.
        QCOMPARE(curator({ QStringLiteral("export"), file, QStringLiteral("-") }), 2);
        QVERIFY2(curator.err.contains(expected), qPrintable(curator.err));
    }

    void schemaConstraintsCatchDirectEdits_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("unknown chapter id")
            << "UPDATE chapters SET id = 'epilogue' WHERE id = 'causes'";
        QTest::newRow("absolute image") << "UPDATE chapters SET image = '/etc/passwd'";
        QTest::newRow("escaping image") << "UPDATE chapters SET image = 'images/../../x.svg'";
        // Empty texts are allowed (a language being translated): the validator refuses them.
        QTest::newRow("title too long") << "UPDATE chapter_texts SET title = hex(zeroblob(31))";
        QTest::newRow("text for unknown language")
            << "INSERT INTO chapter_texts VALUES ('causes', 'fr', 'a', 'b', 'c', 'd')";
        QTest::newRow("paragraph of unknown chapter")
            << "INSERT INTO chapter_paragraphs VALUES ('legacy', 'en', 0, 'x')";
        QTest::newRow("figure portrait outside media")
            << "INSERT INTO figures VALUES ('li-gang', 0, '/etc/passwd', '')";
        QTest::newRow("chapter link of unknown figure")
            << "INSERT INTO figure_chapters VALUES ('nobody', 'causes', 0)";
        QTest::newRow("outline not a list") << "UPDATE map_regions SET outline = '{\"a\": 1}'";
        QTest::newRow("outline of two points")
            << "UPDATE map_regions SET outline = '[[1,2],[3,4]]'";
        QTest::newRow("state colour not a colour") << "UPDATE map_states SET colour = 'red'";
        QTest::newRow("region of unknown state") << "UPDATE map_regions SET state_id = 'xia'";
        QTest::newRow("unknown feature kind") << "UPDATE map_features SET kind = 'volcano'";
        QTest::newRow("frame inside out") << "UPDATE map_frame SET west = 130";
        QTest::newRow("narration escaping media root")
            << "INSERT INTO chapter_narration VALUES ('causes', 'en', '../../x.opus', 'a.vtt')";
        QTest::newRow("narration for missing chapter text")
            << "INSERT INTO chapter_narration VALUES ('legacy', 'en', 'a.opus', 'a.vtt')";
    }

    void schemaConstraintsCatchDirectEdits()
    {
        QFETCH(QString, sql);
        const QString db = path(QStringLiteral("constraints.db"));
        QFile::remove(db);
        QCOMPARE(curator({ QStringLiteral("import"), db, minimalJson() }), 0);
        ContentDatabase database(db, ContentDatabase::Mode::ReadWrite);
        QVERIFY(database.open());
        QSqlQuery query(database.database());
        QVERIFY2(!query.exec(sql), "the schema accepted a bad edit");
    }

    void initGetSet()
    {
        const QString db = path(QStringLiteral("fields.db"));
        QFile::remove(db);
        QCOMPARE(curator({ QStringLiteral("init"), db }), 0);
        QCOMPARE(curator({ QStringLiteral("init"), db }), 2); // never overwrites
        QVERIFY(curator.err.contains(QLatin1String("already exists")));
        QCOMPARE(curator({ QStringLiteral("import"), db, minimalJson() }), 0);

        QCOMPARE(curator({ QStringLiteral("set"), db, QStringLiteral("chapters.causes.title.zh"),
                           QStringLiteral("起因") }),
                 0);
        QCOMPARE(curator({ QStringLiteral("get"), db, QStringLiteral("chapters.causes.title.zh") }),
                 0);
        QCOMPARE(curator.out, QStringLiteral("起因\n"));
        QCOMPARE(curator({ QStringLiteral("set"), db, QStringLiteral("chapters.causes.body.en"),
                           QStringLiteral("First paragraph.\n\n  Second paragraph.  ") }),
                 0);
        QCOMPARE(curator({ QStringLiteral("get"), db, QStringLiteral("chapters.causes.body.en") }),
                 0);
        QCOMPARE(curator.out, QStringLiteral("First paragraph.\n\nSecond paragraph.\n"));
        QCOMPARE(curator({ QStringLiteral("set"), db, QStringLiteral("timeline.siege.era.zh"),
                           QStringLiteral("靖康元年") }),
                 0);
        QCOMPARE(curator({ QStringLiteral("get"), db, QStringLiteral("timeline.siege.era.zh") }),
                 0);
        QCOMPARE(curator.out, QStringLiteral("靖康元年\n"));
        QCOMPARE(curator({ QStringLiteral("set"), db, QStringLiteral("timeline.siege.date"),
                           QStringLiteral("1110") }),
                 1); // out of order
        QVERIFY(curator.err.contains(
            QLatin1String("timeline.siege.date: 1110 comes before the previous event's 1120")));
        // A curator moves a border: the outline is a list of [longitude, latitude].
        const QString outline = QStringLiteral("[[100,33.5],[125,33.5],[125,45],[100,45]]");
        QCOMPARE(
            curator({ QStringLiteral("set"), db, QStringLiteral("map.1127.jin.outline"), outline }),
            0);
        QCOMPARE(curator({ QStringLiteral("get"), db, QStringLiteral("map.1127.jin.outline") }), 0);
        QCOMPARE(curator.out, outline + QLatin1Char('\n'));
        QCOMPARE(
            curator({ QStringLiteral("set"), db, QStringLiteral("map.features.kaifeng.name.zh"),
                      QStringLiteral("汴京") }),
            0);
        QCOMPARE(
            curator({ QStringLiteral("get"), db, QStringLiteral("map.features.kaifeng.name.zh") }),
            0);
        QCOMPARE(curator.out, QStringLiteral("汴京\n"));
        QCOMPARE(curator({ QStringLiteral("set"), db, QStringLiteral("exhibit.title.en"),
                           QStringLiteral("1126!") }),
                 0);
        QCOMPARE(curator({ QStringLiteral("get"), db, QStringLiteral("exhibit.title.en") }), 0);
        QCOMPARE(curator.out, QStringLiteral("1126!\n"));
    }

    void refusedSetLeavesTheFileAlone_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty title")
            << "chapters.causes.title.en"
            << "" << 1 << "chapters.causes.title.en: text is missing or empty";
        QTest::newRow("too long") << "chapters.causes.teaser.zh" << QString(200, QChar(0x957f)) << 1
                                  << "the layout allows at most 140";
        QTest::newRow("50 MB") << "chapters.causes.body.en" << QString(50 << 20, QLatin1Char('a'))
                               << 1 << "the layout allows at most 1600";
        QTest::newRow("path out of the media folder")
            << "chapters.causes.image"
            << "../../etc/passwd" << 1 << "must be a path inside the media folder";
        QTest::newRow("absolute path")
            << "chapters.causes.image"
            << "/etc/passwd" << 1 << "must be a path inside the media folder";
        QTest::newRow("unknown chapter") << "chapters.sieges.title.en"
                                         << "x" << 2 << "no chapter \"sieges\"";
        QTest::newRow("unknown language")
            << "chapters.causes.title.fr"
            << "x" << 2 << "\"fr\" is not one of the exhibit's languages";
        QTest::newRow("unknown field") << "chapters.causes.colour"
                                       << "red" << 2 << "no such field";
        QTest::newRow("outline not a list of points")
            << "map.1127.song.outline"
            << "100 28, 125 28" << 2
            << "map.1127.song.outline: expected a list of [longitude, latitude] pairs";
        QTest::newRow("outline with latitude first")
            << "map.1127.song.outline"
            << "[[28,100],[28,125],[36,125]]" << 1
            << "map.1127.song.outline[0]: [28, 100] lies outside the map";
        QTest::newRow("map year not shown") << "map.1130.title.en"
                                            << "x" << 2 << "the map shows no year \"1130\"";
        QTest::newRow("state colour")
            << "map.states.song.colour"
            << "crimson" << 1 << "map.states.song.colour: 'crimson' is not a colour";
    }

    void refusedSetLeavesTheFileAlone()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const QString db = path(QStringLiteral("refused.db"));
        QFile::remove(db);
        QCOMPARE(curator({ QStringLiteral("import"), db, minimalJson() }), 0);
        const QByteArray before = TestHelpers::readAll(db);
        QCOMPARE(curator({ QStringLiteral("set"), db, field, value }), exitCode);
        QVERIFY2(curator.err.contains(expected), qPrintable(curator.err.left(300)));
        QCOMPARE(TestHelpers::readAll(db), before);
        QCOMPARE(QDir(m_dir.path())
                     .entryList({ QStringLiteral(".refused.db*") }, QDir::Files | QDir::Hidden),
                 QStringList());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no command") << QStringList() << 2 << "no command given";
        QTest::newRow("unknown command")
            << QStringList { QStringLiteral("frobnicate") } << 2 << "unknown command 'frobnicate'";
        QTest::newRow("import without file")
            << QStringList { QStringLiteral("import"), QStringLiteral("x.db") } << 2
            << "expected DB and SOURCE.json";
        QTest::newRow("import of missing file")
            << QStringList { QStringLiteral("import"), QStringLiteral("x.db"),
                             QStringLiteral("/nonexistent.json") }
            << 2 << "/nonexistent.json: no such file";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QCOMPARE(curator(arguments), exitCode);
        QVERIFY2(curator.err.contains(expected), qPrintable(curator.err));
    }

    void helpForEveryCommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("import") << "import";
        QTest::newRow("export") << "export";
        QTest::newRow("migrate") << "migrate";
        QTest::newRow("init") << "init";
        QTest::newRow("get") << "get";
        QTest::newRow("set") << "set";
        QTest::newRow("validate") << "validate";
        QTest::newRow("publish") << "publish";
        QTest::newRow("rollback") << "rollback";
        QTest::newRow("history") << "history";
    }

    void helpForEveryCommand()
    {
        QFETCH(QString, command);
        QCOMPARE(curator({ command, QStringLiteral("--help") }), 0);
        QVERIFY(curator.out.startsWith(QStringLiteral("Usage: exhibit-curator ") + command));
    }
};

QTEST_GUILESS_MAIN(TestContentDatabase)
#include "tst_contentdatabase.moc"
