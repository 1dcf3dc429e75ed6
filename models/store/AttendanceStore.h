#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/MinutesRecords.h"

#include <QSqlDatabase>

#include <optional>

// One person expected at a session, with their attendance once it is taken.
struct ExpectedAttendee
{
    qint64 personId = 0;
    QString name;
    QString role;     // city_representative, expert, facilitator, observer
    QString cityName; // empty for people of no city
    std::optional<QString> status; // present, absent, excused; none yet when not taken
};

// Who was at a session. Writes run inside the caller's transaction.
class AttendanceStore
{
public:
    // Takes a clock like the other stores, although attendance rows carry no time stamps.
    AttendanceStore(QSqlDatabase db, const Clock &clock);

    // Who is expected: the people of the pairing's member cities, its lead facilitator, the
    // programme's facilitators and experts (people of no city) and anyone whose attendance was
    // taken; ordered by city (people of no city last), then name.
    Result<QList<ExpectedAttendee>> ofSession(qint64 sessionId) const;
    // The person's attendance at the session, or none when it was not taken.
    Result<std::optional<QString>> statusOf(qint64 sessionId, qint64 personId) const;
    // Records the attendance, replacing what was there.
    Status set(const AttendanceRecord &attendance);
    // Forgets the attendance: "not taken yet". Nothing to forget is not an error.
    Status clear(qint64 sessionId, qint64 personId);

private:
    QSqlDatabase m_db;
};
