#pragma once

#include <QObject>
#include <QTimer>

/** Notices when the kiosk's own program has been replaced on disk, as
 *  `apt install ./newer.deb` does: the running process keeps the old one
 *  (Linux marks /proc/PID/exe "(deleted)"), so the kiosk asks for a restart
 *  at its next quiet moment rather than run old code until the next boot,
 *  and the package never has to restart it in the middle of a visit. */
class UpdateWatch : public QObject
{
    Q_OBJECT

public:
    explicit UpdateWatch(QObject *parent = nullptr);

    // Looks every `milliseconds` (default: a minute).
    void start(int milliseconds = 60 * 1000);

    // Whether process `pid`'s program file has been deleted or replaced since it started.
    [[nodiscard]] static bool isProgramReplaced(qint64 pid);

public Q_SLOTS:
    void check();

Q_SIGNALS:
    // Once: the program on disk is not the one running.
    void programReplaced();

private:
    QTimer m_timer;
};
