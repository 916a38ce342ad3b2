#include "previews/textoverflow.h"

#include "keypad/flickablescroll.h"
#include "keypad/visiblescene.h"

#include <QQuickItem>

#include <cmath>

namespace TextOverflow {

namespace {

// Less than this is antialiasing and rounding, not a visitor's problem.
constexpr qreal tolerance = 2;

// Where the text's letters are, in the screen's coordinates: its box, or
// more if the letters do not fit in it (a text is not clipped to its box).
QRectF paintedRect(const QQuickItem *screen, const QQuickItem *text)
{
    const qreal contentWidth = text->property("contentWidth").toReal();
    const qreal contentHeight = text->property("contentHeight").toReal();
    QRectF local(0, 0, std::max(text->width(), contentWidth),
                 std::max(text->height(), contentHeight));
    // Centred or right-aligned text spills both ways; the box is where it starts.
    const int hAlign = text->property("horizontalAlignment").toInt();
    if (contentWidth > text->width() && hAlign == Qt::AlignHCenter)
        local.moveLeft(-(contentWidth - text->width()) / 2);
    else if (contentWidth > text->width() && hAlign == Qt::AlignRight)
        local.moveLeft(-(contentWidth - text->width()));
    return text->mapRectToItem(screen, local);
}

qreal beyond(const QRectF &inner, const QRectF &outer)
{
    return std::max({ outer.left() - inner.left(), inner.right() - outer.right(),
                      outer.top() - inner.top(), inner.bottom() - outer.bottom(), qreal(0) });
}

void check(const QQuickItem *screen, QQuickItem *text, QList<Finding> &findings)
{
    if (text->property("text").toString().trimmed().isEmpty())
        return;
    const QString name = PreviewFinding::nameOf(text, text->property("text").toString());
    if (text->property("truncated").toBool()) {
        const qreal cut = std::max(text->implicitWidth() - text->width(),
                                   text->implicitHeight() - text->height());
        findings.append({ name, int(std::ceil(std::max<qreal>(cut, 1))),
                          QStringLiteral("is cut short"), VisibleScene::rectIn(screen, text) });
        return;
    }
    // Taller than its box, or (wrapping) wider: a word too long for the line.
    const qreal taller = text->property("contentHeight").toReal() - text->height();
    const bool wraps = text->property("wrapMode").toInt() != 0;
    const qreal wider = wraps ? text->property("contentWidth").toReal() - text->width() : 0;
    const QRectF letters = paintedRect(screen, text);
    if (taller > tolerance || wider > tolerance) {
        findings.append({ name, int(std::ceil(std::max(taller, wider))),
                          QStringLiteral("overflows its box"), letters });
        return;
    }
    // Against every box that holds it, up to the screen, stopping at a
    // scrolling view (what lies below its fold is scrolled to, not lost).
    for (QQuickItem *box = text->parentItem(); box && box != screen; box = box->parentItem()) {
        if (FlickableScroll::isFlickable(box))
            return; // and off screen in a list or pager means "scroll to it"
        if (box->width() <= 0 || box->height() <= 0)
            continue; // a point to hang things on (a map label's anchor), not a box
        const qreal by = beyond(letters, VisibleScene::rectIn(screen, box));
        if (by > tolerance) {
            findings.append({ name, int(std::ceil(by)), QStringLiteral("overflows"), letters });
            return;
        }
    }
    const qreal by = beyond(letters, QRectF(0, 0, screen->width(), screen->height()));
    if (by > tolerance)
        findings.append(
            { name, int(std::ceil(by)), QStringLiteral("runs off the screen"), letters });
}

} // namespace

QList<Finding> find(QQuickItem *screen)
{
    QList<Finding> findings;
    // A dialog covers the screen beneath it, which is checked on its own.
    const auto visit = [&findings, screen](QQuickItem *item, const QRectF &) {
        if (item->inherits("QQuickText"))
            check(screen, item, findings);
    };
    VisibleScene::walk(screen, visit, [&findings](QQuickItem *) { findings.clear(); });
    return findings;
}

} // namespace TextOverflow
