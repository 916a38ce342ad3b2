#include "studio/studiooutline.h"
#include "studio/studioproblems.h"
#include "studio/studiosearch.h"
#include "studiofixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/** Finding things in the studio: the search over every text in every
 *  language, and "Problems (n)", each leading to its field's item. */
class TestStudioSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    StudioDocument m_document;

    static QStringList column(const QAbstractItemModel &model, int role)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row, 0).data(role).toString();
        return values;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(StudioFixture::openWorkingCopy(m_document,
                                                m_dir.filePath(QStringLiteral("working.db")),
                                                StudioFixture::bundledExhibit(), &error),
                 qPrintable(error));
    }

    void itemOfAField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("item");
        QTest::newRow("exhibit") << "exhibit.title.zh"
                                 << "exhibit";
        QTest::newRow("paragraph") << "chapters.battles.body.en[2]"
                                   << "chapters.battles";
        QTest::newRow("narration") << "chapters.causes.narration.zh.audio"
                                   << "chapters.causes";
        QTest::newRow("event") << "timeline.kaifeng-falls.title.en"
                               << "timeline.kaifeng-falls";
        QTest::newRow("map") << "map.1127.song.outline"
                             << "map.1127";
        QTest::newRow("figure") << "figures.yue-fei.role.zh"
                                << "figures.yue-fei";
    }

    void itemOfAField()
    {
        QFETCH(QString, path);
        QFETCH(QString, item);
        QCOMPARE(StudioOutline::itemOf(path), item);
    }

    void findsTextInEveryLanguage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("path");
        QTest::newRow("English, any case") << "jingkang"
                                           << "chapters.battles.subtitle.en";
        QTest::newRow("Chinese") << "开封"
                                 << "chapters.battles.subtitle.zh";
    }

    void findsTextInEveryLanguage()
    {
        QFETCH(QString, query);
        QFETCH(QString, path);
        StudioSearch search(&m_document);
        QAbstractItemModelTester tester(&search,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        search.setQuery(query);
        QVERIFY(search.rowCount() > 0);
        const QStringList snippets = column(search, StudioSearch::SnippetRole);
        for (const QString &snippet : snippets) {
            QVERIFY2(snippet.contains(query, Qt::CaseInsensitive), qPrintable(snippet));
            QVERIFY2(snippet.size() <= query.size() + 2 * 30 + 4, qPrintable(snippet));
        }
        const QStringList items = column(search, StudioSearch::ItemRole);
        QVERIFY(items.contains(StudioOutline::itemOf(path)));
    }

    void followsTheEdits()
    {
        StudioSearch search(&m_document);
        search.setQuery(QStringLiteral("Xuanhe painting academy"));
        QCOMPARE(search.rowCount(), 0);
        QString error;
        QVERIFY(m_document.edit(QStringLiteral("chapters.background.imageCaption.en"),
                                QStringLiteral("A scroll from the Xuanhe painting academy."),
                                &error));
        QCOMPARE(column(search, StudioSearch::PathRole),
                 QStringList({ "chapters.background.imageCaption.en" }));
        search.setQuery(QStringLiteral("   "));
        QCOMPARE(search.rowCount(), 0);
    }

    void problemsLeadToTheirFields()
    {
        StudioProblems problems(&m_document);
        QAbstractItemModelTester tester(&problems,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(problems.rowCount(), 0);
        QSignalSpy count(&problems, &StudioProblems::countChanged);
        QString error;
        QVERIFY(
            m_document.edit(QStringLiteral("timeline.kaifeng-falls.title.zh"), QString(), &error));
        QCOMPARE(count.count(), 1);
        QCOMPARE(column(problems, StudioProblems::PathRole),
                 QStringList({ "timeline.kaifeng-falls.title.zh" }));
        QCOMPARE(column(problems, StudioProblems::ItemRole),
                 QStringList({ "timeline.kaifeng-falls" }));
        QVERIFY(!column(problems, StudioProblems::MessageRole).first().isEmpty());
        m_document.undoStack()->undo();
        QCOMPARE(problems.rowCount(), 0);
        QCOMPARE(count.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStudioSearch)
#include "tst_studiosearch.moc"
