#include "kiosk/kioskscene.h"

#include "kiosk/kioskframe.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

KioskScene::KioskScene(QQmlEngine *engine, QSize size)
    : m_window(std::make_unique<QQuickWindow>())
{
    m_window->setColor(Qt::black);
    m_window->resize(size);
    // As a Window made in QML does for the kiosk's own: screens made in the
    // background are made in the idle time between this window's frames
    // (without a controller, Qt makes them at once, frames waiting).
    if (!engine->incubationController())
        engine->setIncubationController(m_window->incubationController());
    QQmlComponent component(engine, QUrl(QStringLiteral("qrc:/qt/qml/Exhibit/qml/KioskRoot.qml")));
    QObject *created = component.create();
    m_root = qobject_cast<KioskFrame *>(created);
    if (!m_root) {
        qWarning().noquote() << component.errorString();
        delete created;
        return;
    }
    m_root->setParentItem(m_window->contentItem());
    m_root->setParent(m_window->contentItem());
    m_root->setSize(size);
    m_window->show();
}

KioskScene::~KioskScene() = default;

void KioskScene::resize(QSize size)
{
    m_window->resize(size);
    if (m_root)
        m_root->setSize(size);
}

bool KioskScene::screensLoaded() const { return m_root && m_root->screensLoaded(); }

bool KioskScene::waitForScreens(int timeoutMilliseconds) const
{
    const QDeadlineTimer deadline(timeoutMilliseconds);
    while (m_root && !screensLoaded()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return m_root != nullptr;
}

void KioskScene::wait(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}
