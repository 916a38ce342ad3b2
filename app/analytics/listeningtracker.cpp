#include "analytics/listeningtracker.h"

#include <cmath>

namespace {

// Positions arrive several times a second while playing; a bigger step
// than this is a seek (or a stall), not listening.
constexpr qint64 longestStep = 1500;

} // namespace

void ListeningTracker::setDuration(qint64 milliseconds)
{
    const int seconds = int(std::max<qint64>(0, (milliseconds + 999) / 1000));
    if (seconds != m_heard.size())
        m_heard.resize(seconds);
}

void ListeningTracker::playedTo(qint64 milliseconds)
{
    m_started = true;
    if (m_last >= 0 && milliseconds > m_last && milliseconds - m_last <= longestStep) {
        const int from = int(m_last / 1000);
        const int to = int(std::min<qint64>((milliseconds - 1) / 1000, m_heard.size() - 1));
        for (int second = from; second <= to; ++second)
            m_heard.setBit(second);
    }
    m_last = milliseconds;
}

int ListeningTracker::heardPercent() const
{
    if (m_heard.isEmpty())
        return 0;
    return int(std::lround(100.0 * m_heard.count(true) / m_heard.size()));
}
