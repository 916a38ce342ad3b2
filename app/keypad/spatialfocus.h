#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

/** Which control an arrow key leads to, decided from the controls' places
 *  on screen alone: the nearest one in the arrow's direction, preferring
 *  those in line with the current one (the row for left/right, the column
 *  for up/down), as a sighted visitor would expect. */
namespace SpatialFocus {

enum class Direction { Up, Down, Left, Right };

// The index of the candidate an arrow from `from` leads to, or -1 if there is none that way.
[[nodiscard]] int inDirection(const QRectF &from, const QList<QRectF> &candidates,
                              Direction direction);
// The candidates' indexes in reading order: rows from the top, each left to right.
[[nodiscard]] QList<int> readingOrder(const QList<QRectF> &candidates);
// The index of the candidate nearest to `point`, or -1 if there are none.
[[nodiscard]] int nearest(const QPointF &point, const QList<QRectF> &candidates);

} // namespace SpatialFocus
