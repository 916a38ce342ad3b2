#include "keypad/spatialfocus.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace SpatialFocus {

namespace {

// How far `candidate` lies beyond `from` in the direction (0 if they touch
// or overlap), and how far off the line it is (0 if its span overlaps
// `from`'s across the direction); `along` is -1 if it is not that way at all.
struct Offsets
{
    qreal along = -1;
    qreal across = 0;
    qreal centreAcross = 0;
};

qreal gapBetween(qreal startA, qreal endA, qreal startB, qreal endB)
{
    const qreal overlap = std::min(endA, endB) - std::max(startA, startB);
    return overlap >= 0 ? 0 : -overlap;
}

Offsets offsets(const QRectF &from, const QRectF &to, Direction direction)
{
    Offsets result;
    const bool horizontal = direction == Direction::Left || direction == Direction::Right;
    const qreal forward = direction == Direction::Right ? to.center().x() - from.center().x()
        : direction == Direction::Left                  ? from.center().x() - to.center().x()
        : direction == Direction::Down                  ? to.center().y() - from.center().y()
                                                        : from.center().y() - to.center().y();
    // Its centre must lie past ours, and its far edge past our edge: a
    // control below and to the left is not "left" of us.
    const bool beyondEdge = direction == Direction::Right ? to.right() > from.right() + 1
        : direction == Direction::Left                    ? to.left() < from.left() - 1
        : direction == Direction::Down                    ? to.bottom() > from.bottom() + 1
                                                          : to.top() < from.top() - 1;
    if (forward < 1 || !beyondEdge)
        return result;
    if (horizontal) {
        result.along = direction == Direction::Right ? std::max<qreal>(0, to.left() - from.right())
                                                     : std::max<qreal>(0, from.left() - to.right());
        result.across = gapBetween(from.top(), from.bottom(), to.top(), to.bottom());
        result.centreAcross = std::abs(to.center().y() - from.center().y());
    } else {
        result.along = direction == Direction::Down ? std::max<qreal>(0, to.top() - from.bottom())
                                                    : std::max<qreal>(0, from.top() - to.bottom());
        result.across = gapBetween(from.left(), from.right(), to.left(), to.right());
        result.centreAcross = std::abs(to.center().x() - from.center().x());
    }
    return result;
}

} // namespace

int inDirection(const QRectF &from, const QList<QRectF> &candidates, Direction direction)
{
    int best = -1;
    qreal bestScore = std::numeric_limits<qreal>::max();
    for (int i = 0; i < candidates.size(); ++i) {
        const Offsets o = offsets(from, candidates.at(i), direction);
        if (o.along < 0)
            continue;
        // Being out of line costs far more than being far: Right along a
        // footer goes to the footer's next button across the screen, not to
        // a card diagonally above that happens to be nearer. The centre
        // distance breaks ties.
        const qreal score = o.along + 10 * o.across + 0.05 * o.centreAcross;
        if (score < bestScore) {
            bestScore = score;
            best = i;
        }
    }
    return best;
}

QList<int> readingOrder(const QList<QRectF> &candidates)
{
    QList<int> order(candidates.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return candidates.at(a).top() < candidates.at(b).top(); });
    // Rows from the top: a control joins a row when it overlaps the row's
    // first control by half the smaller height; each row reads left to right.
    const auto sameRow = [](const QRectF &first, const QRectF &r) {
        const qreal overlap = std::min(first.bottom(), r.bottom()) - std::max(first.top(), r.top());
        return overlap >= 0.5 * std::min(first.height(), r.height());
    };
    for (auto start = order.begin(); start != order.end();) {
        auto end = std::next(start);
        while (end != order.end() && sameRow(candidates.at(*start), candidates.at(*end)))
            ++end;
        std::stable_sort(start, end, [&](int a, int b) {
            return candidates.at(a).left() < candidates.at(b).left();
        });
        start = end;
    }
    return order;
}

int nearest(const QPointF &point, const QList<QRectF> &candidates)
{
    int best = -1;
    qreal bestDistance = std::numeric_limits<qreal>::max();
    for (int i = 0; i < candidates.size(); ++i) {
        const QRectF &r = candidates.at(i);
        const qreal dx = gapBetween(point.x(), point.x(), r.left(), r.right());
        const qreal dy = gapBetween(point.y(), point.y(), r.top(), r.bottom());
        const qreal distance = std::hypot(dx, dy);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

} // namespace SpatialFocus
