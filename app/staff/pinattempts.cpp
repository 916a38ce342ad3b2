#include "staff/pinattempts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

PinAttempts PinAttempts::load(const QString &fileName, QString *problem)
{
    PinAttempts attempts;
    QFile file(fileName);
    if (fileName.isEmpty() || !file.exists())
        return attempts;
    QJsonParseError error;
    const QJsonDocument json = file.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(file.read(64 * 1024), &error)
        : QJsonDocument();
    if (!json.isObject()) {
        *problem
            = QStringLiteral(
                  "%1: cannot be read (%2); the PIN pad starts locked, as if after five wrong PINs")
                  .arg(fileName,
                       file.error() != QFile::NoError ? file.errorString() : error.errorString());
        attempts.lockouts = 1;
        attempts.lockedAt = QDateTime::currentDateTimeUtc();
        attempts.lockedForSeconds = 5 * 60;
        return attempts;
    }
    const QJsonObject object = json.object();
    attempts.failed = std::max(0, object.value(QLatin1String("failed")).toInt());
    attempts.lockouts = std::max(0, object.value(QLatin1String("lockouts")).toInt());
    attempts.failedTotal
        = std::max<qint64>(0, object.value(QLatin1String("failedTotal")).toInteger());
    attempts.lockedAt
        = QDateTime::fromString(object.value(QLatin1String("lockedAt")).toString(), Qt::ISODate);
    attempts.lockedForSeconds
        = std::max(0, object.value(QLatin1String("lockedForSeconds")).toInt());
    return attempts;
}

bool PinAttempts::save(const QString &fileName, QString *problem) const
{
    if (fileName.isEmpty())
        return true;
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    const QByteArray json
        = QJsonDocument(QJsonObject {
                            { QStringLiteral("failed"), failed },
                            { QStringLiteral("lockouts"), lockouts },
                            { QStringLiteral("failedTotal"), failedTotal },
                            { QStringLiteral("lockedAt"),
                              lockedAt.isValid() ? lockedAt.toString(Qt::ISODate) : QString() },
                            { QStringLiteral("lockedForSeconds"), lockedForSeconds },
                        })
              .toJson();
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit())
        return true;
    *problem = QStringLiteral("%1: cannot write: %2").arg(fileName, file.errorString());
    return false;
}

int PinAttempts::secondsLeftAt(const QDateTime &now) const
{
    if (!lockedAt.isValid() || lockedForSeconds <= 0)
        return 0;
    const qint64 gone = std::max<qint64>(0, lockedAt.secsTo(now));
    return int(std::max<qint64>(0, lockedForSeconds - gone));
}
