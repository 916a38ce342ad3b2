#include "content/contentfields.h"
#include "content/contentfile.h"
#include "studio/draftfile.h"
#include "studio/studiodocument.h"
#include "studio/workingcopy.h"
#include "studiofixture.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

/** Exhibit Studio's document on real content databases: edits saved at once
 *  (a draft at every keystroke, the working copy once the rules hold), undo
 *  and redo, problems by field path, what was typed back after the studio
 *  stopped without saving, and files it must not edit refused unchanged. */
class TestStudioDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workingCopy;
    const QString m_title = QStringLiteral("exhibit.title.en");

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // What the database file itself holds (a draft beside it aside).
    static QString savedField(const QString &fileName, const QString &field)
    {
        ExhibitDocument saved;
        QString value;
        QString error;
        if (!ContentFile::read(fileName, &saved, &error)
            || !ContentFields::get(saved, field, &value, &error))
            qWarning() << error;
        return value;
    }

    static void sql(const QString &fileName, const QString &statement)
    {
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version"));
            db.setDatabaseName(fileName);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(statement));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("version"));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_workingCopy = path(QStringLiteral("working.db"));
        QString error;
        QVERIFY2(
            StudioFixture::writeWorkingCopy(m_workingCopy, StudioFixture::bundledExhibit(), &error),
            qPrintable(error));
    }

    void anEditIsSavedAndUndoable()
    {
        StudioDocument document;
        QString message;
        QCOMPARE(document.open(m_workingCopy, &message), StudioDocument::Opened::Yes);
        const QString before = document.field(m_title);
        QVERIFY(!before.isEmpty());
        QSignalSpy changed(&document, &StudioDocument::fieldChanged);

        QString error;
        QVERIFY2(document.edit(m_title, QStringLiteral("The fall of Kaifeng"), &error),
                 qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), m_title);
        QCOMPARE(document.field(m_title), QStringLiteral("The fall of Kaifeng"));
        // At once in the draft; in the working copy a moment later.
        QVERIFY(DraftFile(m_workingCopy).exists());
        QVERIFY(!document.isSaved());
        QTRY_VERIFY(document.isSaved());
        QVERIFY(!DraftFile(m_workingCopy).exists());
        QCOMPARE(savedField(m_workingCopy, m_title), QStringLiteral("The fall of Kaifeng"));

        document.undoStack()->undo();
        QCOMPARE(document.field(m_title), before);
        QVERIFY(document.save(&error));
        QCOMPARE(savedField(m_workingCopy, m_title), before);
        document.undoStack()->redo();
        QCOMPARE(document.field(m_title), QStringLiteral("The fall of Kaifeng"));
    }

    void typingInAFieldIsOneUndoStep()
    {
        StudioDocument document;
        QString message;
        QCOMPARE(document.open(m_workingCopy, &message), StudioDocument::Opened::Yes);
        const QString before = document.field(m_title);
        QString error;
        for (const QString &typed : { QStringLiteral("T"), QStringLiteral("Th"),
                                      QStringLiteral("The"), QStringLiteral("The f") })
            QVERIFY(document.edit(m_title, typed, &error));
        QCOMPARE(document.undoStack()->count(), 1);

        document.finishEditing();
        QVERIFY(document.edit(m_title, QStringLiteral("The fall"), &error));
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        QCOMPARE(document.field(m_title), QStringLiteral("The f"));
        document.undoStack()->undo();
        QCOMPARE(document.field(m_title), before);
    }

    void eventsAndPeopleComeAndGoUndoably()
    {
        StudioDocument document;
        QString message;
        QCOMPARE(document.open(m_workingCopy, &message), StudioDocument::Opened::Yes);
        const int events = int(document.exhibit().timeline.size());
        const int people = int(document.exhibit().figures.size());

        // New, with every text still to write: kept in the draft, not saved.
        QCOMPARE(document.addEvent(), QStringLiteral("timeline.new-event"));
        QCOMPARE(document.addEvent(), QStringLiteral("timeline.new-event-2"));
        QCOMPARE(document.addFigure(), QStringLiteral("figures.new-person"));
        QCOMPARE(document.exhibit().timeline.size(), events + 2);
        QCOMPARE(document.exhibit().figures.size(), people + 1);
        QCOMPARE(document.field(QStringLiteral("timeline.new-event.date")),
                 document.exhibit().timeline.at(events - 1).date.left(4));
        QVERIFY(!document.problems().isEmpty());
        QVERIFY(DraftFile(m_workingCopy).exists());

        QString error;
        QVERIFY(document.removeItem(QStringLiteral("figures.yue-fei"), &error));
        QCOMPARE(document.exhibit().figureIndex(QStringLiteral("yue-fei")), -1);
        QVERIFY(!document.removeItem(QStringLiteral("chapters.battles"), &error));
        QVERIFY2(error.contains(QLatin1String("no timeline event or person")), qPrintable(error));

        // Back, in its place, with everything it held.
        const int yueFei = StudioFixture::bundledExhibit().figureIndex(QStringLiteral("yue-fei"));
        document.undoStack()->undo();
        QCOMPARE(document.exhibit().figureIndex(QStringLiteral("yue-fei")), yueFei);
        for (int step = 0; step < 3; ++step)
            document.undoStack()->undo();
        QCOMPARE(document.exhibit().timeline.size(), events);
        QCOMPARE(document.exhibit().figures.size(), people);
        QVERIFY(document.problems().isEmpty());
        QVERIFY(document.save(&error));
        QCOMPARE(savedField(m_workingCopy, QStringLiteral("figures.yue-fei.pinyin")),
                 document.field(QStringLiteral("figures.yue-fei.pinyin")));
    }

    void aNewDateTakesTheEventToItsPlace()
    {
        StudioDocument document;
        QString message;
        QCOMPARE(document.open(m_workingCopy, &message), StudioDocument::Opened::Yes);
        QSignalSpy moved(&document, &StudioDocument::itemsChanged);
        const auto place = [&](const char *id) {
            return document.exhibit().timelineIndex(QString::fromLatin1(id));
        };
        const int liaoEnds = place("liao-ends");
        QString error;
        // Within its neighbours' dates (1123-09-19 .. 1125-11): it stays.
        QVERIFY(document.edit(QStringLiteral("timeline.liao-ends.date"), QStringLiteral("1125-02"),
                              &error));
        QCOMPARE(place("liao-ends"), liaoEnds);
        QCOMPARE(moved.count(), 0);
        // After the fall of Kaifeng: it goes after it.
        QVERIFY(document.edit(QStringLiteral("timeline.liao-ends.date"), QStringLiteral("1127-02"),
                              &error));
        QCOMPARE(place("liao-ends"), place("kaifeng-falls") + 1);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(0).toString(), QStringLiteral("timeline.liao-ends"));
        QCOMPARE(document.problems(), ContentProblems {});
        document.undoStack()->undo();
        QCOMPARE(place("liao-ends"), liaoEnds);
    }

    void aValueNotOfItsFormChangesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("no such field") << "chapters.battles.colour.en"
                                       << "red";
        QTest::newRow("no such chapter") << "chapters.war.title.en"
                                         << "War";
        QTest::newRow("no such event") << "timeline.no-such-event.title.en"
                                       << "x";
    }

    void aValueNotOfItsFormChangesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        StudioDocument document;
        QString message;
        QCOMPARE(document.open(m_workingCopy, &message), StudioDocument::Opened::Yes);
        QString error;
        QVERIFY(!document.edit(field, value, &error));
        QVERIFY2(error.contains(field.section(QLatin1Char('.'), 0, 1)), qPrintable(error));
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!DraftFile(m_workingCopy).exists());
    }

    void aBrokenRuleIsKeptInTheDraftUntilFixed()
    {
        const QString before = savedField(m_workingCopy, m_title);
        const QString tooLong(61, QLatin1Char('x'));
        {
            StudioDocument document;
            QString message;
            QCOMPARE(document.open(m_workingCopy, &message), StudioDocument::Opened::Yes);
            QSignalSpy problems(&document, &StudioDocument::problemsChanged);
            QString error;
            QVERIFY(document.edit(m_title, tooLong, &error));
            QCOMPARE(problems.count(), 1);
            QCOMPARE(document.problems().size(), 1);
            QCOMPARE(document.problems().at(0).path, m_title);
            QVERIFY2(document.problems().at(0).message.contains(QLatin1String("60")),
                     qPrintable(document.problems().at(0).message));
            QVERIFY(!document.save(&error));
            QVERIFY(error.isEmpty());
            QVERIFY(!document.isSaved());
            // The studio stops here without saving, as if killed.
        }
        QCOMPARE(savedField(m_workingCopy, m_title), before);
        StudioDocument reopened;
        QString message;
        QCOMPARE(reopened.open(m_workingCopy, &message), StudioDocument::Opened::Recovered);
        QVERIFY2(message.contains(QLatin1String("draft.json")), qPrintable(message));
        QCOMPARE(reopened.field(m_title), tooLong);
        QCOMPARE(reopened.problems().size(), 1);

        QString error;
        QVERIFY(reopened.edit(m_title, before + QStringLiteral(" (revised)"), &error));
        QVERIFY(reopened.problems().isEmpty());
        QVERIFY2(reopened.save(&error), qPrintable(error));
        QVERIFY(!DraftFile(m_workingCopy).exists());
        ExhibitDocument saved;
        QVERIFY(ContentFile::read(m_workingCopy, &saved, &error));
        QCOMPARE(saved.exhibit.value(QStringLiteral("en")).title,
                 before + QStringLiteral(" (revised)"));
    }

    void anUnreadableDraftIsKeptAndSaid()
    {
        const QByteArray unreadable = "{ \"languages\": ";
        QVERIFY(TestHelpers::writeAll(DraftFile(m_workingCopy).fileName(), unreadable));
        StudioDocument document;
        QString message;
        QCOMPARE(document.open(m_workingCopy, &message), StudioDocument::Opened::Yes);
        QVERIFY2(message.contains(QLatin1String("cannot be read")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("working.draft.json:1:")), qPrintable(message));
        // Kept under a name of its own, and still whole after the next draft is written.
        const QRegularExpression keptAs(
            QStringLiteral("kept as (\\S+working\\.draft-unreadable-[0-9-]+\\.json)"));
        const QRegularExpressionMatch kept = keptAs.match(message);
        QVERIFY2(kept.hasMatch(), qPrintable(message));
        QString error;
        QVERIFY(document.edit(m_title, QStringLiteral("The fall of Kaifeng"), &error));
        QVERIFY(DraftFile(m_workingCopy).exists());
        QCOMPARE(TestHelpers::readAll(kept.captured(1)), unreadable);
    }

    void filesItMustNotEditAreRefusedUnchanged_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("opened");
        QTest::addColumn<QString>("says");
        const int refused = int(StudioDocument::Opened::Refused);
        QTest::newRow("missing") << "missing" << refused << "no such file";
        QTest::newRow("live") << "live" << refused << "live database";
        QTest::newRow("read-only") << "read-only" << refused << "read-only";
        QTest::newRow("not SQLite") << "text" << refused << "not";
        QTest::newRow("truncated") << "truncated" << refused << "working.db";
        QTest::newRow("newer schema") << "newer" << refused << "newer";
        QTest::newRow("older schema")
            << "older" << int(StudioDocument::Opened::NeedsMigration) << "migrate a copy";
    }

    void filesItMustNotEditAreRefusedUnchanged()
    {
        QFETCH(QString, damage);
        QFETCH(int, opened);
        QFETCH(QString, says);
        if (damage == QLatin1String("missing")) {
            QVERIFY(QFile::remove(m_workingCopy));
        } else if (damage == QLatin1String("live")) {
            QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("working.db.versions")));
        } else if (damage == QLatin1String("read-only")) {
            if (::geteuid() == 0)
                QSKIP("root writes read-only files");
            QVERIFY(QFile::setPermissions(m_workingCopy, QFileDevice::ReadOwner));
        } else if (damage == QLatin1String("text")) {
            QVERIFY(TestHelpers::writeAll(m_workingCopy, "Title,Subtitle\n1126,Jingkang\n"));
        } else if (damage == QLatin1String("truncated")) {
            QVERIFY(TestHelpers::writeAll(m_workingCopy,
                                          TestHelpers::readAll(m_workingCopy).left(8192)));
        } else if (damage == QLatin1String("newer")) {
            sql(m_workingCopy, QStringLiteral("PRAGMA user_version = 99"));
        } else if (damage == QLatin1String("older")) {
            QVERIFY(QFile::remove(m_workingCopy));
            QVERIFY(
                QFile::copy(TestHelpers::dataFile(QStringLiteral("content-v1.db")), m_workingCopy));
            QVERIFY(QFile::setPermissions(m_workingCopy,
                                          QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        }
        const QByteArray bytes = TestHelpers::readAll(m_workingCopy);

        StudioDocument document;
        QString message;
        QCOMPARE(int(document.open(m_workingCopy, &message)), opened);
        QVERIFY2(message.contains(says), qPrintable(message));
        QVERIFY2(message.contains(m_workingCopy), qPrintable(message));
        QCOMPARE(TestHelpers::readAll(m_workingCopy), bytes);
        QVERIFY(!DraftFile(m_workingCopy).exists());

        QDir(path(QStringLiteral("working.db.versions"))).removeRecursively();
        QFile::setPermissions(m_workingCopy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void aLiveDatabaseIsEditedThroughAWorkingCopy()
    {
        const QString live = m_workingCopy; // with its published versions beside it
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("working.db.versions")));
        const QString copy = path(QStringLiteral("my-changes.db"));
        QFile::remove(copy);
        QString error;
        QVERIFY2(WorkingCopy::makeFrom(live, copy, &error), qPrintable(error));
        StudioDocument document;
        QString message;
        QCOMPARE(document.open(copy, &message), StudioDocument::Opened::Yes);
        QCOMPARE(document.field(m_title), savedField(live, m_title));

        // Never over a file that exists.
        const QByteArray before = TestHelpers::readAll(copy);
        QVERIFY(!WorkingCopy::makeFrom(live, copy, &error));
        QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
        QCOMPARE(TestHelpers::readAll(copy), before);
        QDir(path(QStringLiteral("working.db.versions"))).removeRecursively();
    }

    void aWorkingCopyOfWhatIsNoExhibitIsNotMade()
    {
        const QString notes = path(QStringLiteral("notes.txt"));
        QVERIFY(TestHelpers::writeAll(notes, "Kaifeng fell in 1127.\n"));
        const QString copy = path(QStringLiteral("from-notes.db"));
        QString error;
        QVERIFY(!WorkingCopy::makeFrom(notes, copy, &error));
        QVERIFY2(error.contains(copy), qPrintable(error));
        QVERIFY(!QFileInfo::exists(copy));
    }

    void anOlderDatabaseIsMigratedAsACopy()
    {
        // The released version-1 fixture, its free-form sections as the
        // migrations take them (as tst_contentdatabase makes it).
        const QString old = path(QStringLiteral("v1.db"));
        QFile::remove(old);
        QVERIFY(QFile::copy(TestHelpers::dataFile(QStringLiteral("content-v1.db")), old));
        QVERIFY(QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        sql(old, QStringLiteral("UPDATE sections SET json = '[]' WHERE name = 'timeline'"));
        sql(old, QStringLiteral("UPDATE sections SET json = '{}' WHERE name = 'map'"));
        sql(old, QStringLiteral("UPDATE sections SET json = '[]' WHERE name = 'figures'"));
        const QByteArray before = TestHelpers::readAll(old);
        const QString copy = path(QStringLiteral("migrated.db"));
        QFile::remove(copy);
        QString error;
        QVERIFY2(WorkingCopy::migrateFrom(old, copy, &error), qPrintable(error));
        StudioDocument document;
        QString message;
        QCOMPARE(document.open(copy, &message), StudioDocument::Opened::Yes);
        QVERIFY(!document.field(m_title).isEmpty());
        QCOMPARE(TestHelpers::readAll(old), before);
    }
};

QTEST_GUILESS_MAIN(TestStudioDocument)
#include "tst_studiodocument.moc"
