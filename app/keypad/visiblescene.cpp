#include "keypad/visiblescene.h"

#include "keypad/keypad.h"

#include <QAccessible>
#include <QQuickItem>

#include <algorithm>

namespace VisibleScene {

namespace {

// Less than this of a control on screen is a sliver at a scrolling edge, not something to press.
constexpr qreal sliver = 4;

void walkFrom(const QQuickItem *screen, QQuickItem *item, const QRectF &clip, const Visit &visit,
              const Covered &covered, const QQuickItem *skip)
{
    if (item == skip || !item->isVisible() || item->opacity() <= 0.01)
        return;
    if (Keypad::isModal(item))
        covered(item);
    visit(item, clip);
    const QRectF childClip = item->clip() ? clip.intersected(rectIn(screen, item)) : clip;
    QList<QQuickItem *> children = item->childItems();
    std::stable_sort(children.begin(), children.end(),
                     [](const QQuickItem *a, const QQuickItem *b) { return a->z() < b->z(); });
    for (QQuickItem *child : std::as_const(children))
        walkFrom(screen, child, childClip, visit, covered, skip);
}

} // namespace

void walk(QQuickItem *screen, const Visit &visit, const Covered &covered, const QQuickItem *skip)
{
    if (screen)
        walkFrom(screen, screen, QRectF(0, 0, screen->width(), screen->height()), visit, covered,
                 skip);
}

QRectF rectIn(const QQuickItem *screen, const QQuickItem *item)
{
    return item->mapRectToItem(screen, item->boundingRect());
}

QString labelOf(QQuickItem *control)
{
    if (!control)
        return {};
    if (QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(control)) {
        const QString name = accessible->text(QAccessible::Name);
        if (!name.isEmpty())
            return name;
    }
    return control->property("text").toString();
}

int Controls::indexOf(const QQuickItem *item) const
{
    for (int i = 0; item && i < list.size(); ++i) {
        if (list.at(i).item == item)
            return i;
    }
    return -1;
}

QList<QRectF> Controls::rects() const
{
    QList<QRectF> result;
    result.reserve(list.size());
    for (const Control &control : list)
        result.append(control.rect);
    return result;
}

Controls controls(QQuickItem *screen, const QQuickItem *skip)
{
    Controls found;
    const auto visit = [&found, screen](QQuickItem *item, const QRectF &clip) {
        if (!item->activeFocusOnTab() || !item->isEnabled())
            return;
        const QRectF rect = rectIn(screen, item);
        const QRectF shown = clip.intersected(rect);
        if (shown.width() > sliver && shown.height() > sliver)
            found.list.append({ item, rect, shown });
    };
    const auto covered = [&found](QQuickItem *modal) {
        found.modal = modal;
        found.list.clear();
    };
    walk(screen, visit, covered, skip);
    return found;
}

} // namespace VisibleScene
