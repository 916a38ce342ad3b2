#include "kiosk/startupbenchmark.h"

#include "kiosk/kioskframe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QQuickItem>
#include <QQuickWindow>

#include <cstdio>
#include <sys/resource.h>

StartupBenchmark::StartupBenchmark(const QElapsedTimer &sinceStart, QQuickWindow *window,
                                   QObject *parent)
    : QObject(parent)
    , m_sinceStart(sinceStart)
    , m_kioskRoot(window->findChild<KioskFrame *>(QStringLiteral("kioskRoot")))
{
    // frameSwapped comes from the render thread; the queued connection reads it here.
    connect(window, &QQuickWindow::frameSwapped, this, &StartupBenchmark::firstFrameShown,
            Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    if (m_kioskRoot)
        connect(m_kioskRoot, &KioskFrame::screensLoadedChanged, this,
                &StartupBenchmark::checkScreens);
}

void StartupBenchmark::firstFrameShown()
{
    m_firstFrameShown = true;
    print("first-frame-ms", m_sinceStart.elapsed());
    print("first-frame-epoch-ms", QDateTime::currentMSecsSinceEpoch());
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    print("first-frame-peak-rss-kb", usage.ru_maxrss);
    // How much of it is the files mapped (libraries, fonts) and how much memory of our own.
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        // "RssAnon:\t   28688 kB"
        const auto kilobytes = [](const QByteArray &line) {
            return line.mid(8).trimmed().split(' ').value(0).toLongLong();
        };
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("RssAnon:"))
                print("first-frame-anon-kb", kilobytes(line));
            else if (line.startsWith("RssFile:"))
                print("first-frame-file-kb", kilobytes(line));
        }
    }
    checkScreens();
}

void StartupBenchmark::checkScreens()
{
    // Without the root (a changed Main.qml) the first frame is all there is to measure.
    const bool ready = !m_kioskRoot || m_kioskRoot->screensLoaded();
    if (!m_firstFrameShown || !ready || m_finished)
        return;
    m_finished = true;
    if (m_kioskRoot)
        print("screens-ready-ms", m_sinceStart.elapsed());
    QCoreApplication::exit(0); // not quit(): that asks the windows, and the kiosk window refuses
}

void StartupBenchmark::print(const char *name, qint64 value)
{
    std::printf("%s %lld\n", name, static_cast<long long>(value));
    std::fflush(stdout);
}
