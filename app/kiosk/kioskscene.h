#pragma once

#include "kiosk/kioskframe.h"

#include <QSize>

#include <memory>

class QQmlEngine;
class QQuickItem;
class QQuickWindow;

/** The visitors' interface (KioskRoot.qml) in a plain window of its own, for
 *  the tools that drive the exhibit without the kiosk's lockdown: the
 *  previews and the benchmarks. The engine must have its KioskServices. */
class KioskScene
{
public:
    KioskScene(QQmlEngine *engine, QSize size);
    ~KioskScene();

    [[nodiscard]] bool isValid() const { return m_root != nullptr; }
    [[nodiscard]] QQuickWindow *window() const { return m_window.get(); }
    [[nodiscard]] KioskFrame *root() const { return m_root; }
    void resize(QSize size);
    // The visit's screens are made in the background after the first frame.
    [[nodiscard]] bool screensLoaded() const;
    bool waitForScreens(int timeoutMilliseconds = 10000) const;
    // Lets `milliseconds` pass with events, animations and frames going on.
    static void wait(int milliseconds);

private:
    std::unique_ptr<QQuickWindow> m_window;
    KioskFrame *m_root = nullptr; // owned by the window's content item
};
