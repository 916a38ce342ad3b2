#pragma once

#include "content/exhibitdocument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <functional>

/** Reads typed fields out of exhibit JSON, collecting every problem with its
 *  key path rather than stopping at the first, so a curator can fix a file
 *  in one pass. Shared by the readers of each section of the exhibit. */
class JsonFieldReader
{
public:
    ContentProblems problems;

    [[nodiscard]] static QString describe(const QJsonValue &value);
    [[nodiscard]] static QString join(const QString &path, const QString &key);

    void expectKeys(const QJsonObject &object, const QString &path, const QStringList &allowed);
    QString string(const QJsonObject &object, const QString &key, const QString &path);
    // Empty when the key is absent.
    QString optionalString(const QJsonObject &object, const QString &key, const QString &path);
    // 0 when the key is absent.
    int optionalInteger(const QJsonObject &object, const QString &key, const QString &path);
    // A localized field: {"en": ..., "zh": ...}; returns the value per language.
    QMap<QString, QJsonValue> localized(const QJsonObject &object, const QString &key,
                                        const QString &path, const QStringList &languages);
    QMap<QString, QString> localizedString(const QJsonObject &object, const QString &key,
                                           const QString &path, const QStringList &languages);
    QMap<QString, QString> optionalLocalizedString(const QJsonObject &object, const QString &key,
                                                   const QString &path,
                                                   const QStringList &languages);
    // [longitude, latitude] pairs: [[114.3, 34.8], ...].
    QList<QPointF> points(const QJsonValue &value, const QString &path);
    // A key that must hold a list or an object; reported when it does not.
    QJsonValue section(const QJsonObject &object, const QString &key, QJsonValue::Type type,
                       const QString &path = {});
};

// The writing side: {"en": valueFor("en"), "zh": …} and [[lon, lat], …].
[[nodiscard]] QJsonObject localizedJson(const QStringList &languages,
                                        const std::function<QJsonValue(const QString &)> &valueFor);
[[nodiscard]] QJsonArray pointsJson(const QList<QPointF> &points);
