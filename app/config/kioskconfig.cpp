#include "kioskconfig.h"

#include "bundledpaths.h"
#include "inifile.h"
#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

enum class Type { Bool, Int, Text, Path, Language };

struct KeySpec
{
    const char *key; // section/key
    Type type;
    QVariant defaultValue;
    int minimum = 0; // Int only
    int maximum = 0;
};

// Every key kiosk.ini may hold; kiosk-config/kiosk.ini documents each one.
const QList<KeySpec> &keySpecs()
{
    static const QList<KeySpec> specs {
        { "kiosk/fullscreen", Type::Bool, true },
        { "kiosk/default_language", Type::Language, QString() },
        { "content/database", Type::Path, QString() },
        { "content/media_root", Type::Path, QString() },
        { "narration/autoplay", Type::Bool, true },
        { "narration/volume", Type::Int, 80, 0, 100 },
        { "idle/timeout_s", Type::Int, 90, 2, 86400 },
        { "idle/warning_s", Type::Int, 20, 1, 600 },
        { "idle/pause_while_narrating", Type::Bool, true },
        { "health/status_file", Type::Path, QString() },
        { "health/metrics_file", Type::Path, QString() },
        { "health/heartbeat_s", Type::Int, 10, 1, 3600 },
    };
    return specs;
}

const KeySpec *findSpec(const QString &key)
{
    for (const KeySpec &spec : keySpecs()) {
        if (key == QLatin1String(spec.key))
            return &spec;
    }
    return nullptr;
}

// Returns the parsed value, or an invalid QVariant with *problem set.
QVariant parseValue(const KeySpec &spec, const QString &text, QString *problem)
{
    switch (spec.type) {
    case Type::Bool: {
        const QString lower = text.toLower();
        if (QStringList { QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("on"), QStringLiteral("1") }.contains(lower))
            return true;
        if (QStringList { QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("off"), QStringLiteral("0") }.contains(lower))
            return false;
        *problem = QStringLiteral("'%1' is not true or false").arg(text);
        return {};
    }
    case Type::Int: {
        bool ok = false;
        const int number = text.toInt(&ok);
        if (!ok) {
            *problem = QStringLiteral("'%1' is not a whole number").arg(text);
            return {};
        }
        if (number < spec.minimum || number > spec.maximum) {
            *problem = QStringLiteral("%1 is outside %2–%3").arg(number).arg(spec.minimum).arg(spec.maximum);
            return {};
        }
        return number;
    }
    case Type::Language: {
        static const QRegularExpression code(QStringLiteral("^([a-z]{2,3}(-[A-Za-z0-9]{2,8})?)?$"));
        if (code.match(text).hasMatch())
            return text;
        *problem = QStringLiteral("'%1' is not a language code such as en or zh").arg(text);
        return {};
    }
    case Type::Text:
    case Type::Path:
        return text;
    }
    return {};
}

QString describeDefault(const KeySpec &spec)
{
    if (spec.type == Type::Bool)
        return spec.defaultValue.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (spec.type == Type::Int)
        return QString::number(spec.defaultValue.toInt());
    const QString text = spec.defaultValue.toString();
    return text.isEmpty() ? QStringLiteral("the bundled default") : text;
}

} // namespace

KioskConfig KioskConfig::defaults()
{
    KioskConfig config;
    for (const KeySpec &spec : keySpecs())
        config.m_values.insert(QLatin1String(spec.key), spec.defaultValue);
    return config;
}

KioskConfig KioskConfig::load(const QString &fileName)
{
    KioskConfig config = defaults();
    config.m_fileName = QFileInfo(fileName).absoluteFilePath();
    const IniFile ini = IniFile::read(fileName);
    config.m_problems = ini.problems();

    for (const QString &key : ini.keys()) {
        const IniFile::Entry entry = ini.entry(key);
        const QString dotted = QString(key).replace(QLatin1Char('/'), QLatin1Char('.'));
        const KeySpec *spec = findSpec(key);
        if (!spec) {
            config.m_problems.append(QStringLiteral("%1:%2: %3: unknown key (misspelt?); ignored").arg(fileName).arg(entry.line).arg(dotted));
            continue;
        }
        QString problem;
        const QVariant value = parseValue(*spec, entry.value, &problem);
        if (!value.isValid()) {
            config.m_problems.append(QStringLiteral("%1:%2: %3: %4; using %5")
                                             .arg(fileName).arg(entry.line).arg(dotted, problem, describeDefault(*spec)));
            continue;
        }
        config.m_values.insert(key, value);
    }
    // Allowed (technicians test with short times), but worth a word in the log.
    if (config.idleWarningSeconds() < 20 && ini.contains(QStringLiteral("idle/warning_s")))
        config.m_problems.append(QStringLiteral("%1:%2: idle.warning_s: %3 s is shorter than the 20 s WCAG 2.2.1 "
                                                "gives visitors to answer; kept")
                                         .arg(fileName).arg(ini.entry(QStringLiteral("idle/warning_s")).line)
                                         .arg(config.idleWarningSeconds()));
    for (const QString &problem : std::as_const(config.m_problems))
        qCWarning(lcConfig).noquote() << problem;
    return config;
}

QVariant KioskConfig::value(const QString &sectionKey) const
{
    return m_values.value(sectionKey);
}

void KioskConfig::setValue(const QString &sectionKey, const QVariant &value)
{
    m_values.insert(sectionKey, value);
}

QString KioskConfig::resolvePath(const QString &sectionKey, const QString &bundled) const
{
    const QString path = value(sectionKey).toString();
    if (path.isEmpty())
        return bundled;
    // Relative paths in kiosk.ini are relative to kiosk.ini itself, not to
    // whatever directory systemd happened to start us in.
    const QDir base = m_fileName.isEmpty() ? QDir::current() : QFileInfo(m_fileName).absoluteDir();
    return QDir::cleanPath(base.absoluteFilePath(path));
}

bool KioskConfig::fullscreen() const
{
    return value(QStringLiteral("kiosk/fullscreen")).toBool();
}

QString KioskConfig::defaultLanguage() const
{
    return value(QStringLiteral("kiosk/default_language")).toString();
}

QString KioskConfig::contentDatabase() const
{
    return resolvePath(QStringLiteral("content/database"), BundledPaths::contentDatabase());
}

QString KioskConfig::statusFile() const
{
    return resolvePath(QStringLiteral("health/status_file"), QString());
}

QString KioskConfig::metricsFile() const
{
    return resolvePath(QStringLiteral("health/metrics_file"), QString());
}

int KioskConfig::heartbeatSeconds() const
{
    return value(QStringLiteral("health/heartbeat_s")).toInt();
}

int KioskConfig::idleTimeoutSeconds() const
{
    return value(QStringLiteral("idle/timeout_s")).toInt();
}

int KioskConfig::idleWarningSeconds() const
{
    return value(QStringLiteral("idle/warning_s")).toInt();
}

bool KioskConfig::pauseIdleWhileNarrating() const
{
    return value(QStringLiteral("idle/pause_while_narrating")).toBool();
}

bool KioskConfig::narrationAutoplay() const
{
    return value(QStringLiteral("narration/autoplay")).toBool();
}

int KioskConfig::narrationVolume() const
{
    return value(QStringLiteral("narration/volume")).toInt();
}

QString KioskConfig::mediaRoot() const
{
    return resolvePath(QStringLiteral("content/media_root"), BundledPaths::mediaRoot());
}
