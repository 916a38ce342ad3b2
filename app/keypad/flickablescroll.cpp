#include "keypad/flickablescroll.h"

#include <QQuickItem>

#include <algorithm>

namespace FlickableScroll {

namespace {

struct Axis
{
    const char *position; // contentY
    const char *origin; // originY
    const char *extent; // contentHeight
};
constexpr Axis vertical { "contentY", "originY", "contentHeight" };
constexpr Axis horizontal { "contentX", "originX", "contentWidth" };

qreal viewSize(const QQuickItem *flickable, const Axis &axis)
{
    return &axis == &vertical ? flickable->height() : flickable->width();
}

// The furthest the content may scroll: [origin, origin + extent - view].
std::pair<qreal, qreal> range(const QQuickItem *flickable, const Axis &axis)
{
    const qreal origin = flickable->property(axis.origin).toReal();
    const qreal extent = flickable->property(axis.extent).toReal();
    return { origin, origin + std::max<qreal>(0, extent - viewSize(flickable, axis)) };
}

bool scrollTo(QQuickItem *flickable, const Axis &axis, qreal position)
{
    const auto [low, high] = range(flickable, axis);
    const qreal current = flickable->property(axis.position).toReal();
    const qreal clamped = std::clamp(position, low, high);
    if (qAbs(clamped - current) < 0.5)
        return false;
    flickable->setProperty(axis.position, clamped);
    return true;
}

void bringIntoView(QQuickItem *flickable, const QQuickItem *item, const Axis &axis)
{
    const QRectF rect = item->mapRectToItem(flickable, item->boundingRect());
    const qreal start = &axis == &vertical ? rect.top() : rect.left();
    const qreal end = &axis == &vertical ? rect.bottom() : rect.right();
    const qreal view = viewSize(flickable, axis);
    if (start >= 0 && end <= view)
        return; // in full view already: a page of a pager stays where it is
    // A margin shows there is more beyond (a sliver of the next card).
    const qreal margin = std::min(view * 0.08, std::max<qreal>(0, (view - (end - start)) / 2));
    const qreal current = flickable->property(axis.position).toReal();
    if (start < margin)
        scrollTo(flickable, axis, current - (margin - start));
    else if (end > view - margin)
        scrollTo(flickable, axis, current + std::min(end - (view - margin), start - margin));
}

} // namespace

bool isFlickable(const QQuickItem *item) { return item && item->inherits("QQuickFlickable"); }

bool scrollPage(QQuickItem *flickable, int direction)
{
    const qreal current = flickable->property(vertical.position).toReal();
    return scrollTo(flickable, vertical, current + direction * flickable->height() * 0.6);
}

void bringIntoView(QQuickItem *item)
{
    for (QQuickItem *ancestor = item->parentItem(); ancestor; ancestor = ancestor->parentItem()) {
        if (!isFlickable(ancestor))
            continue;
        bringIntoView(ancestor, item, vertical);
        bringIntoView(ancestor, item, horizontal);
    }
}

} // namespace FlickableScroll
