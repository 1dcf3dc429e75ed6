#pragma once

#include "domain/Records.h"
#include "store/ProgrammeQueries.h"

#include <QDateTime>

// When a session and each block of its agenda happen, in UTC and in every member city's local
// time (QTimeZone with the city's IANA zone, so daylight saving and odd offsets are right).
namespace SessionSchedule {

struct LocalTime
{
    QString city;
    QString timeZone;
    QDateTime local;     // in the city's zone: toString(Qt::ISODate) carries the offset
    QString offsetLabel; // "UTC+05:45"
};

struct BlockTime
{
    QDateTime startUtc;
    QDateTime endUtc;
};

QList<LocalTime> localTimes(const QDateTime &utc, const QList<ProgrammeQueries::MemberCity> &cities);

// Start and end of each agenda block, one after the other from the session's start; empty when
// the session has no time yet.
QList<BlockTime> blockTimes(const SessionRecord &session);

// "Tue 16 Mar 2027 10:00 Ann Arbor (UTC−04:00) · 16:00 Lviv (UTC+02:00)": a line for texts.
QString localTimesLine(const QDateTime &utc, const QList<ProgrammeQueries::MemberCity> &cities);

} // namespace SessionSchedule
