#include "benchkiosk.h"

#include "kiosk/kioskscene.h"
#include "kiosk/kioskservices.h"
#include "kiosk/quietrestart.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTest>
#include <QTimer>

#include <ctime>
#include <malloc.h>

BenchKiosk::BenchKiosk(const KioskConfig &config, QSize size)
    : m_engine(std::make_unique<QQmlEngine>())
    , m_services(std::make_unique<KioskServices>(config, m_engine.get()))
    , m_finger(QTest::createTouchDevice())
{
    m_services->loadContent();
    m_scene = std::make_unique<KioskScene>(m_engine.get(), size);
    m_scene->waitForScreens();
}

BenchKiosk::~BenchKiosk()
{
    m_scene.reset(); // before the engine that made it
}

bool BenchKiosk::isReady() const { return m_scene->screensLoaded(); }

QQuickWindow *BenchKiosk::window() const { return m_scene->window(); }

QString BenchKiosk::renderer() const
{
    const QSGRendererInterface *sg = window()->rendererInterface();
    const QString api = sg->graphicsApi() == QSGRendererInterface::Software
        ? QStringLiteral("software")
        : QStringLiteral("hardware-accelerated API %1").arg(int(sg->graphicsApi()));
    return QStringLiteral("%1 (%2)").arg(api, QGuiApplication::platformName());
}

bool BenchKiosk::isScreenMade(const QString &faderName) const
{
    const auto *fader = m_scene->root()->findChild<QQuickItem *>(faderName);
    return fader && fader->property("loaded").toBool();
}

QQuickItem *BenchKiosk::visibleItem(const QString &objectName, bool prefix) const
{
    // The visual tree: a Loader's screen and a Repeater's items are its
    // children there, not always in the QObject tree.
    QList<QQuickItem *> pending { m_scene->root() };
    while (!pending.isEmpty()) {
        QQuickItem *item = pending.takeFirst();
        // Only shown, enabled branches: a screen fading out is disabled.
        if (!item->isVisible() || !item->isEnabled())
            continue;
        if (prefix ? item->objectName().startsWith(objectName) : item->objectName() == objectName)
            return item;
        pending.append(item->childItems());
    }
    return nullptr;
}

void BenchKiosk::tap(QQuickItem *item)
{
    const QPoint at = item
        ? item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint()
        : QPoint(window()->width() / 2, window()->height() / 2);
    QTest::touchEvent(window(), m_finger).press(0, at, window());
    QTest::touchEvent(window(), m_finger).release(0, at, window());
}

void BenchKiosk::waitForFrame(int timeoutMilliseconds)
{
    QEventLoop loop;
    QObject::connect(window(), &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit,
                     Qt::QueuedConnection);
    QTimer::singleShot(timeoutMilliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

void BenchKiosk::wait(int milliseconds) { KioskScene::wait(milliseconds); }

bool BenchKiosk::waitFor(const std::function<bool()> &condition, int timeoutMilliseconds)
{
    const QDeadlineTimer deadline(timeoutMilliseconds);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        wait(10);
    }
    return true;
}

qint64 BenchKiosk::residentKilobytes() { return QuietRestart::residentKilobytes(); }

qint64 BenchKiosk::statusKilobytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

qint64 BenchKiosk::heapInUseKilobytes()
{
    const struct mallinfo2 info = ::mallinfo2(); // main arena and every thread's
    return qint64(info.uordblks + info.hblkhd) / 1024;
}

qint64 BenchKiosk::heapFreeKilobytes() { return qint64(::mallinfo2().fordblks) / 1024; }

qint64 BenchKiosk::threadCpuNanoseconds()
{
    timespec now {};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}
