#include "kiosk/sessionrelay.h"

#include "kiosk/logging.h"
#include "kiosk/notifyrelay.h"
#include "kiosk/stopsignals.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace SessionRelay {

int run(const QString &exitFile, const QStringList &command)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    NotifyRelay relay;
    if (environment.contains(QStringLiteral("NOTIFY_SOCKET"))) {
        const QString runtime
            = environment.value(QStringLiteral("XDG_RUNTIME_DIR"), QDir::tempPath());
        QString error;
        if (relay.listen(QDir(runtime).filePath(QStringLiteral("exhibit-kiosk-notify.%1")
                                                    .arg(QCoreApplication::applicationPid())),
                         &error))
            environment.insert(QStringLiteral("NOTIFY_SOCKET"), relay.path());
        else // the kiosk then speaks to systemd itself, as it did before relaying
            qCWarning(lcKiosk).noquote() << "session relay: cannot listen:" << error;
        // The kiosk pings; systemd hears the pings from here.
        environment.remove(QStringLiteral("WATCHDOG_PID"));
    }

    QProcess session;
    session.setProcessEnvironment(environment);
    session.setProcessChannelMode(QProcess::ForwardedChannels);
    session.setInputChannelMode(QProcess::ForwardedInputChannel);
    session.setProgram(command.value(0));
    session.setArguments(command.mid(1));

    StopSignals stop;
    QObject::connect(&stop, &StopSignals::stopRequested, &session, &QProcess::terminate);
    QObject::connect(&session, &QProcess::finished, qApp, [] { QCoreApplication::exit(0); });
    session.start();
    if (!session.waitForStarted()) {
        qCCritical(lcKiosk).noquote()
            << "session relay: cannot start" << command.value(0) << ":" << session.errorString();
        return EXIT_FAILURE;
    }
    QCoreApplication::exec();

    QFile exit(exitFile);
    const QByteArray status
        = exit.open(QIODevice::ReadOnly) ? exit.readAll().trimmed() : QByteArray();
    exit.remove();
    bool isNumber = false;
    const int code = status.toInt(&isNumber);
    if (!isNumber) {
        qCCritical(lcKiosk).noquote()
            << QStringLiteral("session relay: %1 ended (status %2) without the kiosk reporting; "
                              "treating it as a crash")
                   .arg(command.value(0))
                   .arg(session.exitCode());
        return EXIT_FAILURE;
    }
    return code;
}

} // namespace SessionRelay
