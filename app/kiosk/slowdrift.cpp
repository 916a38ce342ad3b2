#include "kiosk/slowdrift.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace {

// How far through the swing (0 at either end of a period, 1 halfway) at angle
// `angle` of the period's 2π: the sine's ease, as Easing.InOutSine there and back.
double swingAt(double angle) { return (1.0 - std::cos(angle)) / 2.0; }

// The angle (0..π) at which the swing reaches `share` (0..1) on its way out.
double angleOutAt(double share) { return std::acos(std::clamp(1.0 - 2.0 * share, -1.0, 1.0)); }

} // namespace

SlowDrift::SlowDrift(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SlowDrift::step);
}

int SlowDrift::positionAt(int pixels, qint64 period, qint64 elapsed)
{
    if (pixels <= 0 || period <= 0)
        return 0;
    const double angle = 2.0 * M_PI * double(elapsed % period) / double(period);
    // A hair over, so that a whole pixel computed as 59.999... counts as 60.
    return std::min(pixels, int(std::floor(pixels * swingAt(angle) + 1e-9)));
}

qint64 SlowDrift::untilNextPixel(int pixels, qint64 period, qint64 elapsed)
{
    if (pixels <= 0 || period <= 0)
        return period > 0 ? period : 1000;
    const qint64 into = elapsed % period;
    const double angle = 2.0 * M_PI * double(into) / double(period);
    const int now = positionAt(pixels, period, elapsed);
    double next; // the angle of the next change, in this period or the next
    if (angle < M_PI)
        next = now < pixels ? angleOutAt(double(now + 1) / pixels) : M_PI;
    else if (now > 0)
        next = 2.0 * M_PI - angleOutAt(double(now) / pixels);
    else
        next = 2.0 * M_PI + angleOutAt(1.0 / pixels);
    const double ms = (next - angle) * double(period) / (2.0 * M_PI);
    return std::max<qint64>(1, qint64(std::ceil(ms)));
}

void SlowDrift::setPixels(int pixels)
{
    pixels = std::max(0, pixels);
    if (m_pixels == pixels)
        return;
    m_pixels = pixels;
    Q_EMIT pixelsChanged();
    step();
}

void SlowDrift::setPeriod(int period)
{
    period = std::max(1, period);
    if (m_period == period)
        return;
    m_period = period;
    Q_EMIT periodChanged();
    step();
}

void SlowDrift::setPhase(int phase)
{
    phase = std::max(0, phase);
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged();
    step();
}

void SlowDrift::setRunning(bool running)
{
    if (isRunning() == running)
        return;
    if (running) {
        m_clock.start();
        m_timer.start(int(untilNextPixel(m_pixels, m_period, elapsed())));
    } else {
        m_elapsedBefore = elapsed() - m_phase;
        m_clock.invalidate();
        m_timer.stop();
        step(); // where it is now, to go on from
    }
    Q_EMIT runningChanged();
}

qint64 SlowDrift::elapsed() const
{
    return m_phase + m_elapsedBefore + (m_clock.isValid() ? m_clock.elapsed() : 0);
}

void SlowDrift::step()
{
    const qint64 now = elapsed();
    const int position = positionAt(m_pixels, m_period, now);
    if (m_position != position) {
        m_position = position;
        Q_EMIT positionChanged();
    }
    if (m_clock.isValid())
        m_timer.start(int(untilNextPixel(m_pixels, m_period, now)));
}
