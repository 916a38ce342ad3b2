#include "keypad/visiblescene.h"

#include "keypad/keypad.h"

#include <QAccessible>
#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>

namespace VisibleScene {

namespace {

// Less than this of a control on screen is a sliver at a scrolling edge, not something to press.
constexpr qreal sliver = 4;

void walkFrom(QQuickItem *item, const QRectF &clip, const Visit &visit, const Covered &covered,
              const QQuickItem *skip)
{
    if (item == skip || !item->isVisible() || item->opacity() <= 0.01)
        return;
    if (Keypad::isModal(item))
        covered(item);
    visit(item, clip);
    const QRectF childClip
        = item->clip() ? clip.intersected(item->mapRectToScene(item->boundingRect())) : clip;
    QList<QQuickItem *> children = item->childItems();
    std::stable_sort(children.begin(), children.end(),
                     [](const QQuickItem *a, const QQuickItem *b) { return a->z() < b->z(); });
    for (QQuickItem *child : std::as_const(children))
        walkFrom(child, childClip, visit, covered, skip);
}

} // namespace

void walk(QQuickItem *root, const QRectF &screen, const Visit &visit, const Covered &covered,
          const QQuickItem *skip)
{
    if (root)
        walkFrom(root, screen, visit, covered, skip);
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

Controls controls(QQuickWindow *window, const QQuickItem *skip)
{
    Controls found;
    if (!window)
        return found;
    const auto visit = [&found](QQuickItem *item, const QRectF &clip) {
        if (!item->activeFocusOnTab() || !item->isEnabled())
            return;
        const QRectF rect = item->mapRectToScene(item->boundingRect());
        const QRectF shown = clip.intersected(rect);
        if (shown.width() > sliver && shown.height() > sliver)
            found.list.append({ item, rect, shown });
    };
    const auto covered = [&found](QQuickItem *modal) {
        found.modal = modal;
        found.list.clear();
    };
    walk(window->contentItem(), QRectF(QPointF(0, 0), window->size()), visit, covered, skip);
    return found;
}

} // namespace VisibleScene
