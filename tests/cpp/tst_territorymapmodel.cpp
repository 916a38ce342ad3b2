#include "content/exhibitjson.h"
#include "models/contentstore.h"
#include "models/territorymapmodel.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

/** The territory map as the kiosk draws it: the projection puts places where
 *  they belong, the states come in their drawing order and language, and the
 *  bundled exhibit has the years, cities and rivers the exhibit promises. */
class TestTerritoryMapModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void projection_data()
    {
        QTest::addColumn<QPointF>("lonLat");
        QTest::addColumn<QPointF>("expected"); // in map units; the minimal map is 25 by 17 degrees
        const double aspect = 25 * std::cos(qDegreesToRadians(36.5)) / 17;
        QTest::newRow("north-west corner") << QPointF(100, 45) << QPointF(0, 0);
        QTest::newRow("south-east corner") << QPointF(125, 28) << QPointF(aspect, 1);
        QTest::newRow("middle") << QPointF(112.5, 36.5) << QPointF(aspect / 2, 0.5);
    }

    void projection()
    {
        QFETCH(QPointF, lonLat);
        QFETCH(QPointF, expected);
        const auto read
            = ExhibitJson::readFile(TestHelpers::dataFile(QStringLiteral("minimal-exhibit.json")));
        QVERIFY2(read.ok(), qPrintable(read.errors.join(QLatin1Char('\n'))));
        TerritoryMapModel model;
        model.setContent(read.document.map);
        const QPointF projected = model.project(lonLat);
        QVERIFY2(qAbs(projected.x() - expected.x()) < 1e-9
                     && qAbs(projected.y() - expected.y()) < 1e-9,
                 qPrintable(QStringLiteral("%1, %2").arg(projected.x()).arg(projected.y())));
        QCOMPARE(model.kilometresPerUnit(), 17 * 111.2);
    }

    void minimalMap()
    {
        const auto read
            = ExhibitJson::readFile(TestHelpers::dataFile(QStringLiteral("minimal-exhibit.json")));
        TerritoryMapModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContent(read.document.map);
        model.setLanguage(QStringLiteral("zh"));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex year = model.index(0);
        QCOMPARE(year.data(TerritoryMapModel::YearRole).toInt(), 1127);
        QCOMPARE(year.data(TerritoryMapModel::CaptionRole).toString(),
                 QStringLiteral("北方沦陷。"));
        const QVariantList regions = year.data(TerritoryMapModel::RegionsRole).toList();
        QCOMPARE(regions.size(), 2);
        const QVariantMap jin = regions.at(0).toMap();
        QCOMPARE(jin.value(QStringLiteral("name")).toString(), QStringLiteral("金"));
        QCOMPARE(jin.value(QStringLiteral("colour")).value<QColor>(),
                 QColor(QStringLiteral("#5b6f8a")));
        // A ring: four corners and the first again, so the outline closes.
        const QVariantList points = jin.value(QStringLiteral("points")).toList();
        QCOMPARE(points.size(), 5);
        QCOMPARE(points.first(), points.last());
        QVERIFY(jin.value(QStringLiteral("hasLabel")).toBool());
        QVERIFY(!regions.at(1).toMap().value(QStringLiteral("hasLabel")).toBool());

        const QVariantList features = model.features();
        QCOMPARE(features.size(), 3);
        QCOMPARE(features.at(0).toMap().value(QStringLiteral("points")).toList().size(),
                 4); // the sea, closed
        QCOMPARE(features.at(1).toMap().value(QStringLiteral("points")).toList().size(),
                 2); // a river stays open
        QCOMPARE(features.at(1).toMap().value(QStringLiteral("toYear")).toInt(), 1127);
        const QVariantMap kaifeng = features.at(2).toMap();
        QCOMPARE(kaifeng.value(QStringLiteral("name")).toString(), QStringLiteral("开封"));
        QCOMPARE(kaifeng.value(QStringLiteral("labelAt")).toPointF(),
                 model.project(QPointF(114.345, 34.795)));
    }

    // The year on screen, as the map screen shows it, follows the language.
    void shownYear()
    {
        const auto read
            = ExhibitJson::readFile(TestHelpers::dataFile(QStringLiteral("minimal-exhibit.json")));
        TerritoryMapModel model;
        QSignalSpy shown { &model, &TerritoryMapModel::shownChanged };
        model.setContent(read.document.map);
        model.setLanguage(QStringLiteral("en"));
        model.setShownIndex(0);
        QCOMPARE(model.shownYear(), 1127);
        const QString english = model.shownCaption();
        model.setLanguage(QStringLiteral("zh"));
        QCOMPARE(model.shownCaption(), QStringLiteral("北方沦陷。"));
        QVERIFY(model.shownCaption() != english);
        QCOMPARE(model.shownRegions().size(), 2);
        QCOMPARE(shown.count(), 3); // content, then each language
        // The river runs until 1127 (its toYear), and is gone after it.
        QVERIFY(model.featureShown(1, 1127));
        QVERIFY(!model.featureShown(1, 1128));
        QVERIFY(model.featureShown(0, 1128)); // the sea, open-ended
        QVERIFY(!model.featureShown(3, 1127)); // no such feature
        model.setShownIndex(5); // not a year of this map: nothing shown
        QCOMPARE(model.shownYear(), 0);
        QVERIFY(model.shownRegions().isEmpty());
    }

    void bundledMap()
    {
        ContentStore store(nullptr);
        QVERIFY(store.load(TestHelpers::buildFile(QStringLiteral("content/content.db")),
                           TestHelpers::sourceFile(QStringLiteral("media"))));
        TerritoryMapModel *map = store.territoryMap();
        QAbstractItemModelTester tester(map,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList years;
        for (int row = 0; row < map->rowCount(); ++row)
            years << map->index(row).data(TerritoryMapModel::YearRole).toString();
        QCOMPARE(years,
                 QStringList({ QStringLiteral("1111"), QStringLiteral("1125"),
                               QStringLiteral("1127"), QStringLiteral("1142") }));

        // The north is marked as lost once it is.
        const auto hasLost = [&](int row) {
            const QVariantList regions
                = map->index(row).data(TerritoryMapModel::RegionsRole).toList();
            return std::any_of(regions.begin(), regions.end(), [](const QVariant &r) {
                return r.toMap().value(QStringLiteral("hatched")).toBool();
            });
        };
        QVERIFY(!hasLost(0) && !hasLost(1) && hasLost(2) && hasLost(3));

        QStringList names;
        for (const QVariant &feature : map->features())
            names << feature.toMap().value(QStringLiteral("featureId")).toString();
        for (const char *id :
             { "kaifeng", "yanjing", "taiyuan", "yingtianfu", "jiankang", "linan", "huining",
               "yellow-river", "yellow-river-north", "yellow-river-south", "huai", "yangtze",
               "great-wall", "dasan-pass" })
            QVERIFY2(names.contains(QLatin1String(id)), id);

        // Every city lies inside the frame.
        for (const QVariant &feature : map->features()) {
            const QVariantMap f = feature.toMap();
            const QPointF at = f.value(QStringLiteral("labelAt")).toPointF();
            QVERIFY2(at.x() >= 0 && at.x() <= map->aspectRatio() && at.y() >= 0 && at.y() <= 1,
                     qPrintable(f.value(QStringLiteral("featureId")).toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTerritoryMapModel)
#include "tst_territorymapmodel.moc"
