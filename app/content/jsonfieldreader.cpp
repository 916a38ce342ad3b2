#include "content/jsonfieldreader.h"

QString JsonFieldReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("text");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString JsonFieldReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

void JsonFieldReader::expectKeys(const QJsonObject &object, const QString &path,
                                 const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            problems.append({ join(path, it.key()),
                              QStringLiteral("unknown key \"%1\" (expected one of: %2)")
                                  .arg(it.key(), allowed.join(QStringLiteral(", "))) });
    }
}

QString JsonFieldReader::string(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        problems.append(
            { join(path, key), QStringLiteral("required key \"%1\" is missing").arg(key) });
        return {};
    }
    if (!value.isString()) {
        problems.append(
            { join(path, key), QStringLiteral("expected text, found %1").arg(describe(value)) });
        return {};
    }
    return value.toString();
}

QString JsonFieldReader::optionalString(const QJsonObject &object, const QString &key,
                                        const QString &path)
{
    return object.contains(key) ? string(object, key, path) : QString();
}

int JsonFieldReader::optionalInteger(const QJsonObject &object, const QString &key,
                                     const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return 0;
    const double number = value.toDouble(0.5);
    if (!value.isDouble() || number != static_cast<int>(number)) {
        problems.append(
            { join(path, key),
              QStringLiteral("expected a whole number, found %1").arg(describe(value)) });
        return 0;
    }
    return static_cast<int>(number);
}

QMap<QString, QJsonValue> JsonFieldReader::localized(const QJsonObject &object, const QString &key,
                                                     const QString &path,
                                                     const QStringList &languages)
{
    QMap<QString, QJsonValue> result;
    const QString at = join(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        problems.append({ at, QStringLiteral("required key \"%1\" is missing").arg(key) });
        return result;
    }
    if (!value.isObject()) {
        problems.append(
            { at,
              QStringLiteral(
                  "expected an object keyed by language (e.g. {\"en\": …, \"zh\": …}), found %1")
                  .arg(describe(value)) });
        return result;
    }
    const QJsonObject perLanguage = value.toObject();
    for (auto it = perLanguage.begin(); it != perLanguage.end(); ++it) {
        if (!languages.contains(it.key()))
            problems.append(
                { join(at, it.key()),
                  QStringLiteral("language \"%1\" is not in the exhibit's \"languages\"")
                      .arg(it.key()) });
        else
            result.insert(it.key(), it.value());
    }
    return result;
}

QMap<QString, QString> JsonFieldReader::localizedString(const QJsonObject &object,
                                                        const QString &key, const QString &path,
                                                        const QStringList &languages)
{
    QMap<QString, QString> result;
    const auto values = localized(object, key, path, languages);
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.value().isString())
            result.insert(it.key(), it.value().toString());
        else
            problems.append(
                { join(join(path, key), it.key()),
                  QStringLiteral("expected text, found %1").arg(describe(it.value())) });
    }
    return result;
}

QMap<QString, QString> JsonFieldReader::optionalLocalizedString(const QJsonObject &object,
                                                                const QString &key,
                                                                const QString &path,
                                                                const QStringList &languages)
{
    return object.contains(key) ? localizedString(object, key, path, languages)
                                : QMap<QString, QString>();
}

QList<QPointF> JsonFieldReader::points(const QJsonValue &value, const QString &path)
{
    QList<QPointF> result;
    if (!value.isArray()) {
        problems.append({ path,
                          QStringLiteral("expected a list of [longitude, latitude] pairs, found %1")
                              .arg(describe(value)) });
        return result;
    }
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonArray pair = array.at(i).toArray();
        if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble()) {
            problems.append(
                { QStringLiteral("%1[%2]").arg(path).arg(i),
                  QStringLiteral(
                      "expected [longitude, latitude] in degrees, e.g. [114.35, 34.8]") });
            continue;
        }
        result.append(QPointF(pair.at(0).toDouble(), pair.at(1).toDouble()));
    }
    return result;
}

QJsonValue JsonFieldReader::section(const QJsonObject &object, const QString &key,
                                    QJsonValue::Type type, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.type() != type) {
        const bool list = type == QJsonValue::Array;
        problems.append(
            { join(path, key),
              value.isUndefined()
                  ? QStringLiteral("required key \"%1\" is missing (use %2 if empty)")
                        .arg(key, list ? QStringLiteral("[]") : QStringLiteral("{}"))
                  : QStringLiteral("expected %1, found %2")
                        .arg(list ? QStringLiteral("a list") : QStringLiteral("an object"),
                             describe(value)) });
    }
    return value;
}

QJsonObject localizedJson(const QStringList &languages,
                          const std::function<QJsonValue(const QString &)> &valueFor)
{
    QJsonObject object;
    for (const QString &language : languages)
        object.insert(language, valueFor(language));
    return object;
}

QJsonArray pointsJson(const QList<QPointF> &points)
{
    QJsonArray array;
    for (const QPointF &point : points)
        array.append(QJsonArray { point.x(), point.y() });
    return array;
}
