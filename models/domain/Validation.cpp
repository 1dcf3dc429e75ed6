#include "Validation.h"

#include "TimeZones.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Validation {

namespace {
constexpr int MaxNameLength = 200;
} // namespace

std::optional<FieldProblem> cityProblem(const CityRecord &city)
{
    const auto problem = [](const char *field, const QString &message) {
        return std::optional<FieldProblem>(FieldProblem{QString::fromLatin1(field), message});
    };
    const QString name = city.name.trimmed();
    if (name.isEmpty())
        return problem("name", QCoreApplication::translate("Validation", "A city needs a name."));
    if (name.size() > MaxNameLength)
        return problem("name", QCoreApplication::translate("Validation", "The city name is too long (at most 200 characters)."));
    if (city.countryId <= 0)
        return problem("country_id", QCoreApplication::translate("Validation", "Choose the country of %1.").arg(name));
    if (city.population && *city.population <= 0)
        return problem("population", QCoreApplication::translate("Validation", "The population must be a positive number, or left unknown."));
    if (city.timeZone.trimmed().isEmpty())
        return problem("time_zone", QCoreApplication::translate("Validation", "Choose the time zone of %1 (an IANA id such as Europe/Kyiv).").arg(name));
    if (!TimeZones::isKnown(city.timeZone))
        return problem("time_zone", QCoreApplication::translate("Validation", "“%1” is not a known time zone. Use an IANA id such as "
                                  "Europe/Kyiv or Asia/Kathmandu.").arg(city.timeZone.trimmed()));
    if (!city.cohortStatus.isEmpty() && !Vocabulary::cohortStatuses().contains(city.cohortStatus))
        return problem("cohort_status", QCoreApplication::translate("Validation", "Unknown cohort status “%1”.").arg(city.cohortStatus));
    return std::nullopt;
}

Status city(const CityRecord &city)
{
    const auto problem = cityProblem(city);
    return problem ? Status::failure(problem->message) : Status();
}

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return pattern.match(text.trimmed()).hasMatch();
}

std::optional<FieldProblem> personProblem(const PersonRecord &person)
{
    const auto problem = [](const char *field, const QString &message) {
        return std::optional<FieldProblem>(FieldProblem{QString::fromLatin1(field), message});
    };
    const QString name = person.name.trimmed();
    if (name.isEmpty())
        return problem("name", QCoreApplication::translate("Validation", "A person needs a name."));
    if (name.size() > MaxNameLength)
        return problem("name", QCoreApplication::translate("Validation", "The name is too long (at most 200 characters)."));
    if (!Vocabulary::personRoles().contains(person.role))
        return problem("role", QCoreApplication::translate("Validation", "Choose the role of %1.").arg(name));
    if (!person.email.trimmed().isEmpty() && !isEmailAddress(person.email))
        return problem("email", QCoreApplication::translate("Validation", "“%1” is not an e-mail address.").arg(person.email.trimmed()));
    return std::nullopt;
}

Status person(const PersonRecord &person)
{
    const auto problem = personProblem(person);
    return problem ? Status::failure(problem->message) : Status();
}

Status pairing(const PairingRecord &pairing)
{
    if (pairing.code.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate("Validation", "A pairing needs a code, such as E-07."));
    if (pairing.code.trimmed().size() > 20)
        return Status::failure(QCoreApplication::translate("Validation", "The pairing code is too long (at most 20 characters)."));
    if (pairing.themeId <= 0)
        return Status::failure(QCoreApplication::translate("Validation", "Choose the theme of the pairing."));
    if (pairing.challenge.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate("Validation", "Describe the challenge the cities work on together."));
    if (!Vocabulary::pairingStatuses().contains(pairing.status))
        return Status::failure(QCoreApplication::translate("Validation", "Unknown pairing status “%1”.").arg(pairing.status));
    const QSet<qint64> unique(pairing.cityIds.begin(), pairing.cityIds.end());
    if (unique.size() != pairing.cityIds.size())
        return Status::failure(QCoreApplication::translate("Validation", "A city can appear only once in a pairing."));
    return {};
}

QStringList pairingWarnings(const PairingRecord &pairing)
{
    QStringList warnings;
    const auto count = pairing.cityIds.size();
    if (count < MinCitiesPerPairing || count > MaxCitiesPerPairing)
        warnings << QCoreApplication::translate("Validation",
                        "Pairings in the programme have 2 to 4 cities; this one has %n.", nullptr,
                        int(count));
    return warnings;
}

Status session(const SessionRecord &session)
{
    if (session.pairingId <= 0)
        return Status::failure(QCoreApplication::translate("Validation", "Choose the pairing the session belongs to."));
    if (!Vocabulary::sessionKinds().contains(session.kind))
        return Status::failure(QCoreApplication::translate("Validation", "Unknown session kind “%1”.").arg(session.kind));
    if (!Vocabulary::sessionStatuses().contains(session.status))
        return Status::failure(QCoreApplication::translate("Validation", "Unknown session status “%1”.").arg(session.status));
    if (!Vocabulary::sessionModes().contains(session.mode))
        return Status::failure(QCoreApplication::translate("Validation", "Unknown session mode “%1”.").arg(session.mode));
    if (session.durationMinutes <= 0 || session.durationMinutes > MaxSessionMinutes)
        return Status::failure(QCoreApplication::translate("Validation", "A session lasts between 1 minute and 24 hours."));
    if (session.title.trimmed().size() > MaxNameLength)
        return Status::failure(QCoreApplication::translate("Validation", "The session title is too long (at most 200 characters)."));
    if ((session.status == QLatin1String("scheduled") || session.status == QLatin1String("held"))
        && !session.startUtc.isValid())
        return Status::failure(QCoreApplication::translate("Validation", "A scheduled or held session needs a date and time."));
    if (!session.venueTimeZone.trimmed().isEmpty() && !TimeZones::isKnown(session.venueTimeZone))
        return Status::failure(QCoreApplication::translate("Validation", "“%1” is not a known time zone.")
                                   .arg(session.venueTimeZone.trimmed()));
    if (const QString link = session.link.trimmed(); !link.isEmpty()) {
        const QUrl url(link, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || !(url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
            return Status::failure(QCoreApplication::translate("Validation",
                "“%1” is not a web link; use the meeting's https:// address.").arg(link));
    }
    for (int i = 0; i < session.agenda.size(); ++i) {
        const AgendaItemRecord &item = session.agenda.at(i);
        if (item.title.trimmed().isEmpty())
            return Status::failure(QCoreApplication::translate("Validation",
                "Agenda item %1 needs a title.").arg(i + 1));
        if (item.durationMinutes < 0 || item.durationMinutes > MaxSessionMinutes)
            return Status::failure(QCoreApplication::translate("Validation",
                "Agenda item “%1” has an impossible duration.").arg(item.title.trimmed()));
    }
    return {};
}

QStringList sessionWarnings(const SessionRecord &session)
{
    QStringList warnings;
    const int agenda = session.agendaMinutes();
    if (!session.agenda.isEmpty() && agenda != session.durationMinutes)
        warnings << QCoreApplication::translate("Validation",
            "The agenda takes %1 min but the session lasts %2 min.").arg(agenda).arg(session.durationMinutes);
    if (session.mode != QLatin1String("online") && session.location.trimmed().isEmpty())
        warnings << QCoreApplication::translate("Validation", "An in-person or hybrid session needs a venue.");
    if (session.mode != QLatin1String("in_person") && session.link.trimmed().isEmpty()
        && session.status == QLatin1String("scheduled"))
        warnings << QCoreApplication::translate("Validation", "The session has no meeting link yet.");
    return warnings;
}

namespace {
// Dates are stored as YYYY-MM-DD: four-digit years only.
bool isStorableDate(const QDate &date)
{
    return date.isValid() && date.year() >= 1000 && date.year() <= 9999;
}
} // namespace

Status note(const NoteRecord &note)
{
    if (note.sessionId <= 0)
        return Status::failure(QCoreApplication::translate("Validation", "Choose the session the entry belongs to."));
    if (note.body.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate("Validation", "An entry of the minutes needs some text."));
    if (!Vocabulary::noteKinds().contains(note.kind))
        return Status::failure(QCoreApplication::translate("Validation", "Unknown kind of entry “%1”. Kinds: %2.")
                                   .arg(note.kind, Vocabulary::noteKinds().join(QStringLiteral(", "))));
    if (note.position < 0)
        return Status::failure(QCoreApplication::translate("Validation", "The position of an entry cannot be negative."));
    return {};
}

Status attendance(const AttendanceRecord &attendance)
{
    if (attendance.sessionId <= 0 || attendance.personId <= 0)
        return Status::failure(QCoreApplication::translate("Validation", "Choose the session and the person."));
    if (!Vocabulary::attendanceStatuses().contains(attendance.status))
        return Status::failure(QCoreApplication::translate("Validation", "Unknown attendance “%1”. Use one of: %2.")
                                   .arg(attendance.status, Vocabulary::attendanceStatuses().join(QStringLiteral(", "))));
    return {};
}

Status action(const ActionItemRecord &action)
{
    if (action.sessionId <= 0)
        return Status::failure(QCoreApplication::translate("Validation", "Choose the session the action item comes from."));
    const QString description = action.description.trimmed();
    if (description.isEmpty())
        return Status::failure(QCoreApplication::translate("Validation", "An action item needs a description of what is to be done."));
    if (description.size() > MaxActionDescriptionLength)
        return Status::failure(QCoreApplication::translate("Validation", "The description is too long (at most 2000 characters)."));
    if (!Vocabulary::actionStatuses().contains(action.status))
        return Status::failure(QCoreApplication::translate("Validation", "Unknown action status “%1”. Use one of: %2.")
                                   .arg(action.status, Vocabulary::actionStatuses().join(QStringLiteral(", "))));
    if (action.dueDate.isValid() && !isStorableDate(action.dueDate))
        return Status::failure(QCoreApplication::translate("Validation", "The due date is not a valid date."));
    if (action.doneDate.isValid() && action.status != QLatin1String("done"))
        return Status::failure(QCoreApplication::translate("Validation", "Only an action item that is done has a done date."));
    if (action.doneDate.isValid() && !isStorableDate(action.doneDate))
        return Status::failure(QCoreApplication::translate("Validation", "The done date is not a valid date."));
    return {};
}

} // namespace Validation
