#pragma once

#include <QDateTime>
#include <QString>

// Local times of an instant in a city's IANA zone, through QTimeZone (the system tz database),
// so daylight saving, half- and quarter-hour offsets and irregular changes come out right.
namespace TimeZones {
bool isKnown(const QString &ianaId);
QDateTime toLocal(const QDateTime &instant, const QString &ianaId);
// "UTC+05:45", "UTC−04:00" (with a true minus sign), "UTC" at zero.
QString offsetLabel(const QDateTime &instant, const QString &ianaId);
} // namespace TimeZones
