#include "config/kioskconfig.h"

#include "config/bundledpaths.h"
#include "config/inifile.h"
#include "config/logging.h"
#include "config/pinhash.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <array>

namespace {

enum class Type { Bool, Int, Text, Path, Language, Time, Hours, PinHash };

struct KeySpec
{
    ConfigKey id;
    const char *key; // section/key
    Type type;
    QVariant defaultValue;
    int minimum = 0; // Int only
    int maximum = 0;
};

// Every key kiosk.ini may hold, in ConfigKey's order; kiosk-config/kiosk.ini
// documents each one.
const QList<KeySpec> &keySpecs()
{
    static const QList<KeySpec> specs {
        { ConfigKey::Fullscreen, "kiosk/fullscreen", Type::Bool, true },
        { ConfigKey::DefaultLanguage, "kiosk/default_language", Type::Language, QString() },
        { ConfigKey::HideCursor, "kiosk/hide_cursor", Type::Bool, true },
        { ConfigKey::ContentDatabase, "content/database", Type::Path, QString() },
        { ConfigKey::MediaRoot, "content/media_root", Type::Path, QString() },
        { ConfigKey::LastGoodCopy, "content/last_good_copy", Type::Path, QString() },
        { ConfigKey::NarrationAutoplay, "narration/autoplay", Type::Bool, true },
        { ConfigKey::NarrationVolume, "narration/volume", Type::Int, 80, 0, 100 },
        { ConfigKey::SpokenLabels, "keypad/spoken_labels", Type::Bool, true },
        { ConfigKey::SpeechEngine, "keypad/speech_engine", Type::Text, QStringLiteral("speechd") },
        { ConfigKey::IdleTimeout, "idle/timeout_s", Type::Int, 90, 2, 86400 },
        { ConfigKey::IdleWarning, "idle/warning_s", Type::Int, 20, 1, 600 },
        { ConfigKey::PauseIdleWhileNarrating, "idle/pause_while_narrating", Type::Bool, true },
        { ConfigKey::StatusFile, "health/status_file", Type::Path, QString() },
        { ConfigKey::MetricsFile, "health/metrics_file", Type::Path, QString() },
        { ConfigKey::Heartbeat, "health/heartbeat_s", Type::Int, 10, 1, 3600 },
        { ConfigKey::QuietRestartAfter, "health/quiet_restart_after_s", Type::Int, 120, 5, 86400 },
        { ConfigKey::RestartAboveMegabytes, "health/restart_above_mb", Type::Int, 1024, 256,
          65536 },
        { ConfigKey::PinHash, "staff/pin_hash", Type::PinHash, QString() },
        { ConfigKey::AnalyticsDatabase, "analytics/database", Type::Path, QString() },
        { ConfigKey::AnalyticsRetentionDays, "analytics/retention_days", Type::Int, 365, 1, 3650 },
        { ConfigKey::ScheduleOpen, "schedule/open", Type::Time, QString() },
        { ConfigKey::ScheduleClose, "schedule/close", Type::Time, QString() },
        { ConfigKey::Monday, "schedule/monday", Type::Hours, QString() },
        { ConfigKey::Tuesday, "schedule/tuesday", Type::Hours, QString() },
        { ConfigKey::Wednesday, "schedule/wednesday", Type::Hours, QString() },
        { ConfigKey::Thursday, "schedule/thursday", Type::Hours, QString() },
        { ConfigKey::Friday, "schedule/friday", Type::Hours, QString() },
        { ConfigKey::Saturday, "schedule/saturday", Type::Hours, QString() },
        { ConfigKey::Sunday, "schedule/sunday", Type::Hours, QString() },
    };
    // The table follows the enum, row for row: ConfigKey indexes it.
    static const bool inOrder = [] {
        for (int row = 0; row < specs.size(); ++row) {
            if (int(specs.at(row).id) != row)
                qFatal("kiosk.ini's key table is out of ConfigKey's order at %s",
                       specs.at(row).key);
        }
        return true;
    }();
    Q_UNUSED(inOrder);
    return specs;
}

const KeySpec &specOf(ConfigKey key) { return keySpecs().at(int(key)); }

QString nameOf(ConfigKey key) { return QLatin1String(specOf(key).key); }

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
        if (QStringList { QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("on"),
                          QStringLiteral("1") }
                .contains(lower))
            return true;
        if (QStringList { QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("off"),
                          QStringLiteral("0") }
                .contains(lower))
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
            *problem = QStringLiteral("%1 is outside %2–%3")
                           .arg(number)
                           .arg(spec.minimum)
                           .arg(spec.maximum);
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
    case Type::Time:
        if (text.isEmpty() || OperatingHours::parseTime(text, problem).isValid())
            return text;
        return {};
    case Type::Hours: {
        OperatingHours::Day day;
        if (OperatingHours::parseDay(text, &day, problem))
            return text;
        return {};
    }
    case Type::PinHash:
        *problem = text.isEmpty() ? QString() : PinHash::formatProblem(text);
        if (problem->isEmpty())
            return text;
        return {};
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
    if (!text.isEmpty())
        return text;
    switch (spec.type) {
    case Type::PinHash:
        return QStringLiteral("no PIN (staff exit disabled)");
    case Type::Time:
    case Type::Hours:
        return QStringLiteral("open all day");
    default:
        return QStringLiteral("the bundled default");
    }
}

} // namespace

KioskConfig KioskConfig::defaults()
{
    KioskConfig config;
    for (const KeySpec &spec : keySpecs())
        config.m_values.insert(spec.id, spec.defaultValue);
    return config;
}

KioskConfig KioskConfig::load(const QString &fileName)
{
    return fromIni(IniFile::read(fileName), fileName);
}

KioskConfig KioskConfig::parse(const QByteArray &text, const QString &fileName)
{
    return fromIni(IniFile::parse(text, fileName), fileName);
}

KioskConfig KioskConfig::fromIni(const IniFile &ini, const QString &fileName)
{
    KioskConfig config = defaults();
    config.m_fileName = QFileInfo(fileName).absoluteFilePath();
    config.m_problems = ini.problems();

    for (const QString &key : ini.keys()) {
        const IniFile::Entry entry = ini.entry(key);
        const QString dotted = QString(key).replace(QLatin1Char('/'), QLatin1Char('.'));
        const KeySpec *spec = findSpec(key);
        if (!spec) {
            config.m_problems.append(QStringLiteral("%1:%2: %3: unknown key (misspelt?); ignored")
                                         .arg(fileName)
                                         .arg(entry.line)
                                         .arg(dotted));
            continue;
        }
        QString problem;
        const QVariant value = parseValue(*spec, entry.value, &problem);
        if (!value.isValid()) {
            config.m_problems.append(QStringLiteral("%1:%2: %3: %4; using %5")
                                         .arg(fileName)
                                         .arg(entry.line)
                                         .arg(dotted, problem, describeDefault(*spec)));
            continue;
        }
        config.m_values.insert(spec->id, value);
    }
    // Allowed (technicians test with short times), but worth a word in the log.
    if (config.idleWarningSeconds() < 20 && ini.contains(nameOf(ConfigKey::IdleWarning)))
        config.m_notes.append(
            QStringLiteral("%1:%2: idle.warning_s: %3 s is shorter than the 20 s WCAG 2.2.1 "
                           "gives visitors to answer; kept")
                .arg(fileName)
                .arg(ini.entry(nameOf(ConfigKey::IdleWarning)).line)
                .arg(config.idleWarningSeconds()));
    config.checkSchedule(fileName, ini);
    // Visitor analytics never go into the content database: a curator's
    // publish would replace them, and the kiosk must never write there.
    const QString analytics = config.analyticsDatabase();
    if (!analytics.isEmpty() && ini.contains(nameOf(ConfigKey::AnalyticsDatabase))
        && QFileInfo(analytics).absoluteFilePath()
            == QFileInfo(config.contentDatabase()).absoluteFilePath()) {
        config.m_problems.append(
            QStringLiteral(
                "%1:%2: analytics.database: is the content database; analytics need a file of "
                "their own; not recording")
                .arg(fileName)
                .arg(ini.entry(nameOf(ConfigKey::AnalyticsDatabase)).line));
        config.m_values.insert(ConfigKey::AnalyticsDatabase, QString());
        config.m_analyticsOff = true;
    }
    for (const QString &problem : std::as_const(config.m_problems))
        qCWarning(lcConfig).noquote() << problem;
    for (const QString &note : std::as_const(config.m_notes))
        qCWarning(lcConfig).noquote() << note;
    return config;
}

QVariant KioskConfig::value(ConfigKey key) const { return m_values.value(key); }

void KioskConfig::setValue(ConfigKey key, const QVariant &value) { m_values.insert(key, value); }

QString KioskConfig::resolvePath(ConfigKey key, const QString &bundled) const
{
    const QString path = value(key).toString();
    if (path.isEmpty())
        return bundled;
    // Relative paths in kiosk.ini are relative to kiosk.ini itself, not to
    // whatever directory systemd happened to start us in.
    const QDir base = m_fileName.isEmpty() ? QDir::current() : QFileInfo(m_fileName).absoluteDir();
    return QDir::cleanPath(base.absoluteFilePath(path));
}

bool KioskConfig::fullscreen() const { return value(ConfigKey::Fullscreen).toBool(); }

QString KioskConfig::defaultLanguage() const
{
    return value(ConfigKey::DefaultLanguage).toString();
}

QString KioskConfig::contentDatabase() const
{
    return resolvePath(ConfigKey::ContentDatabase, BundledPaths::contentDatabase());
}

QString KioskConfig::statusFile() const { return resolvePath(ConfigKey::StatusFile, QString()); }

QString KioskConfig::metricsFile() const { return resolvePath(ConfigKey::MetricsFile, QString()); }

int KioskConfig::heartbeatSeconds() const { return value(ConfigKey::Heartbeat).toInt(); }

int KioskConfig::quietRestartSeconds() const { return value(ConfigKey::QuietRestartAfter).toInt(); }

int KioskConfig::restartAboveMegabytes() const
{
    return value(ConfigKey::RestartAboveMegabytes).toInt();
}

int KioskConfig::idleTimeoutSeconds() const { return value(ConfigKey::IdleTimeout).toInt(); }

int KioskConfig::idleWarningSeconds() const { return value(ConfigKey::IdleWarning).toInt(); }

bool KioskConfig::pauseIdleWhileNarrating() const
{
    return value(ConfigKey::PauseIdleWhileNarrating).toBool();
}

bool KioskConfig::narrationAutoplay() const { return value(ConfigKey::NarrationAutoplay).toBool(); }

int KioskConfig::narrationVolume() const { return value(ConfigKey::NarrationVolume).toInt(); }

QString KioskConfig::speechEngine() const
{
    return value(ConfigKey::SpokenLabels).toBool() ? value(ConfigKey::SpeechEngine).toString()
                                                   : QString();
}

QString KioskConfig::mediaRoot() const
{
    return resolvePath(ConfigKey::MediaRoot, BundledPaths::mediaRoot());
}

bool KioskConfig::hideCursor() const { return value(ConfigKey::HideCursor).toBool(); }

QString KioskConfig::pinHash() const { return value(ConfigKey::PinHash).toString(); }

namespace {
const std::array<std::pair<Qt::DayOfWeek, ConfigKey>, 7> weekdays { {
    { Qt::Monday, ConfigKey::Monday },
    { Qt::Tuesday, ConfigKey::Tuesday },
    { Qt::Wednesday, ConfigKey::Wednesday },
    { Qt::Thursday, ConfigKey::Thursday },
    { Qt::Friday, ConfigKey::Friday },
    { Qt::Saturday, ConfigKey::Saturday },
    { Qt::Sunday, ConfigKey::Sunday },
} };
} // namespace

// open and close make sense only together and in order; otherwise the
// exhibit stays open all day rather than closing by mistake.
void KioskConfig::checkSchedule(const QString &fileName, const IniFile &ini)
{
    const QString open = value(ConfigKey::ScheduleOpen).toString();
    const QString close = value(ConfigKey::ScheduleClose).toString();
    const auto report = [&](const QString &key, const QString &problem) {
        const QString iniKey = QStringLiteral("schedule/") + key; // "open" or "close"
        m_problems.append(QStringLiteral("%1:%2: schedule.%3: %4; open all day")
                              .arg(fileName)
                              .arg(ini.entry(iniKey).line)
                              .arg(key, problem));
        m_values.insert(ConfigKey::ScheduleOpen, QString());
        m_values.insert(ConfigKey::ScheduleClose, QString());
    };
    if (open.isEmpty() != close.isEmpty()) {
        report(open.isEmpty() ? QStringLiteral("close") : QStringLiteral("open"),
               open.isEmpty() ? QStringLiteral("set without open")
                              : QStringLiteral("set without close"));
        return;
    }
    QString problem;
    OperatingHours::Day day;
    if (!open.isEmpty()
        && !OperatingHours::parseDay(open + QLatin1Char('-') + close, &day, &problem))
        report(QStringLiteral("close"), problem);
}

OperatingHours KioskConfig::operatingHours() const
{
    OperatingHours hours;
    QString problem;
    OperatingHours::Day everyDay;
    const QString open = value(ConfigKey::ScheduleOpen).toString();
    if (!open.isEmpty())
        OperatingHours::parseDay(open + QLatin1Char('-')
                                     + value(ConfigKey::ScheduleClose).toString(),
                                 &everyDay, &problem);
    for (const auto &[weekday, key] : weekdays) {
        const QString text = value(key).toString();
        OperatingHours::Day day = everyDay;
        if (!text.isEmpty())
            OperatingHours::parseDay(text, &day, &problem);
        hours.setDay(weekday, day);
    }
    return hours;
}

QString KioskConfig::stateFile(const QString &name)
{
    // Under systemd (StateDirectory=), the state folder it made for us.
    const QString stateDirectory
        = qEnvironmentVariable("STATE_DIRECTORY").section(QLatin1Char(':'), 0, 0);
    return stateDirectory.isEmpty() ? QString() : stateDirectory + QLatin1Char('/') + name;
}

QString KioskConfig::lastGoodCopy() const
{
    return resolvePath(ConfigKey::LastGoodCopy, stateFile(QStringLiteral("last-good-content.db")));
}

QString KioskConfig::analyticsDatabase() const
{
    if (m_analyticsOff)
        return {};
    return resolvePath(ConfigKey::AnalyticsDatabase, stateFile(QStringLiteral("analytics.db")));
}

int KioskConfig::analyticsRetentionDays() const
{
    return value(ConfigKey::AnalyticsRetentionDays).toInt();
}
