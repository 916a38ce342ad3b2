#pragma once

#include "previews/previewfinding.h"

#include <QList>
#include <QString>

/** One rendered preview: a screen in one language, orientation and text
 *  size, the PNG it was saved to, and what on it a visitor could not read
 *  or reach. */
struct PreviewShot
{
    QString screen; // "chapter battles"
    QString language;
    QString orientation; // "landscape", "portrait"
    QString textSize; // "normal", "large"
    QString file; // relative to the output folder
    QList<PreviewFinding> problems; // texts not shown whole, controls out of reach or covered

    [[nodiscard]] QString title() const; // "chapter battles zh portrait large"
};
