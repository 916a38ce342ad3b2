#pragma once

#include "qmlsingleton.h"

#include <QObject>
#include <QQmlEngine>

/** The visitor's accessibility choices: larger text (body text 1.5 times,
 *  layouts reflow), a high-contrast theme (text at least 7:1), and reduced
 *  motion (no fades, slides or drifting). Every visit starts with none of
 *  them: they belong to one visitor, and the next may not want them. */
class AccessibilityController : public QObject, public QmlSingleton<AccessibilityController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY settingsChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY settingsChanged)
    Q_PROPERTY(bool reducedMotion READ reducedMotion WRITE setReducedMotion NOTIFY settingsChanged)
    // Any of the three is on (the button that opens them shows it).
    Q_PROPERTY(bool anyActive READ anyActive NOTIFY settingsChanged)
    // The panel of the three choices is open.
    Q_PROPERTY(bool panelOpen READ panelOpen WRITE setPanelOpen NOTIFY panelOpenChanged)

public:
    explicit AccessibilityController(QObject *parent); // no default: see QmlSingleton

    [[nodiscard]] bool largeText() const { return m_largeText; }
    [[nodiscard]] bool highContrast() const { return m_highContrast; }
    [[nodiscard]] bool reducedMotion() const { return m_reducedMotion; }
    [[nodiscard]] bool anyActive() const { return m_largeText || m_highContrast || m_reducedMotion; }

    void setLargeText(bool on);
    void setHighContrast(bool on);
    void setReducedMotion(bool on);
    [[nodiscard]] bool panelOpen() const { return m_panelOpen; }
    void setPanelOpen(bool open);

public Q_SLOTS:
    void reset(); // the visit is over: every choice off, the panel closed

Q_SIGNALS:
    void settingsChanged();
    void panelOpenChanged();

private:
    void set(bool &setting, bool on);

    bool m_largeText = false;
    bool m_highContrast = false;
    bool m_reducedMotion = false;
    bool m_panelOpen = false;
};
