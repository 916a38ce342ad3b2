#include "models/contentstore.h"
#include "models/keyfiguremodel.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

/** The key figures as visitors meet them: the twelve people of the brief,
 *  named in both scripts, with portraits that exist, linked both ways with
 *  the chapters that tell of them. */
class TestKeyFigureModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledFigures()
    {
        ContentStore store(nullptr);
        QVERIFY(store.load(TestHelpers::buildFile(QStringLiteral("content/content.db")),
                           TestHelpers::sourceFile(QStringLiteral("media"))));
        KeyFigureModel *figures = store.figures();
        QAbstractItemModelTester tester(figures,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(figures->rowCount(), 12);
        for (const char *id :
             { "huizong", "qinzong", "gaozong", "li-gang", "zong-ze", "yue-fei", "han-shizhong",
               "qin-hui", "wanyan-aguda", "wanyan-zonghan", "wanyan-zongwang", "wuzhu" }) {
            const QModelIndex figure = figures->index(figures->indexOf(QLatin1String(id)));
            QVERIFY2(figure.isValid(), id);
            QVERIFY2(figure.data(KeyFigureModel::PortraitSourceRole).toUrl().isLocalFile(), id);
            QVERIFY2(!figure.data(KeyFigureModel::OtherNamesRole).toString().isEmpty(), id);
            QVERIFY2(!figure.data(KeyFigureModel::ChapterIdsRole).toStringList().isEmpty(), id);
        }

        const int yueFei = figures->indexOf(QStringLiteral("yue-fei"));
        QCOMPARE(figures->index(yueFei).data(KeyFigureModel::OtherNamesRole).toString(),
                 QStringLiteral("岳飞"));
        store.setLanguage(QStringLiteral("zh"));
        QCOMPARE(figures->index(yueFei).data(KeyFigureModel::NameRole).toString(),
                 QStringLiteral("岳飞"));
        QCOMPARE(figures->index(yueFei).data(KeyFigureModel::OtherNamesRole).toString(),
                 QStringLiteral("Yue Fei"));
        QCOMPARE(figures->index(yueFei).data(KeyFigureModel::PinyinRole).toString(),
                 QStringLiteral("Yuè Fēi"));

        // The page of a figure names its chapters; a chapter names its figures.
        const KeyFigureDetail page = store.figure(yueFei);
        QVERIFY(page.valid);
        QCOMPARE(page.chapterTitles.size(), 2);
        QCOMPARE(page.chapterIndexes.size(), 2);
        QCOMPARE(page.chapterTitles.at(0), QStringLiteral("余波"));
        QCOMPARE(page.namesLine, QStringLiteral("Yue Fei  ·  Yuè Fēi"));
        QVERIFY(!store.figure(99).valid);

        // The figure a visitor has open follows the language.
        QSignalSpy opened { &store, &ContentStore::openItemsChanged };
        store.setOpenFigure(yueFei);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(store.openFigure().name, QStringLiteral("岳飞"));
        store.setLanguage(QStringLiteral("en"));
        QCOMPARE(opened.count(), 2);
        QCOMPARE(store.openFigure().name, QStringLiteral("Yue Fei"));
        QCOMPARE(store.openFigure().chapterTitles.at(0), QStringLiteral("Aftermath"));
        store.setOpenFigure(-1);
        QVERIFY(!store.openFigure().valid);
        store.setLanguage(QStringLiteral("zh"));
        const QModelIndex battles
            = store.chapters()->index(store.chapters()->indexOf(QStringLiteral("battles")));
        const QStringList inBattles = battles.data(ChapterModel::FigureNamesRole).toStringList();
        QCOMPARE(battles.data(ChapterModel::FigureRowsRole).value<QList<int>>().size(), 5);
        QCOMPARE(inBattles,
                 QStringList({ QStringLiteral("宋徽宗 赵佶"), QStringLiteral("宋钦宗 赵桓"),
                               QStringLiteral("李纲"), QStringLiteral("完颜宗翰（粘罕）"),
                               QStringLiteral("完颜宗望（斡离不）") }));
    }

    // A missing portrait leaves the figure, with an empty source (the screen
    // shows a seal) and one warning naming the file.
    void missingPortrait()
    {
        QTemporaryDir media;
        QVERIFY(QDir(media.path()).mkpath(QStringLiteral("portraits")));
        QVERIFY(QFile::copy(TestHelpers::sourceFile(QStringLiteral("media/portraits/yue-fei.svg")),
                            media.filePath(QStringLiteral("portraits/yue-fei.svg"))));
        ContentStore store(nullptr);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral(
                                 "figures\\[0\\]\\.portrait: media file .*huizong.svg not found")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not found")));
        QVERIFY(
            store.load(TestHelpers::buildFile(QStringLiteral("content/content.db")), media.path()));
        const KeyFigureModel *figures = store.figures();
        QVERIFY(figures->index(0).data(KeyFigureModel::PortraitSourceRole).toUrl().isEmpty());
        QVERIFY(figures->index(figures->indexOf(QStringLiteral("yue-fei")))
                    .data(KeyFigureModel::PortraitSourceRole)
                    .toUrl()
                    .isLocalFile());
    }
};

QTEST_GUILESS_MAIN(TestKeyFigureModel)
#include "tst_keyfiguremodel.moc"
