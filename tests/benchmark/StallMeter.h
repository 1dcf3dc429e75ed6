#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <functional>

// A 5 ms heartbeat on this thread's event loop: the gap between two beats, less the interval,
// is how long the loop was held. Each gap goes to onGap, with when it ended on CLOCK_MONOTONIC
// (to find it in a profile taken with `perf record -k mono`); the longest is kept.
class StallMeter
{
public:
    static constexpr int IntervalMs = 5;

    explicit StallMeter(std::function<void(double gapMs, qint64 endedNs)> onGap = {}) : m_onGap(std::move(onGap))
    {
        m_heartbeat.setTimerType(Qt::PreciseTimer);
        m_heartbeat.setInterval(IntervalMs);
        QObject::connect(&m_heartbeat, &QTimer::timeout, [this] { beat(); });
    }

    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = m_clock.nsecsElapsed();
        m_heartbeat.start();
    }
    // The gap up to now counts too: a loop held until the end has not beaten since.
    void stop()
    {
        beat();
        m_heartbeat.stop();
    }
    double longestMs() const { return m_longest; }

private:
    void beat()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double gap = qMax(0.0, double(now - m_last) / 1e6 - IntervalMs);
        m_longest = qMax(m_longest, gap);
        if (m_onGap)
            m_onGap(gap, m_clock.msecsSinceReference() * 1000000 + now);
        m_last = now;
    }

    std::function<void(double, qint64)> m_onGap;
    QTimer m_heartbeat;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_longest = 0;
};
