#include "Clock.h"

#include <QTimeZone>

QString Clock::nowIso() const
{
    return toIso(nowUtc());
}

QString Clock::toIso(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

const SystemClock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}
