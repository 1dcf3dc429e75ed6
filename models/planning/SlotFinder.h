#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

// When a city is available for a session, in its own local time.
struct WorkingHours
{
    QTime start{8, 0};
    QTime end{18, 0};
    QList<int> days{1, 2, 3, 4, 5}; // Qt::DayOfWeek values, Monday..Friday by default
    bool worksOn(int dayOfWeek) const { return days.contains(dayOfWeek); }
};

// One member city of a pairing, as the slot finder sees it.
struct SlotCity
{
    QString name;
    QString timeZone; // IANA id
    WorkingHours hours;
};

// How one meeting time lands in one city.
struct CityFit
{
    QString city;
    QString timeZone;
    QDateTime localStart; // in the city's QTimeZone, so toString(Qt::ISODate) carries the offset
    QDateTime localEnd;
    int minutesOutside = 0; // minutes of the meeting outside the city's hours; 0 when inside
    int marginMinutes = 0;  // min(start - hours.start, hours.end - end); negative when outside
    QString problem;        // empty, or e.g. "starts 45 min before 08:00"
    bool fits() const { return minutesOutside == 0; }
};

// One candidate meeting time and how it lands in every city.
struct Slot
{
    QDateTime startUtc; // Qt::UTC
    int durationMinutes = 0;
    QList<CityFit> cities;      // in the order given
    int worstMarginMinutes = 0; // the worst-off city's margin: the sort key among fitting slots
    bool fitsEveryone() const;
    int maxMinutesOutside() const;
    int totalMinutesOutside() const;
};

struct SlotSearch
{
    QList<Slot> found; // fitting slots best first, or (when none fit) the closest misses
                       // (not "slots": that is a Qt keyword macro)
    bool anyFits = false;
};

// Finds meeting times on a 15-minute UTC grid that fall inside every city's working hours,
// best first; when none do, the near misses with who would be outside their hours and by how much.
class SlotFinder
{
public:
    static constexpr int GridMinutes = 15;
    static constexpr int MaxDays = 366;
    static constexpr int MaxDurationMinutes = 24 * 60;

    // Why find() would refuse these inputs, as a message for the user; ok() when it would not.
    static Status validate(const QList<SlotCity> &cities, QDate from, QDate to, int durationMinutes);

    // from/to are inclusive UTC dates; limit caps the list (0 = no cap). Empty when invalid.
    // Near misses are sorted by the largest minutesOutside, then the total, then start time,
    // keeping only the best one per UTC day so the list is not a run of neighbours.
    static SlotSearch find(const QList<SlotCity> &cities, QDate from, QDate to, int durationMinutes,
                           int limit = 50);

    // How a meeting at one start time lands in every city (e.g. a time the facilitator typed).
    static Slot evaluate(const QList<SlotCity> &cities, const QDateTime &start, int durationMinutes);
};
