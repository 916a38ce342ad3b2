#pragma once

#include <QElapsedTimer>
#include <QObject>

class KioskFrame;
class QQuickWindow;

/** `exhibit-kiosk --benchmark-startup`: how long until a visitor sees the
 *  attract screen, and until every screen of a visit is made (they are made
 *  in the background after the first frame, see ScreenFader). Prints
 *
 *      first-frame-ms N          since main()
 *      first-frame-epoch-ms E    wall clock, so bench/ can add the time
 *                                before main() (loading the libraries)
 *      first-frame-peak-rss-kb K the most resident memory until then
 *      first-frame-anon-kb K     resident then: memory of its own
 *      first-frame-file-kb K     and files mapped (libraries, fonts)
 *      screens-ready-ms N        since main()
 *
 *  then ends the event loop. */
class StartupBenchmark : public QObject
{
    Q_OBJECT

public:
    StartupBenchmark(const QElapsedTimer &sinceStart, QQuickWindow *window,
                     QObject *parent = nullptr);

private:
    void checkScreens();
    void firstFrameShown();
    void print(const char *name, qint64 value);

    QElapsedTimer m_sinceStart;
    KioskFrame *m_kioskRoot = nullptr;
    bool m_firstFrameShown = false;
    bool m_finished = false;
};
