#include "kiosk/heaptrimmer.h"

#include "kiosk/logging.h"
#include "kiosk/quietrestart.h"

#include <malloc.h>

HeapTrimmer::HeapTrimmer(QJSEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(defaultDelayMilliseconds);
    connect(&m_delay, &QTimer::timeout, this, [this] {
        const qint64 kilobytes = trim(m_engine);
        qCDebug(lcKiosk) << "after the visit, gave back" << kilobytes << "KB of freed memory";
        Q_EMIT trimmed(kilobytes);
    });
}

qint64 HeapTrimmer::trim(QJSEngine *engine)
{
    const qint64 before = QuietRestart::residentKilobytes();
    if (engine)
        engine->collectGarbage();
    ::malloc_trim(0);
    return qMax<qint64>(0, before - QuietRestart::residentKilobytes());
}
