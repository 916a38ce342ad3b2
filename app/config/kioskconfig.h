#pragma once

#include "config/configkey.h"
#include "config/operatinghours.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

class IniFile;

/** The kiosk's settings from kiosk.ini. Loading never fails: a missing file,
 *  a typo or a bad value falls back to that key's default and is recorded in
 *  problems() as FILE:LINE: section.key: problem, because a typo must never
 *  leave a black screen in the gallery. */
class KioskConfig
{
public:
    [[nodiscard]] static KioskConfig load(const QString &fileName);
    // The text of a configuration file; fileName is only for messages.
    [[nodiscard]] static KioskConfig parse(const QByteArray &text, const QString &fileName);
    [[nodiscard]] static KioskConfig defaults();

    [[nodiscard]] QString fileName() const { return m_fileName; }
    [[nodiscard]] QStringList problems() const { return m_problems; }
    // Values that work but deserve a second look (a warning shorter than WCAG asks).
    [[nodiscard]] QStringList notes() const { return m_notes; }

    [[nodiscard]] bool fullscreen() const;
    [[nodiscard]] bool hideCursor() const;
    [[nodiscard]] QString defaultLanguage() const; // empty: the content's first language
    [[nodiscard]] QString contentDatabase() const; // absolute path
    [[nodiscard]] QString mediaRoot() const; // absolute path
    // Where the kiosk keeps a copy of the last content it loaded cleanly, to
    // start with if the database is bad at startup; empty: no copy.
    [[nodiscard]] QString lastGoodCopy() const;
    // `name` in the state folder systemd gives the kiosk (StateDirectory=),
    // where what must outlive a restart is kept (the staff PIN pad's wrong
    // tries, which content version is being loaded); empty without one.
    [[nodiscard]] static QString stateFile(const QString &name);
    [[nodiscard]] bool narrationAutoplay() const;
    [[nodiscard]] int narrationVolume() const; // 0–100
    // Qt TextToSpeech's engine for the keypad's spoken labels; empty: labels not spoken.
    [[nodiscard]] QString speechEngine() const;
    [[nodiscard]] int idleTimeoutSeconds() const;
    [[nodiscard]] int idleWarningSeconds() const;
    [[nodiscard]] bool pauseIdleWhileNarrating() const;
    [[nodiscard]] QString statusFile() const; // absolute; empty: none
    [[nodiscard]] QString metricsFile() const; // absolute; empty: none
    [[nodiscard]] int heartbeatSeconds() const;
    // A kiosk that needs a restart (see QuietRestart) waits for this long
    // with nobody there; and needs one when its memory grows above this.
    [[nodiscard]] int quietRestartSeconds() const;
    [[nodiscard]] int restartAboveMegabytes() const;
    [[nodiscard]] QString pinHash() const; // empty: no staff PIN set
    [[nodiscard]] OperatingHours operatingHours() const;
    // Where anonymous visits are recorded (absolute; empty: not recorded),
    // and for how many days they are kept.
    [[nodiscard]] QString analyticsDatabase() const;
    [[nodiscard]] int analyticsRetentionDays() const;

    // For command-line overrides (--content, --windowed) and tests.
    void setValue(ConfigKey key, const QVariant &value);

private:
    [[nodiscard]] static KioskConfig fromIni(const IniFile &ini, const QString &fileName);
    void checkSchedule(const QString &fileName, const IniFile &ini);
    [[nodiscard]] QVariant value(ConfigKey key) const;
    [[nodiscard]] QString resolvePath(ConfigKey key, const QString &bundled) const;

    QString m_fileName;
    QHash<ConfigKey, QVariant> m_values;
    QStringList m_problems;
    QStringList m_notes;
    bool m_analyticsOff = false; // refused: [analytics] database named the content database
};
