#include "kiosk/kioskframe.h"

void KioskFrame::setScreensLoaded(bool loaded)
{
    if (m_screensLoaded != loaded) {
        m_screensLoaded = loaded;
        Q_EMIT screensLoadedChanged();
    }
}
