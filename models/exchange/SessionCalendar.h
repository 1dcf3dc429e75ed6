#pragma once

#include "exchange/IcsCalendar.h"
#include "domain/Records.h"
#include "store/ProgrammeQueries.h"

// Turns sessions into calendar events: a stable UID from the session's UUID, the pairing and
// session in the summary, the link or venue, and a description holding the local start time in
// each member city and the agenda with its times.
namespace SessionCalendar {
CalendarEvent eventOf(const SessionRecord &session, const ProgrammeQueries::PairingListing &pairing,
                      const QDateTime &stampUtc);
// Why a session cannot go into a calendar (it has no time yet), or ok.
Status checkExportable(const SessionRecord &session);
} // namespace SessionCalendar
