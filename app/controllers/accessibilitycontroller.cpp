#include "controllers/accessibilitycontroller.h"

#include "controllers/logging.h"

#include <algorithm>

AccessibilityController::AccessibilityController(QObject *parent)
    : QObject(parent)
{ }

void AccessibilityController::setLargeText(bool on) { set(m_largeText, on); }

void AccessibilityController::setHighContrast(bool on) { set(m_highContrast, on); }

void AccessibilityController::setReducedMotion(bool on) { set(m_reducedMotion, on); }

void AccessibilityController::setEasyRead(bool on) { set(m_easyRead, on); }

void AccessibilityController::setScreenReader(bool on) { set(m_screenReader, on); }

void AccessibilityController::setPanelOpen(bool open)
{
    if (m_panelOpen == open)
        return;
    m_panelOpen = open;
    Q_EMIT panelOpenChanged();
}

void AccessibilityController::setHelpOpen(bool open)
{
    if (m_helpOpen == open)
        return;
    m_helpOpen = open;
    Q_EMIT helpOpenChanged();
}

void AccessibilityController::setDefaultVolume(int percent)
{
    m_defaultVolume = std::clamp(percent, 0, 100);
    setVolume(m_defaultVolume);
}

void AccessibilityController::stepVolume(int direction)
{
    // From the kiosk's own level (say 75) the steps land on the grid: 80, 90 …
    const int grid = direction > 0
        ? (m_volume / volumeStepSize + 1) * volumeStepSize
        : ((m_volume + volumeStepSize - 1) / volumeStepSize - 1) * volumeStepSize;
    setVolume(std::clamp(grid, volumeStepSize, 100));
}

void AccessibilityController::setVolume(int percent)
{
    if (m_volume == percent)
        return;
    m_volume = percent;
    qCDebug(lcVisitor) << "volume" << percent;
    Q_EMIT volumeChanged();
}

void AccessibilityController::reset()
{
    setPanelOpen(false);
    setHelpOpen(false);
    setVolume(m_defaultVolume);
    if (!anyActive() && !m_easyRead && !m_screenReader)
        return;
    const bool readerWasOn = m_screenReader;
    m_largeText = m_highContrast = m_reducedMotion = m_easyRead = m_screenReader = false;
    // First, so what the visitor hears is why the reader went, not just that it did.
    if (readerWasOn)
        Q_EMIT screenReaderEndedWithVisit();
    Q_EMIT settingsChanged();
}

void AccessibilityController::set(bool &setting, bool on)
{
    if (setting == on)
        return;
    setting = on;
    qCDebug(lcVisitor) << "accessibility: large text" << m_largeText << "high contrast"
                       << m_highContrast << "reduced motion" << m_reducedMotion << "easy read"
                       << m_easyRead << "screen reader" << m_screenReader;
    Q_EMIT settingsChanged();
}
