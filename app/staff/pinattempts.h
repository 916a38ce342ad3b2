#pragma once

#include <QDateTime>
#include <QString>

/** The staff PIN pad's memory of wrong PINs, kept in the kiosk's state
 *  folder so that a restart (a power cut, a crash, a kill) gives nobody
 *  fresh tries or ends a lockout early. A small JSON file, written whole
 *  (QSaveFile) at every change. */
struct PinAttempts
{
    int failed = 0; // wrong PINs since the last lockout or correct PIN
    int lockouts = 0; // lockouts since the last correct PIN: each is twice the last
    qint64 failedTotal = 0; // every wrong PIN ever, for the status file and metrics
    QDateTime lockedAt; // UTC; invalid when no lockout is in force
    int lockedForSeconds = 0;

    // A missing file is no attempts; a file that cannot be read, or a key
    // missing or of the wrong kind, is reported in *problem (naming the file,
    // and the key with its line and column) and counts as a lockout in
    // force, so that damaging the file gains nothing.
    static PinAttempts load(const QString &fileName, QString *problem);
    bool save(const QString &fileName, QString *problem) const;

    // What is left, at wall-clock `now`, of the lockout in force: used once,
    // after a restart (within a run the pad times it on the monotonic clock).
    // A clock that reads before lockedAt counts as no time gone.
    [[nodiscard]] int secondsLeftAt(const QDateTime &now) const;
};
