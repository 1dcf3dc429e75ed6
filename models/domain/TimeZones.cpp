#include "TimeZones.h"

#include <QTimeZone>

namespace TimeZones {

namespace {
// Blanks around an id (as a spreadsheet cell may have them) are not part of it, wherever it is used.
QByteArray idOf(const QString &ianaId)
{
    return ianaId.trimmed().toUtf8();
}

QTimeZone zoneOf(const QString &ianaId)
{
    return QTimeZone(idOf(ianaId));
}
} // namespace

bool isKnown(const QString &ianaId)
{
    // Listed ids only, and never "": QTimeZone takes that for the system's zone.
    const QByteArray id = idOf(ianaId);
    return !id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id) && zoneOf(ianaId).isValid();
}

QDateTime toLocal(const QDateTime &instant, const QString &ianaId)
{
    return instant.toTimeZone(zoneOf(ianaId));
}

QString offsetLabel(const QDateTime &instant, const QString &ianaId)
{
    const int seconds = zoneOf(ianaId).offsetFromUtc(instant);
    if (seconds == 0)
        return QStringLiteral("UTC");
    const int minutes = qAbs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QStringLiteral("\u2212") : QStringLiteral("+"))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace TimeZones
