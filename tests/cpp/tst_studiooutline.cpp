#include "studio/studiodocument.h"
#include "studio/studiooutline.h"
#include "studiofixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/** The studio's outline of the bundled exhibit: every editable item in the
 *  kiosk's order, titles and problem counts that follow the edits. */
class TestStudioOutline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    StudioDocument m_document;
    ExhibitDocument m_bundled;

    static int find(const StudioOutline &outline, const QString &path)
    {
        const int row = outline.rowOf(path);
        return row >= 0 && outline.index(row).data(StudioOutline::PathRole).toString() == path ? row
                                                                                               : -1;
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

    void listsEverythingInTheKiosksOrder()
    {
        StudioOutline outline(&m_document);
        QAbstractItemModelTester tester(&outline,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(outline.rowCount(),
                 1 + m_bundled.chapters.size() + m_bundled.timeline.size()
                     + m_bundled.figures.size() + m_bundled.map.years.size());
        QCOMPARE(outline.index(0).data(StudioOutline::KindRole).toInt(), StudioOutline::Exhibit);
        QCOMPARE(outline.index(0).data(StudioOutline::TitleRole).toString(),
                 m_bundled.exhibit.value(QStringLiteral("en")).title);
        QCOMPARE(outline.index(3).data(StudioOutline::PathRole).toString(),
                 QStringLiteral("chapters.battles"));
        QCOMPARE(outline.index(3).data(StudioOutline::SectionRole).toString(),
                 QStringLiteral("Chapters"));
        const int firstEvent = 1 + int(m_bundled.chapters.size());
        QCOMPARE(outline.index(firstEvent).data(StudioOutline::DetailRole).toString(),
                 m_bundled.timeline.first().date);
        const int lastRow = outline.rowCount() - 1;
        QCOMPARE(outline.index(lastRow).data(StudioOutline::KindRole).toInt(),
                 StudioOutline::MapYear);
        QCOMPARE(outline.rowOf(QStringLiteral("chapters.battles.body.zh")), 3);
        QCOMPARE(outline.rowOf(QStringLiteral("chapters.nowhere")), -1);
    }

    void followsEditsAndProblems()
    {
        StudioOutline outline(&m_document);
        QAbstractItemModelTester tester(&outline,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int battles = find(outline, QStringLiteral("chapters.battles"));
        QVERIFY(battles > 0);
        QSignalSpy changed(&outline, &QAbstractItemModel::dataChanged);
        QString error;
        QVERIFY(m_document.edit(QStringLiteral("chapters.battles.title.en"),
                                QStringLiteral("The sieges"), &error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), battles);
        QCOMPARE(outline.index(battles).data(StudioOutline::TitleRole).toString(),
                 QStringLiteral("The sieges"));
        QCOMPARE(outline.index(battles).data(StudioOutline::ProblemCountRole).toInt(), 0);

        QVERIFY(m_document.edit(QStringLiteral("chapters.battles.teaser.zh"), QString(200, u'字'),
                                &error));
        QCOMPARE(outline.index(battles).data(StudioOutline::ProblemCountRole).toInt(), 1);
        QCOMPARE(outline.index(0).data(StudioOutline::ProblemCountRole).toInt(), 0);
        m_document.undoStack()->undo();
        QCOMPARE(outline.index(battles).data(StudioOutline::ProblemCountRole).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStudioOutline)
#include "tst_studiooutline.moc"
