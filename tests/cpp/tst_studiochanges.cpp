#include "studio/studiochanges.h"
#include "studio/studiodocument.h"
#include "studiofixture.h"
#include "testhelpers.h"

#include <QTemporaryDir>
#include <QTest>

/** "Changes since live" on real databases: the working copy against the
 *  live database it came from, kept current as the curator types, a live
 *  file that cannot be read named, and which changes can be put back. */
class TestStudioChanges : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_live;
    QString m_working;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_live = m_dir.filePath(QStringLiteral("live.db"));
        m_working = m_dir.filePath(QStringLiteral("working.db"));
        QString error;
        QVERIFY2(StudioFixture::writeWorkingCopy(m_live, StudioFixture::bundledExhibit(), &error),
                 qPrintable(error));
    }

    void followsTheWorkingCopy()
    {
        StudioDocument document;
        QString error;
        QVERIFY2(StudioFixture::openWorkingCopy(document, m_working,
                                                StudioFixture::bundledExhibit(), &error),
                 qPrintable(error));
        StudioChanges changes(&document);
        QVERIFY(!changes.liveProblem().isEmpty()); // no live database known yet
        changes.setLiveFile(m_live);
        QCOMPARE(changes.liveProblem(), QString());
        QCOMPARE(changes.rowCount(), 0);

        QVERIFY(document.edit(QStringLiteral("chapters.battles.title.en"),
                              QStringLiteral("The fall of Kaifeng"), &error));
        QTRY_COMPARE(changes.rowCount(), 1);
        const QModelIndex title = changes.index(0);
        QCOMPARE(title.data(StudioChanges::PathRole).toString(),
                 QStringLiteral("chapters.battles.title.en"));
        QCOMPARE(title.data(StudioChanges::AfterRole).toString(),
                 QStringLiteral("The fall of Kaifeng"));
        QVERIFY(title.data(StudioChanges::RevertibleRole).toBool());
        QString live;
        QVERIFY(changes.liveValue(QStringLiteral("chapters.battles.title.en"), &live));
        QCOMPARE(live, title.data(StudioChanges::BeforeRole).toString());

        // An added event's fields come from nothing: undone, not reverted.
        document.addEvent();
        changes.refresh();
        QVERIFY(changes.rowCount() > 1);
        for (int row = 1; row < changes.rowCount(); ++row) {
            QVERIFY(changes.index(row)
                        .data(StudioChanges::PathRole)
                        .toString()
                        .startsWith(QLatin1String("timeline.new-event.")));
            QVERIFY(!changes.index(row).data(StudioChanges::RevertibleRole).toBool());
        }
    }

    void anUnreadableLiveFileIsNamed()
    {
        StudioDocument document;
        QString error;
        QVERIFY(StudioFixture::openWorkingCopy(document, m_working, StudioFixture::bundledExhibit(),
                                               &error));
        StudioChanges changes(&document);
        const QString notADatabase = m_dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(TestHelpers::writeAll(notADatabase, "minutes of the meeting\n"));
        changes.setLiveFile(notADatabase);
        QVERIFY2(changes.liveProblem().contains(QLatin1String("notes.txt")),
                 qPrintable(changes.liveProblem()));
        QCOMPARE(changes.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStudioChanges)
#include "tst_studiochanges.moc"
