#include "previews/previewshot.h"

QString PreviewShot::title() const
{
    return QStringLiteral("%1 %2 %3 %4").arg(screen, language, orientation, textSize);
}
