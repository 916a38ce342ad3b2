#pragma once

#include "config/kioskconfig.h"

#include <QElapsedTimer>
#include <QSize>
#include <QString>

#include <functional>

#include <memory>

class KioskScene;
class KioskServices;
class QPointingDevice;
class QQmlEngine;
class QQuickItem;
class QQuickWindow;

/** The whole kiosk (real services, content database, narration through
 *  PulseAudio, analytics) in an offscreen window, driven by simulated touch
 *  for the benchmarks in bench/. */
class BenchKiosk
{
public:
    explicit BenchKiosk(const KioskConfig &config, QSize size = { 1920, 1080 });
    ~BenchKiosk();

    [[nodiscard]] bool isReady() const; // the interface loaded with every screen wanted now
    // Whether the screen the ScreenFader named `faderName` holds is made.
    [[nodiscard]] bool isScreenMade(const QString &faderName) const;
    [[nodiscard]] KioskServices *services() const { return m_services.get(); }
    [[nodiscard]] QQuickWindow *window() const;
    [[nodiscard]] QString renderer() const; // what draws the frames, e.g. "software (offscreen)"

    // The shown, enabled item named `objectName`; with `prefix`, the first
    // whose name starts so.
    [[nodiscard]] QQuickItem *visibleItem(const QString &objectName, bool prefix = false) const;
    // A finger's tap at the centre of `item` (or of the window).
    void tap(QQuickItem *item = nullptr);
    void waitForFrame(int timeoutMilliseconds = 2000);
    static void wait(int milliseconds); // events go on meanwhile
    bool waitFor(const std::function<bool()> &condition, int timeoutMilliseconds);

    [[nodiscard]] static qint64 residentKilobytes();
    // A line of /proc/self/status in KB, e.g. "RssAnon" (the process's own
    // memory) or "RssFile" (pages of libraries and fonts it has read, which
    // the kernel can take back).
    [[nodiscard]] static qint64 statusKilobytes(const char *field);
    // What malloc has handed out and not been given back: live heap, as
    // against resident memory that also counts freed pages malloc keeps.
    [[nodiscard]] static qint64 heapInUseKilobytes();
    // Freed space malloc keeps in its heaps (what fragmentation costs).
    [[nodiscard]] static qint64 heapFreeKilobytes();
    [[nodiscard]] static qint64 threadCpuNanoseconds();

private:
    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<KioskServices> m_services; // before the engine: made after it, gone before it
    std::unique_ptr<KioskScene> m_scene;
    QPointingDevice *m_finger; // owned by Qt's device registry
};
