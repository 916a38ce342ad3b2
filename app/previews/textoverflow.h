#pragma once

#include <QList>
#include <QString>

class QQuickItem;

/** Finds the texts a visitor would not see whole on a rendered screen: a
 *  text cut short (elided, or past its maximum lines), a text taller than
 *  the box it was given, or a text that runs outside a box that holds it
 *  (a card, a panel, a clipping view) or off the screen. Text inside a
 *  scrolling view is allowed below the fold: the visitor scrolls to it. */
namespace TextOverflow {

struct Finding
{
    QString name; // the text's objectName, or its nearest named ancestor's, with the text's start
    int pixels = 0; // by how much it overflows
    QString how; // "overflows", "is cut short", "runs off the screen"

    [[nodiscard]] QString describe() const; // "body "The war began…" overflows by 240 px"
};

// Every overflowing text under `root` that is on screen (visible, not transparent).
[[nodiscard]] QList<Finding> find(QQuickItem *root);

} // namespace TextOverflow
