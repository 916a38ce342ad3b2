#include "keypad/keypadattached.h"

void KeypadAttached::setDefault(bool on)
{
    if (m_default != on) {
        m_default = on;
        Q_EMIT changed();
    }
}

void KeypadAttached::setModal(bool on)
{
    if (m_modal != on) {
        m_modal = on;
        Q_EMIT changed();
    }
}

void KeypadAttached::setRadius(qreal radius)
{
    if (!qFuzzyCompare(m_radius + 2, radius + 2)) {
        m_radius = radius;
        Q_EMIT changed();
    }
}
