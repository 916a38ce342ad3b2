#include "models/contentstore.h"
#include "models/eventdate.h"
#include "models/timelinemodel.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QTest>

/** The timeline as visitors read it: dates in each language as precise as
 *  the record, and the bundled exhibit's events in order, in both languages. */
class TestTimelineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateLabels_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("endDate");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("year") << "1120"
                              << ""
                              << "1120"
                              << "1120年";
        QTest::newRow("month") << "1125-11"
                               << ""
                               << "November 1125"
                               << "1125年11月";
        QTest::newRow("day") << "1126-01-18"
                             << ""
                             << "18 January 1126"
                             << "1126年1月18日";
        QTest::newRow("days in one year") << "1126-01-30"
                                          << "1126-02-10"
                                          << "30 January – 10 February 1126"
                                          << "1126年1月30日至2月10日";
        QTest::newRow("months") << "1125-11"
                                << "1125-12"
                                << "November – December 1125"
                                << "1125年11月至12月";
        QTest::newRow("years") << "1122"
                               << "1123"
                               << "1122–1123"
                               << "1122年至1123年";
        QTest::newRow("across a new year") << "1126-12-30"
                                           << "1127-01-09"
                                           << "30 December 1126 – 9 January 1127"
                                           << "1126年12月30日至1127年1月9日";
    }

    void dateLabels()
    {
        QFETCH(QString, date);
        QFETCH(QString, endDate);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        QCOMPARE(EventDate::label(date, endDate, QStringLiteral("en")), english);
        QCOMPARE(EventDate::label(date, endDate, QStringLiteral("zh")), chinese);
    }

    void bundledTimeline()
    {
        ContentStore store(nullptr);
        QVERIFY(store.load(TestHelpers::buildFile(QStringLiteral("content/content.db")),
                           TestHelpers::sourceFile(QStringLiteral("media"))));
        TimelineModel *timeline = store.timeline();
        QAbstractItemModelTester tester(timeline,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        int inWarYears = 0;
        for (int row = 0; row < timeline->rowCount(); ++row) {
            const int year = timeline->index(row).data(TimelineModel::YearRole).toInt();
            inWarYears += year >= 1115 && year <= 1142;
        }
        QVERIFY2(inWarYears >= 18, qPrintable(QString::number(inWarYears)));
        QVERIFY(timeline->indexOf(QStringLiteral("jin-ends")) >= 0);
        QVERIFY(timeline->indexOf(QStringLiteral("song-ends")) >= 0);

        const QModelIndex fall
            = timeline->index(timeline->indexOf(QStringLiteral("kaifeng-falls")));
        QCOMPARE(fall.data(TimelineModel::DateLabelRole).toString(),
                 QStringLiteral("9 January 1127"));
        QCOMPARE(fall.data(TimelineModel::ChapterIdRole).toString(), QStringLiteral("battles"));
        const QModelIndex battles
            = store.chapters()->index(store.chapters()->indexOf(QStringLiteral("battles")));
        const auto rows = battles.data(ChapterModel::EventRowsRole).value<QList<int>>();
        const QStringList labels = battles.data(ChapterModel::EventLabelsRole).toStringList();
        QCOMPARE(rows.size(), labels.size());
        QVERIFY(rows.contains(fall.row()));
        QCOMPARE(labels.at(rows.indexOf(fall.row())),
                 QStringLiteral("9 January 1127  ")
                     + fall.data(TimelineModel::TitleRole).toString());
        store.setLanguage(QStringLiteral("zh"));
        QCOMPARE(fall.data(TimelineModel::DateLabelRole).toString(),
                 QStringLiteral("1127年1月9日"));
        QCOMPARE(fall.data(TimelineModel::EraRole).toString(), QStringLiteral("靖康元年闰十一月"));
        QCOMPARE(fall.data(TimelineModel::TitleRole).toString(), QStringLiteral("开封陷落"));
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
