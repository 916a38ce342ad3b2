#pragma once

#include <QObject>
#include <QQmlEngine>

/** The visitor's accessibility choices: larger text (body text 1.5 times,
 *  layouts reflow), a high-contrast theme (text at least 7:1), reduced
 *  motion (no fades, slides or drifting), the loudness set with the
 *  keypad's +/- keys, and the keypad's help. Every visit starts with the
 *  kiosk's defaults: the choices belong to one visitor, and the next may
 *  not want them. */
class AccessibilityController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY settingsChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY settingsChanged)
    Q_PROPERTY(bool reducedMotion READ reducedMotion WRITE setReducedMotion NOTIFY settingsChanged)
    // Chapters told in easy-read form ("In brief": about 80 words, short
    // sentences), chosen on a chapter's page; every chapter follows it.
    Q_PROPERTY(bool easyRead READ easyRead WRITE setEasyRead NOTIFY settingsChanged)
    // The kiosk's own screen reader (explore by touch, as VoiceOver and
    // TalkBack): for blind visitors, on the touchscreen itself.
    Q_PROPERTY(bool screenReader READ screenReader WRITE setScreenReader NOTIFY settingsChanged)
    // Any of the three is on (the button that opens them shows it).
    Q_PROPERTY(bool anyActive READ anyActive NOTIFY settingsChanged)
    // The panel of the three choices is open.
    Q_PROPERTY(bool panelOpen READ panelOpen WRITE setPanelOpen NOTIFY panelOpenChanged)
    // The keypad's help (which keys do what) is open.
    Q_PROPERTY(bool helpOpen READ helpOpen WRITE setHelpOpen NOTIFY helpOpenChanged)
    // Narration and spoken labels, 0–100, in steps of volumeStepSize.
    Q_PROPERTY(int volume READ volume NOTIFY volumeChanged)
    // The volume in steps, as the visitor hears it counted: 1–volumeLevels.
    Q_PROPERTY(int volumeLevel READ volumeLevel NOTIFY volumeChanged)
    Q_PROPERTY(int volumeLevels READ volumeLevels CONSTANT)
    // On a portrait screen every control sits below this share of the
    // screen's height, within reach of a visitor in a wheelchair.
    Q_PROPERTY(qreal reachFraction READ reachFraction CONSTANT)

public:
    explicit AccessibilityController(QObject *parent = nullptr);

    [[nodiscard]] bool largeText() const { return m_largeText; }
    [[nodiscard]] bool highContrast() const { return m_highContrast; }
    [[nodiscard]] bool reducedMotion() const { return m_reducedMotion; }
    [[nodiscard]] bool easyRead() const { return m_easyRead; }
    [[nodiscard]] bool screenReader() const { return m_screenReader; }
    [[nodiscard]] bool anyActive() const
    {
        return m_largeText || m_highContrast || m_reducedMotion;
    }

    void setLargeText(bool on);
    void setHighContrast(bool on);
    void setReducedMotion(bool on);
    void setEasyRead(bool on);
    void setScreenReader(bool on);
    [[nodiscard]] bool panelOpen() const { return m_panelOpen; }
    void setPanelOpen(bool open);
    [[nodiscard]] bool helpOpen() const { return m_helpOpen; }
    void setHelpOpen(bool open);

    // A 43-inch portrait screen with its lower edge at knee height (70 cm)
    // is 1.22 m above the floor at 55% of its height: the highest forward
    // reach from a wheelchair (ADA 308.2; Smithsonian Guidelines for
    // Accessible Exhibition Design). Above it go titles and pictures.
    static constexpr qreal portraitReachTop = 0.45;
    [[nodiscard]] static qreal reachFraction() { return portraitReachTop; }

    static constexpr int volumeStepSize = 10;
    [[nodiscard]] int volume() const { return m_volume; }
    [[nodiscard]] int volumeLevel() const
    {
        return (m_volume + volumeStepSize / 2) / volumeStepSize;
    }
    [[nodiscard]] static int volumeLevels() { return 100 / volumeStepSize; }
    // The kiosk's loudness ([narration] volume), where every visit starts.
    void setDefaultVolume(int percent);

public Q_SLOTS:
    void reset(); // the visit is over: every choice off, the default volume, panels closed
    // One step louder (+1) or quieter (-1); never silent, never past full.
    void stepVolume(int direction);
    // A visitor asked how the keypad works (its help key): the kiosk's wiring
    // begins a visit if none is under way and opens the help during it.
    void requestHelp() { Q_EMIT helpRequested(); }
    // The screen reader's key or gesture: the wiring begins a visit if none
    // is under way and switches the reader during it.
    void requestScreenReaderToggle() { Q_EMIT screenReaderToggleRequested(); }

Q_SIGNALS:
    void settingsChanged();
    void panelOpenChanged();
    void helpOpenChanged();
    void volumeChanged();
    void helpRequested();
    void screenReaderToggleRequested();
    // The visit ended with the screen reader on: the visitor is told it is off.
    void screenReaderEndedWithVisit();

private:
    void set(bool &setting, bool on);
    void setVolume(int percent);

    bool m_largeText = false;
    bool m_highContrast = false;
    bool m_reducedMotion = false;
    bool m_easyRead = false;
    bool m_screenReader = false;
    bool m_panelOpen = false;
    bool m_helpOpen = false;
    int m_defaultVolume = 80;
    int m_volume = 80;
};
