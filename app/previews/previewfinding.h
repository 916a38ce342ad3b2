#pragma once

#include <QRectF>
#include <QString>

class QQuickItem;

/** One problem a curator's preview found on a screen: a text a visitor
 *  would not see whole or could hardly read, a control they could not use
 *  or that says nothing to the keypad, a picture not described. */
struct PreviewFinding
{
    QString name; // the item's objectName, or its nearest named ancestor's, with its words
    int pixels = 0; // by how much; 0: not a matter of distance
    QString how; // "overflows", "is cut short", "is above the reach zone", ...
    QRectF area; // where on the screen (its coordinates): what Exhibit Studio outlines

    // "body "The war began…" overflows by 240 px"; a finding with no
    // distance (a control with no name) is told without one.
    [[nodiscard]] QString describe() const
    {
        return pixels > 0 ? QStringLiteral("%1 %2 by %3 px").arg(name, how).arg(pixels)
                          : QStringLiteral("%1 %2").arg(name, how);
    }

    // How a finding names an item: `tileWords "A prince who escaped…"`: the
    // nearest objectName up its parents, and the start of what it says.
    [[nodiscard]] static QString nameOf(const QQuickItem *item, const QString &words);
};
