#include "SessionCalendar.h"

#include "domain/Vocabulary.h"
#include "planning/SessionSchedule.h"

#include <QCoreApplication>

#include <climits>

namespace SessionCalendar {

Status checkExportable(const SessionRecord &session)
{
    if (!session.startUtc.isValid())
        return Status::failure(QCoreApplication::translate("SessionCalendar",
            "Session %1 has no date and time yet.").arg(session.sequence));
    return {};
}

CalendarEvent eventOf(const SessionRecord &session, const ProgrammeQueries::PairingListing &pairing,
                      const QDateTime &stampUtc)
{
    QStringList cityNames;
    for (const auto &city : pairing.cities)
        cityNames << city.name;
    const QString title = session.title.isEmpty() ? Vocabulary::sessionKindLabel(session.kind) : session.title;

    CalendarEvent event;
    event.uid = session.uuid + QStringLiteral("@city2city.utm");
    event.startUtc = session.startUtc.toUTC();
    event.durationMinutes = session.durationMinutes;
    event.summary = QStringLiteral("%1 %2 — %3 %4: %5")
                        .arg(pairing.code, cityNames.join(QStringLiteral(" · ")),
                             QCoreApplication::translate("SessionCalendar", "Session"), QString::number(session.sequence), title);
    event.location = session.mode == QLatin1String("online") ? session.link : session.location;
    event.url = session.link;
    event.status = session.status == QLatin1String("cancelled") ? QStringLiteral("CANCELLED")
                   : session.status == QLatin1String("draft")   ? QStringLiteral("TENTATIVE")
                                                                 : QStringLiteral("CONFIRMED");
    // Calendar clients take an update only when SEQUENCE grows: the seconds from the session's
    // creation to its last change grow with every saved edit, without storing a counter.
    const QDateTime created = QDateTime::fromString(session.createdAt, Qt::ISODateWithMs);
    const QDateTime updated = QDateTime::fromString(session.updatedAt, Qt::ISODateWithMs);
    event.sequence = created.isValid() && updated.isValid() ? int(qBound(qint64(0), created.secsTo(updated), qint64(INT_MAX))) : 0;
    event.stampUtc = stampUtc.toUTC();

    QStringList lines;
    lines << QCoreApplication::translate("SessionCalendar", "UTM City2City pairing %1: %2").arg(pairing.code, pairing.challenge);
    lines << QString() << QCoreApplication::translate("SessionCalendar", "Local start:");
    for (const auto &t : SessionSchedule::localTimes(session.startUtc, pairing.cities))
        lines << QStringLiteral("  %1: %2 %3 (%4)")
                     .arg(t.city, t.local.date().toString(Qt::ISODate),
                          t.local.time().toString(QStringLiteral("HH:mm")), t.offsetLabel);
    if (!session.objectives.trimmed().isEmpty())
        lines << QString() << QCoreApplication::translate("SessionCalendar", "Objectives:") << session.objectives.trimmed();
    if (!session.agenda.isEmpty()) {
        lines << QString() << QCoreApplication::translate("SessionCalendar", "Agenda (UTC):");
        const auto times = SessionSchedule::blockTimes(session);
        for (int i = 0; i < session.agenda.size(); ++i) {
            const AgendaItemRecord &item = session.agenda.at(i);
            const QString when = i < times.size() ? times.at(i).startUtc.time().toString(QStringLiteral("HH:mm"))
                                                  : QString();
            lines << QStringLiteral("  %1  %2 (%3 min)").arg(when, item.title).arg(item.durationMinutes);
        }
    }
    event.description = lines.join(u'\n');
    return event;
}

} // namespace SessionCalendar
