#include "studio/studiodocument.h"
#include "studio/studiofields.h"
#include "studiofixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/** The fields of one item as the studio's editor shows them: every language
 *  side by side, the validator's own limits counting down as the curator
 *  types, and each field's problem. */
class TestStudioFields : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    StudioDocument m_document;
    ExhibitDocument m_bundled;

    static int rowOf(const StudioFields &fields, const QString &key)
    {
        for (int row = 0; row < fields.rowCount(); ++row) {
            if (fields.index(row).data(StudioFields::KeyRole).toString() == key)
                return row;
        }
        return -1;
    }

    template <typename T> static T at(const StudioFields &fields, int row, int role)
    {
        return fields.index(row).data(role).value<T>();
    }

private Q_SLOTS:
    void init()
    {
        m_bundled = StudioFixture::bundledExhibit();
        QString error;
        QVERIFY2(StudioFixture::openWorkingCopy(
                     m_document, m_dir.filePath(QStringLiteral("working.db")), m_bundled, &error),
                 qPrintable(error));
    }

    void theValidatorsLimits_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("limit");
        QTest::newRow("exhibit title") << "exhibit.title.zh" << 60;
        QTest::newRow("chapter teaser") << "chapters.causes.teaser.en" << 140;
        QTest::newRow("paragraph") << "chapters.battles.body.en[0]" << 1600;
        QTest::newRow("event text") << "timeline.kaifeng-falls.text.en" << 600;
    }

    void theValidatorsLimits()
    {
        QFETCH(QString, field);
        QFETCH(int, limit);
        QHash<QString, int> limits;
        QVERIFY(ExhibitValidator::validate(m_bundled, &limits).isEmpty());
        QCOMPARE(m_document.textLimits(), limits);
        QCOMPARE(limits.value(field), limit);
    }

    void aChaptersFieldsSideBySide()
    {
        StudioFields fields(&m_document);
        QAbstractItemModelTester tester(&fields,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fields.setItem(QStringLiteral("chapters.battles"));
        QCOMPARE(fields.languages(), QStringList({ "en", "zh" }));
        QStringList keys;
        for (int row = 0; row < fields.rowCount(); ++row)
            keys << at<QString>(fields, row, StudioFields::KeyRole);
        QCOMPARE(keys,
                 QStringList({ "image", "title", "subtitle", "teaser", "imageCaption",
                               "imageDescription", "inBrief", "body", "narration.audio",
                               "narration.captions" }));

        const int title = rowOf(fields, QStringLiteral("title"));
        QVERIFY(!at<bool>(fields, title, StudioFields::SharedRole));
        QCOMPARE(at<QStringList>(fields, title, StudioFields::PathsRole),
                 QStringList({ "chapters.battles.title.en", "chapters.battles.title.zh" }));
        const QString english = m_bundled.chapters.at(2).text.value(QStringLiteral("en")).title;
        QCOMPARE(at<QStringList>(fields, title, StudioFields::ValuesRole).first(), english);
        QCOMPARE(at<QList<int>>(fields, title, StudioFields::LimitsRole), QList<int>({ 60, 60 }));
        QCOMPARE(at<QList<int>>(fields, title, StudioFields::RemainingRole).first(),
                 60 - english.size());
        QVERIFY(at<bool>(fields, rowOf(fields, QStringLiteral("image")), StudioFields::SharedRole));
        QVERIFY(
            at<bool>(fields, rowOf(fields, QStringLiteral("body")), StudioFields::MultilineRole));
        QCOMPARE(
            at<QList<int>>(fields, rowOf(fields, QStringLiteral("body")), StudioFields::LimitsRole),
            QList<int>({ 1600, 1600 }));
    }

    void countsDownAsTheCuratorTypes()
    {
        StudioFields fields(&m_document);
        QAbstractItemModelTester tester(&fields,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fields.setItem(QStringLiteral("chapters.battles"));
        const int title = rowOf(fields, QStringLiteral("title"));
        QSignalSpy changed(&fields, &QAbstractItemModel::dataChanged);
        QString error;
        QVERIFY(m_document.edit(QStringLiteral("chapters.battles.title.zh"), QStringLiteral("战事"),
                                &error));
        // The title, and the Chinese narration, now made from words the chapter no longer has.
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), title);
        QCOMPARE(at<QList<int>>(fields, title, StudioFields::RemainingRole).at(1), 58);
        const int narration = rowOf(fields, QStringLiteral("narration.audio"));
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), narration);
        QVERIFY(at<QStringList>(fields, narration, StudioFields::ProblemsRole)
                    .at(1)
                    .startsWith(QLatin1String("the narration is out of date")));
        QVERIFY(at<QStringList>(fields, narration, StudioFields::ProblemsRole).at(0).isEmpty());

        QVERIFY(m_document.edit(QStringLiteral("chapters.battles.title.zh"), QString(62, u'战'),
                                &error));
        QCOMPARE(at<QList<int>>(fields, title, StudioFields::RemainingRole).at(1), -2);
        const QStringList problems = at<QStringList>(fields, title, StudioFields::ProblemsRole);
        QVERIFY(problems.at(0).isEmpty());
        QVERIFY2(problems.at(1).contains(QLatin1String("at most 60")), qPrintable(problems.at(1)));

        // A body: what is left of its longest paragraph, and a paragraph's problem.
        const int body = rowOf(fields, QStringLiteral("body"));
        QVERIFY(m_document.edit(QStringLiteral("chapters.battles.body.en"),
                                QStringLiteral("Short.\n\n") + QString(1610, QLatin1Char('x')),
                                &error));
        QCOMPARE(at<QList<int>>(fields, body, StudioFields::RemainingRole).first(), -10);
        QVERIFY(!at<QStringList>(fields, body, StudioFields::ProblemsRole).first().isEmpty());
    }

    void aTimelineEventsSharedFields()
    {
        StudioFields fields(&m_document);
        const QString event = m_bundled.timeline.first().id;
        fields.setItem(QStringLiteral("timeline.") + event);
        const int date = rowOf(fields, QStringLiteral("date"));
        QVERIFY(date >= 0);
        QVERIFY(at<bool>(fields, date, StudioFields::SharedRole));
        QCOMPARE(at<QStringList>(fields, date, StudioFields::ValuesRole),
                 QStringList({ m_bundled.timeline.first().date }));
        QVERIFY(
            at<bool>(fields, rowOf(fields, QStringLiteral("text")), StudioFields::MultilineRole));
    }
};

QTEST_GUILESS_MAIN(TestStudioFields)
#include "tst_studiofields.moc"
