#pragma once

#include <QQuickItem>

/** The root of everything a visitor sees (KioskRoot.qml is one): it says
 *  when the visit's screens, made in the background after the first frame,
 *  are all loaded, for the hosts that wait for them (the previews, the
 *  benchmarks, --benchmark-startup). */
class KioskFrame : public QQuickItem
{
    Q_OBJECT
    Q_PROPERTY(
        bool screensLoaded READ screensLoaded WRITE setScreensLoaded NOTIFY screensLoadedChanged)

public:
    using QQuickItem::QQuickItem;

    [[nodiscard]] bool screensLoaded() const { return m_screensLoaded; }
    void setScreensLoaded(bool loaded);

Q_SIGNALS:
    void screensLoadedChanged();

private:
    bool m_screensLoaded = false;
};
