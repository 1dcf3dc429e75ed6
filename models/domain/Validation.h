#pragma once

#include "MinutesRecords.h"
#include "Records.h"
#include "core/Result.h"

#include <QStringList>

#include <optional>

// Rules a record must meet before it is written. Errors refuse the edit; warnings are shown
// but do not (a pairing of five cities is unusual, not wrong).
namespace Validation {
// A rule a record breaks and the field it is about, named as its database column ("email",
// "country_id"), so that an import can point at the column of the file.
struct FieldProblem
{
    QString field;
    QString message;
};
std::optional<FieldProblem> cityProblem(const CityRecord &city);
std::optional<FieldProblem> personProblem(const PersonRecord &person);
Status city(const CityRecord &city);
Status person(const PersonRecord &person);
Status pairing(const PairingRecord &pairing);
QStringList pairingWarnings(const PairingRecord &pairing);
Status session(const SessionRecord &session);
// Unusual but allowed: an agenda that does not fill the session, a venue missing, ...
QStringList sessionWarnings(const SessionRecord &session);
bool isEmailAddress(const QString &text);
// An entry of the minutes: some text, a known kind, a session.
Status note(const NoteRecord &note);
Status attendance(const AttendanceRecord &attendance);
// An action item: a description, a known status, a done date only when done.
Status action(const ActionItemRecord &action);

constexpr int MinCitiesPerPairing = 2;
constexpr int MaxCitiesPerPairing = 4;
constexpr int MaxSessionMinutes = 24 * 60;
constexpr int MinSessionsPerCycle = 4;
constexpr int MaxActionDescriptionLength = 2000;
} // namespace Validation
