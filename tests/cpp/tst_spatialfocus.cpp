#include "keypad/spatialfocus.h"

#include <QTest>

using SpatialFocus::Direction;

/** Where arrows lead on layouts like the kiosk's: a menu of five cards over a
 *  footer, a chapter bar, a gallery grid. */
class TestSpatialFocus : public QObject
{
    Q_OBJECT

    // Five cards in a row (0–4) over a footer of three buttons (5–7) at the left and one (8) at the
    // right.
    static QList<QRectF> menu()
    {
        QList<QRectF> rects;
        for (int i = 0; i < 5; ++i)
            rects.append(QRectF(72 + i * 360, 200, 330, 600));
        rects.append({ 72, 960, 180, 96 });
        rects.append({ 272, 960, 180, 96 });
        rects.append({ 472, 960, 180, 96 });
        rects.append({ 1600, 960, 240, 96 });
        return rects;
    }

private Q_SLOTS:
    void arrows_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("expected");

        QTest::newRow("right along the cards") << 1 << int(Direction::Right) << 2;
        QTest::newRow("left along the cards") << 1 << int(Direction::Left) << 0;
        QTest::newRow("no card left of the first") << 0 << int(Direction::Left) << -1;
        QTest::newRow("no card right of the last") << 4 << int(Direction::Right) << -1;
        QTest::newRow("nothing above the cards") << 2 << int(Direction::Up) << -1;
        QTest::newRow("down from the first card to the button under it")
            << 0 << int(Direction::Down) << 5;
        QTest::newRow("down from the last card to the button under it")
            << 4 << int(Direction::Down) << 8;
        QTest::newRow("down from a card with no button under it: the nearest")
            << 2 << int(Direction::Down) << 7;
        QTest::newRow("up from a footer button to the card above") << 6 << int(Direction::Up) << 0;
        QTest::newRow("up from the right-hand button") << 8 << int(Direction::Up) << 4;
        QTest::newRow("right along the footer") << 5 << int(Direction::Right) << 6;
        QTest::newRow("right from the footer's group to the far button")
            << 7 << int(Direction::Right) << 8;
    }

    void arrows()
    {
        QFETCH(int, from);
        QFETCH(int, direction);
        QFETCH(int, expected);
        const QList<QRectF> rects = menu();
        QCOMPARE(SpatialFocus::inDirection(rects.at(from), rects, Direction(direction)), expected);
    }

    void aControlBelowIsNotBeside()
    {
        // A button under the left half of a card is below it, not to its left.
        const QList<QRectF> rects { { 72, 200, 330, 600 }, { 72, 960, 180, 96 } };
        QCOMPARE(SpatialFocus::inDirection(rects.at(0), rects, Direction::Left), -1);
        QCOMPARE(SpatialFocus::inDirection(rects.at(0), rects, Direction::Down), 1);
    }

    void readingOrderIsRowsThenLeftToRight()
    {
        // A 3×2 gallery given in a jumbled order, cards a little uneven in height.
        const QList<QRectF> rects { { 700, 520, 300, 420 }, { 0, 0, 300, 400 },
                                    { 350, 10, 300, 400 },  { 0, 500, 300, 400 },
                                    { 700, 0, 300, 420 },   { 350, 505, 300, 400 } };
        QCOMPARE(SpatialFocus::readingOrder(rects), QList<int>({ 1, 2, 4, 3, 5, 0 }));
        QCOMPARE(SpatialFocus::readingOrder({}), QList<int>());
    }

    void nearestToWhereTheRingWas()
    {
        const QList<QRectF> rects = menu();
        QCOMPARE(SpatialFocus::nearest(QPointF(700, 1000), rects), 7);
        QCOMPARE(SpatialFocus::nearest(QPointF(800, 400), rects), 2); // inside a card: that card
        QCOMPARE(SpatialFocus::nearest(QPointF(0, 0), {}), -1);
    }
};

QTEST_APPLESS_MAIN(TestSpatialFocus)
#include "tst_spatialfocus.moc"
