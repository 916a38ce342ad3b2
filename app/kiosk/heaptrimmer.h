#pragma once

#include <QJSEngine>
#include <QObject>
#include <QPointer>
#include <QTimer>

/** Gives the memory malloc has freed back to the system once a visit has
 *  ended and the kiosk rests on its attract screen.
 *
 *  A visit frees what it made (pictures decoded while their screen shows,
 *  narration's buffers, texts laid out) among blocks that live on, so glibc
 *  keeps the freed pages in its heap, where only malloc_trim() returns them.
 *  Its screens' scripts leave garbage in the QML engine's own heap, which is
 *  collected first (the engine returns the pages it empties). Both walk their
 *  heap (milliseconds), so they wait until nobody is there. */
class HeapTrimmer : public QObject
{
    Q_OBJECT

public:
    // How long after a visit: past its screen's fade-out and its pictures let go.
    static constexpr int defaultDelayMilliseconds = 3000;

    // `engine`: whose garbage is collected before the trim (none: only the trim).
    explicit HeapTrimmer(QJSEngine *engine = nullptr, QObject *parent = nullptr);

    void setDelay(int milliseconds) { m_delay.setInterval(milliseconds); }
    [[nodiscard]] bool isPending() const { return m_delay.isActive(); }

    // Collects `engine`'s garbage (none: only the trim), then trims malloc's
    // heap; returns the resident memory given back, in KB.
    static qint64 trim(QJSEngine *engine = nullptr);

public Q_SLOTS:
    void visitEnded() { m_delay.start(); }
    void visitStarted() { m_delay.stop(); }

Q_SIGNALS:
    void trimmed(qint64 kilobytes);

private:
    QPointer<QJSEngine> m_engine;
    QTimer m_delay;
};
