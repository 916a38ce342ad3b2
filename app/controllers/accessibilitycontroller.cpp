#include "accessibilitycontroller.h"

#include "logging.h"

AccessibilityController::AccessibilityController(QObject *parent)
    : QObject(parent)
{
}

void AccessibilityController::setLargeText(bool on)
{
    set(m_largeText, on);
}

void AccessibilityController::setHighContrast(bool on)
{
    set(m_highContrast, on);
}

void AccessibilityController::setReducedMotion(bool on)
{
    set(m_reducedMotion, on);
}

void AccessibilityController::setPanelOpen(bool open)
{
    if (m_panelOpen == open)
        return;
    m_panelOpen = open;
    Q_EMIT panelOpenChanged();
}

void AccessibilityController::reset()
{
    setPanelOpen(false);
    if (!anyActive())
        return;
    m_largeText = m_highContrast = m_reducedMotion = false;
    Q_EMIT settingsChanged();
}

void AccessibilityController::set(bool &setting, bool on)
{
    if (setting == on)
        return;
    setting = on;
    qCDebug(lcKiosk) << "accessibility: large text" << m_largeText << "high contrast" << m_highContrast
                     << "reduced motion" << m_reducedMotion;
    Q_EMIT settingsChanged();
}
