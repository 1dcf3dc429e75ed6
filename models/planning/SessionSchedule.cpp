#include "SessionSchedule.h"

#include "domain/TimeZones.h"

#include <QLocale>

namespace SessionSchedule {

QList<LocalTime> localTimes(const QDateTime &utc, const QList<ProgrammeQueries::MemberCity> &cities)
{
    QList<LocalTime> times;
    if (!utc.isValid())
        return times;
    for (const auto &city : cities)
        times << LocalTime{city.name, city.timeZone, TimeZones::toLocal(utc, city.timeZone),
                           TimeZones::offsetLabel(utc, city.timeZone)};
    return times;
}

QList<BlockTime> blockTimes(const SessionRecord &session)
{
    QList<BlockTime> times;
    if (!session.startUtc.isValid())
        return times;
    QDateTime start = session.startUtc.toUTC();
    for (const AgendaItemRecord &item : session.agenda) {
        const QDateTime end = start.addSecs(qint64(item.durationMinutes) * 60);
        times << BlockTime{start, end};
        start = end;
    }
    return times;
}

QString localTimesLine(const QDateTime &utc, const QList<ProgrammeQueries::MemberCity> &cities)
{
    QStringList parts;
    for (const LocalTime &t : localTimes(utc, cities))
        parts << QStringLiteral("%1 %2 %3 (%4)")
                     .arg(QLocale().toString(t.local.date(), QStringLiteral("ddd d MMM")),
                          t.local.time().toString(QStringLiteral("HH:mm")), t.city, t.offsetLabel);
    return parts.join(QStringLiteral(" · "));
}

} // namespace SessionSchedule
