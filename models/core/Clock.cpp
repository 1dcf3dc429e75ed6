#include "Clock.h"

QString Clock::nowIso() const
{
    return toIso(nowUtc());
}

QString Clock::toIso(const QDateTime &utc)
{
    // toUTC(), not toTimeZone(): only the Qt::UTC spec prints the "Z" suffix the schema checks.
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

const SystemClock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}
