#include "kiosk/inputactivityfilter.h"

#include "controllers/idlecontroller.h"

#include <QEvent>
#include <QMouseEvent>

InputActivityFilter::InputActivityFilter(IdleController *idle, QObject *parent)
    : QObject(parent)
    , m_idle(idle)
{ }

bool InputActivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    // Every event of the application passes here, also while the kiosk's
    // services are torn down and the idle controller may be gone already
    // (found by AddressSanitizer: a child-removed event at exit).
    if (!m_idle)
        return QObject::eventFilter(watched, event);
    // This filter sees input before the scene does. While "Still there?"
    // shows, a touch must reach the overlay whole, so the warning goes when
    // the touch ends; dismissing it on the press would let the same touch
    // fall through to whatever lies beneath.
    const bool warning = m_idle->isWarning();
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::MouseButtonPress:
        if (!warning)
            m_idle->registerActivity();
        break;
    case QEvent::TouchEnd:
    case QEvent::MouseButtonRelease:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        m_idle->registerActivity();
        break;
    case QEvent::MouseMove:
        // A drag counts; a cursor drifting on its own does not.
        if (!warning && static_cast<QMouseEvent *>(event)->buttons() != Qt::NoButton)
            m_idle->registerActivity();
        break;
    default:
        return QObject::eventFilter(watched, event);
    }
    Q_EMIT inputSeen();
    return QObject::eventFilter(watched, event);
}
