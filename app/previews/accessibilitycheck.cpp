#include "previews/accessibilitycheck.h"

#include "keypad/visiblescene.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QQuickItem>

#include <cmath>
#include <optional>

namespace AccessibilityCheck {

namespace {

// A text smaller than this (a sliver at a scrolling edge) is not judged.
constexpr qreal sliver = 4;
// A pixel this close to a text's colour (summed over red, green and blue) is one of its letters.
constexpr int letterDistance = 48;

double channel(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

// `color` drawn at `opacity` over `background`, as the screen shows it.
QColor over(const QColor &color, double opacity, const QColor &background)
{
    const auto mix = [opacity](double a, double b) { return a * opacity + b * (1 - opacity); };
    return QColor::fromRgbF(float(mix(color.redF(), background.redF())),
                            float(mix(color.greenF(), background.greenF())),
                            float(mix(color.blueF(), background.blueF())));
}

// How opaque an item is drawn: its opacity and every ancestor's, up to the screen.
double opacityOf(const QQuickItem *item, const QQuickItem *screen)
{
    double opacity = 1;
    for (const QQuickItem *up = item; up && up != screen; up = up->parentItem())
        opacity *= up->opacity();
    return opacity;
}

// The colour most of `area` shows besides the letters themselves: the
// background a text is drawn on. Colours are counted in bins (a gradient or
// a painting behind a text is many near colours, not one), and the winning
// bin's commonest colour is taken; pixels near the letters' colour are left
// out (large letters can outnumber any one colour behind them).
QColor backgroundIn(const QImage &image, const QRect &area, const QColor &letters)
{
    const auto binOf = [](QRgb pixel) {
        return qRgb(qRed(pixel) & 0xf0, qGreen(pixel) & 0xf0, qBlue(pixel) & 0xf0);
    };
    QHash<QRgb, int> bins;
    QHash<QRgb, int> colours;
    const QRect inside = area.intersected(image.rect());
    const QRgb text = letters.rgb();
    for (int y = inside.top(); y <= inside.bottom(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = inside.left(); x <= inside.right(); x += 2) {
            const QRgb pixel = line[x] | 0xff000000u;
            if (std::abs(qRed(pixel) - qRed(text)) + std::abs(qGreen(pixel) - qGreen(text))
                    + std::abs(qBlue(pixel) - qBlue(text))
                < letterDistance)
                continue;
            ++bins[binOf(pixel)];
            ++colours[pixel];
        }
    }
    const auto commonest = [](const QHash<QRgb, int> &counts, const auto &accept) {
        std::optional<QRgb> most;
        int mostCount = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (accept(it.key()) && it.value() > mostCount) {
                most = it.key();
                mostCount = it.value();
            }
        }
        return most;
    };
    const std::optional<QRgb> bin = commonest(bins, [](QRgb) { return true; });
    if (!bin)
        return letters; // nothing but letters: nothing to judge against
    return QColor::fromRgb(*commonest(colours, [&](QRgb colour) { return binOf(colour) == *bin; }));
}

bool insidePressable(const QQuickItem *item, const QQuickItem *screen)
{
    for (const QQuickItem *up = item->parentItem(); up && up != screen; up = up->parentItem()) {
        if (up->activeFocusOnTab() && up->metaObject()->indexOfSignal("clicked()") >= 0)
            return true;
    }
    return false;
}

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QList<Finding> findUnnamed(QQuickItem *screen)
{
    QList<Finding> findings;
    if (!screen)
        return findings;
    for (const VisibleScene::Control &control : VisibleScene::controls(screen).list) {
        if (VisibleScene::labelOf(control.item).trimmed().isEmpty())
            findings.append({ PreviewFinding::nameOf(control.item, {}), 0,
                              QStringLiteral("has no name for the keypad and the screen reader "
                                             "to say (Accessible.name)"),
                              control.shown });
    }
    // A picture that says what it shows has a description; one inside a
    // button (a chapter's tile) is named by the button.
    VisibleScene::walk(
        screen,
        [&](QQuickItem *item, const QRectF &clip) {
            if (item->metaObject()->indexOfProperty("description") < 0
                || !item->property("description").toString().trimmed().isEmpty()
                || !item->inherits("QQuickRectangle") || insidePressable(item, screen))
                return;
            const QRectF shown = clip.intersected(VisibleScene::rectIn(screen, item));
            if (shown.width() > sliver && shown.height() > sliver)
                findings.append({ PreviewFinding::nameOf(item, {}), 0,
                                  QStringLiteral("is a picture with no description in words"),
                                  shown });
        },
        [&findings](QQuickItem *) { findings.clear(); });
    return findings;
}

QList<Finding> findFaintText(QQuickItem *screen, const QImage &rendered, double minimum)
{
    QList<Finding> findings;
    if (!screen || rendered.isNull() || screen->width() <= 0)
        return findings;
    const QImage image = rendered.convertToFormat(QImage::Format_RGB32);
    const double scale = image.width() / screen->width();
    VisibleScene::walk(
        screen,
        [&](QQuickItem *item, const QRectF &clip) {
            if (!item->inherits("QQuickText"))
                return;
            const QString words = item->property("text").toString();
            if (words.trimmed().isEmpty())
                return;
            const QRectF shown = clip.intersected(VisibleScene::rectIn(screen, item));
            if (shown.width() <= sliver || shown.height() <= sliver)
                return;
            const QRect pixels(QPointF(shown.topLeft() * scale).toPoint(),
                               QPointF(shown.bottomRight() * scale).toPoint());
            const QColor color = item->property("color").value<QColor>();
            const double opacity = color.alphaF() * opacityOf(item, screen);
            // Found again once the letters' colour as drawn over it is known.
            QColor background = backgroundIn(image, pixels, color);
            background = backgroundIn(image, pixels, over(color, opacity, background));
            // An outlined text (a map's names) is read against its outline.
            if (item->property("style").toInt() != 0) {
                const QColor outline = item->property("styleColor").value<QColor>();
                background = over(outline, outline.alphaF(), background);
            }
            const QColor seen = over(color, opacity, background);
            const double ratio = contrast(seen, background);
            if (ratio < minimum)
                findings.append(
                    { PreviewFinding::nameOf(item, words), 0,
                      QStringLiteral("shows at %1:1 against %2 behind it; WCAG asks %3:1")
                          .arg(ratio, 0, 'f', 2)
                          .arg(background.name())
                          .arg(minimum, 0, 'f', 1),
                      shown });
        },
        [&findings](QQuickItem *) { findings.clear(); });
    return findings;
}

} // namespace AccessibilityCheck
