#pragma once

#include <QString>
#include <QStringList>

/** `exhibit-kiosk --session-relay EXIT_FILE COMMAND...`: what the session
 *  launcher (kiosk-config/exhibit-kiosk-session) becomes once it has set the
 *  session up, so that it is the service's main process for as long as the
 *  kiosk runs. It runs COMMAND (cage, which runs the kiosk), relays the
 *  kiosk's notifications to systemd (NotifyRelay: the unit can then say
 *  NotifyAccess=main), passes a stop request on to cage, and ends with the
 *  kiosk's own exit status, which the kiosk's wrapper writes to EXIT_FILE
 *  (cage does not pass it on). */
namespace SessionRelay {

[[nodiscard]] int run(const QString &exitFile, const QStringList &command);

} // namespace SessionRelay
