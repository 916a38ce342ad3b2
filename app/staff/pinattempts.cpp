#include "staff/pinattempts.h"

#include "content/jsonfieldreader.h"
#include "content/jsonsourcemap.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <limits>

namespace {

constexpr qint64 maxCount = qint64(1) << 53; // whole numbers a JSON double holds exactly

// What a value in the file is, in a refusal's words: the value itself if
// it is a number or text, else its kind.
QString described(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isString())
        return QLatin1Char('"') + value.toString().left(40) + QLatin1Char('"');
    return JsonFieldReader::describe(value);
}

bool isCount(const QJsonValue &value, qint64 max)
{
    const double number = value.toDouble(-1);
    return value.isDouble() && number >= 0 && number <= double(max)
        && number == double(qint64(number));
}

} // namespace

PinAttempts PinAttempts::load(const QString &fileName, QString *problem)
{
    PinAttempts attempts;
    QFile file(fileName);
    if (fileName.isEmpty() || !file.exists())
        return attempts;
    const auto startLocked = [&](const QString &where, const QString &why) {
        *problem = QStringLiteral("%1: %2; the PIN pad starts locked, as if after five wrong PINs")
                       .arg(where, why);
        PinAttempts locked;
        locked.lockouts = 1;
        locked.lockedAt = QDateTime::currentDateTimeUtc();
        locked.lockedForSeconds = 5 * 60;
        return locked;
    };
    const QByteArray text = file.open(QIODevice::ReadOnly) ? file.read(64 * 1024) : QByteArray();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(text, &error);
    if (!json.isObject()) {
        QString reason = error.errorString();
        if (file.error() != QFile::NoError)
            reason = file.errorString();
        else if (!json.isNull())
            reason = QStringLiteral("not a JSON object");
        return startLocked(fileName, QStringLiteral("cannot be read (%1)").arg(reason));
    }

    // Every key save() writes, each of its kind: a value of another kind is
    // damage, not zero tries.
    const QJsonObject object = json.object();
    const JsonSourceMap positions(text);
    const auto wrong = [&](const QString &key, const QString &expected) {
        const JsonSourceMap::Position at = positions.positionOf(key);
        return startLocked(
            QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(at.line).arg(at.column).arg(key),
            QStringLiteral("expected %1, found %2").arg(expected, described(object.value(key))));
    };
    constexpr qint64 intMax = std::numeric_limits<int>::max();
    qint64 failed = 0;
    qint64 lockouts = 0;
    qint64 lockedFor = 0;
    const struct
    {
        QString key;
        qint64 max;
        qint64 *into;
    } counts[] = { { QStringLiteral("failed"), intMax, &failed },
                   { QStringLiteral("lockouts"), intMax, &lockouts },
                   { QStringLiteral("failedTotal"), maxCount, &attempts.failedTotal },
                   { QStringLiteral("lockedForSeconds"), intMax, &lockedFor } };
    for (const auto &count : counts) {
        const QJsonValue value = object.value(count.key);
        if (!isCount(value, count.max))
            return wrong(count.key, QStringLiteral("a whole number from 0 to %1").arg(count.max));
        *count.into = qint64(value.toDouble());
    }
    const QJsonValue lockedAt = object.value(QLatin1String("lockedAt"));
    attempts.lockedAt = QDateTime::fromString(lockedAt.toString(), Qt::ISODate);
    if (!lockedAt.isString() || (!lockedAt.toString().isEmpty() && !attempts.lockedAt.isValid()))
        return wrong(QStringLiteral("lockedAt"), QStringLiteral("a time (ISO 8601, UTC) or \"\""));
    attempts.failed = int(failed);
    attempts.lockouts = int(lockouts);
    attempts.lockedForSeconds = int(lockedFor);
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
