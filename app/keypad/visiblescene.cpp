#include "keypad/visiblescene.h"

#include "keypad/flickablescroll.h"
#include "keypad/keypad.h"

#include <QAccessible>
#include <QHash>
#include <QQuickItem>
#include <QSet>

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

bool isPicture(QQuickItem *item)
{
    QAccessibleInterface *accessible = item ? QAccessible::queryAccessibleInterface(item) : nullptr;
    return accessible && accessible->role() == QAccessible::Graphic
        && !accessible->text(QAccessible::Name).isEmpty();
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

QList<Readable> readables(QQuickItem *screen, const QQuickItem *skip)
{
    QList<Readable> found;
    QSet<const QQuickItem *> pressable;
    // Flickables on screen, with the part shown: a text scrolled out of
    // sight above or below is read too (reading on scrolls to it); what lies
    // beside (the pager's other chapters) is another page, not read.
    QHash<const QQuickItem *, QRectF> scrolling;
    const auto insidePressable = [&pressable, screen](const QQuickItem *item) {
        for (const QQuickItem *up = item->parentItem(); up && up != screen; up = up->parentItem()) {
            if (pressable.contains(up))
                return true;
        }
        return false;
    };
    const auto scrolledAway = [&scrolling, screen](const QQuickItem *item, const QRectF &rect) {
        for (const QQuickItem *up = item->parentItem(); up && up != screen; up = up->parentItem()) {
            if (!FlickableScroll::isFlickable(up))
                continue;
            const auto view = scrolling.constFind(up);
            return view != scrolling.cend() && rect.left() < view->right()
                && rect.right() > view->left();
        }
        return false;
    };
    const auto visit = [&](QQuickItem *item, const QRectF &clip) {
        if (insidePressable(item))
            return;
        const QRectF rect = rectIn(screen, item);
        // A finger finds a text anywhere on its line, not only on its letters.
        const QRectF area
            = rect.united(item->mapRectToItem(screen, QRectF(0, 0, item->width(), item->height())));
        QRectF shown = clip.intersected(area);
        if (shown.width() <= sliver || shown.height() <= sliver) {
            if (!scrolledAway(item, rect))
                return;
            shown = QRectF();
        } else if (FlickableScroll::isFlickable(item)) {
            scrolling.insert(item, shown);
        }
        if (item->activeFocusOnTab() && item->isEnabled()
            && item->metaObject()->indexOfSignal("clicked()") >= 0) {
            pressable.insert(item);
            found.append({ item, Readable::Control, labelOf(item), rect, shown });
            return;
        }
        if (item->inherits("QQuickText")) {
            const QString text = item->property("text").toString().simplified();
            if (!text.isEmpty())
                found.append({ item, Readable::Text, text, rect, shown });
            return;
        }
        if (isPicture(item))
            found.append({ item, Readable::Picture, labelOf(item), rect, shown });
    };
    const auto covered = [&found, &pressable, &scrolling](QQuickItem *) {
        found.clear();
        pressable.clear();
        scrolling.clear();
    };
    walk(screen, visit, covered, skip);
    return found;
}

} // namespace VisibleScene
