#include "previews/controlcheck.h"

#include "controllers/accessibilitycontroller.h"
#include "keypad/flickablescroll.h"
#include "keypad/visiblescene.h"

#include <QQuickItem>

#include <cmath>

namespace ControlCheck {

namespace {

// Less than this is a border drawn over a border, not a control in the way.
constexpr qreal tolerance = 2;

QString nameOf(const VisibleScene::Control &control)
{
    return PreviewFinding::nameOf(control.item, VisibleScene::labelOf(control.item));
}

void findOverlaps(const VisibleScene::Controls &controls, QList<PreviewFinding> &findings)
{
    for (int i = 0; i < controls.list.size(); ++i) {
        for (int j = i + 1; j < controls.list.size(); ++j) {
            const VisibleScene::Control &under = controls.list.at(i);
            const VisibleScene::Control &over = controls.list.at(j); // drawn later: on top
            // A control within a control (a link in a scrolling text) is meant to be there.
            if (under.item->isAncestorOf(over.item) || over.item->isAncestorOf(under.item))
                continue;
            const QRectF both = under.shown.intersected(over.shown);
            const qreal by = std::min(both.width(), both.height());
            if (by > tolerance)
                findings.append({ nameOf(under), int(std::ceil(by)),
                                  QStringLiteral("is covered by ") + nameOf(over), both });
        }
    }
}

void findOutOfReach(const VisibleScene::Controls &controls, const QSizeF &screen,
                    QList<PreviewFinding> &findings)
{
    if (screen.height() <= screen.width())
        return; // landscape: the whole screen is within reach
    const qreal reachTop = screen.height() * AccessibilityController::portraitReachTop;
    for (const VisibleScene::Control &control : controls.list) {
        // A described picture is a stop for the keypad's ring, not a thing
        // to touch: it may hang as high as pictures do.
        if (VisibleScene::isPicture(control.item))
            continue;
        // A button must be wholly in reach; a scrolling text is read on by
        // a swipe anywhere on it, so half of it in reach will do.
        const qreal from = FlickableScroll::isFlickable(control.item) ? control.shown.center().y()
                                                                      : control.shown.top();
        const qreal by = reachTop - from;
        if (by > tolerance)
            findings.append(
                { nameOf(control), int(std::ceil(by)),
                  QStringLiteral(
                      "is above a wheelchair user's reach (the top %1% of a portrait screen)")
                      .arg(qRound(AccessibilityController::portraitReachTop * 100)),
                  control.shown });
    }
}

// The captions' strip (objectName "captionBand") has a place of its own: no
// text a visitor reads and no control may show under or over it.
void findUnderCaptions(QQuickItem *screen, const VisibleScene::Controls &controls,
                       QList<PreviewFinding> &findings)
{
    // Looked for among the items drawn, which is where it counts.
    QQuickItem *band = nullptr;
    VisibleScene::walk(
        screen,
        [&](QQuickItem *item, const QRectF &) {
            if (!band && item->objectName() == QLatin1String("captionBand"))
                band = item;
        },
        [](QQuickItem *) {});
    if (!band || band->height() <= 0)
        return;
    const QRectF strip = band->mapRectToItem(screen, QRectF(0, 0, band->width(), band->height()));
    const auto check = [&](QQuickItem *item, const QRectF &shown, const QString &words) {
        const QRectF both = shown.intersected(strip);
        const qreal by = std::min(both.width(), both.height());
        if (by > tolerance)
            findings.append({ PreviewFinding::nameOf(item, words), int(std::ceil(by)),
                              QStringLiteral("shows under the captions"), both });
    };
    for (const VisibleScene::Control &control : controls.list)
        check(control.item, control.shown, VisibleScene::labelOf(control.item));
    VisibleScene::walk(
        screen,
        [&](QQuickItem *item, const QRectF &clip) {
            const QString words = item->property("text").toString();
            if (!item->inherits("QQuickText") || words.trimmed().isEmpty())
                return;
            check(item,
                  item->mapRectToItem(screen, QRectF(0, 0, item->width(), item->height()))
                      .intersected(clip),
                  words);
        },
        [](QQuickItem *) {}, band);
}

} // namespace

QList<PreviewFinding> find(QQuickItem *screen)
{
    QList<PreviewFinding> findings;
    if (!screen)
        return findings;
    const VisibleScene::Controls controls = VisibleScene::controls(screen);
    findOverlaps(controls, findings);
    findOutOfReach(controls, screen->size(), findings);
    findUnderCaptions(screen, controls, findings);
    return findings;
}

} // namespace ControlCheck
