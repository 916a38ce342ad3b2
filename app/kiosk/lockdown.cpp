#include "kiosk/lockdown.h"

#include "kiosk/logging.h"

#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QScreen>

namespace {
// Every scheme a link in content or a stray Qt.openUrlExternally might use.
const char *const blockedSchemes[]
    = { "http", "https", "file", "mailto", "ftp", "tel", "sms", "geo", "data", "javascript" };
}

Lockdown::Lockdown(QObject *parent)
    : QObject(parent)
{ }

Lockdown::~Lockdown()
{
    for (const char *scheme : blockedSchemes)
        QDesktopServices::unsetUrlHandler(QLatin1String(scheme));
    if (m_cursorHidden)
        QGuiApplication::restoreOverrideCursor();
}

void Lockdown::apply(QQuickWindow *window, bool hideCursor)
{
    m_window = window;
    window->setFlags(window->flags() | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    // Without a window manager (cage, a bare X server) nothing resizes a
    // fullscreen window for us, so cover the screen explicitly.
    window->setGeometry(window->screen()->geometry());
    window->showFullScreen();
    connect(window, &QWindow::windowStateChanged, this, [window](Qt::WindowState state) {
        if (state != Qt::WindowFullScreen) {
            qCWarning(lcKiosk) << "the window left fullscreen (" << state
                               << "): back to fullscreen";
            window->showFullScreen();
        }
    });
    window->installEventFilter(this);

    if (hideCursor && !m_cursorHidden) {
        QGuiApplication::setOverrideCursor(Qt::BlankCursor);
        m_cursorHidden = true;
    }
    for (const char *scheme : blockedSchemes)
        QDesktopServices::setUrlHandler(QLatin1String(scheme), this, "refuseUrl");
    qCInfo(lcKiosk) << "kiosk lockdown: fullscreen, frameless, on top,"
                    << (hideCursor ? "cursor hidden" : "cursor shown");
}

void Lockdown::refuseUrl(const QUrl &url)
{
    ++m_blockedUrls;
    qCWarning(lcKiosk).noquote() << "refused to open" << url.toDisplayString()
                                 << "outside the kiosk";
}

bool Lockdown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::Close:
            qCInfo(lcKiosk) << "window close refused (staff exit through the admin panel)";
            event->ignore();
            return true;
        case QEvent::ContextMenu:
            return true;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}
