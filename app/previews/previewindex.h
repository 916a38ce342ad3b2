#pragma once

#include "previews/previewshot.h"

/** The page a curator opens after --render-previews: every screen as a row,
 *  each language, orientation and text size as a picture in it, and every
 *  text that does not show whole listed at the top and under its picture. */
namespace PreviewIndex {

bool write(const QString &fileName, const QList<PreviewShot> &shots);

} // namespace PreviewIndex
