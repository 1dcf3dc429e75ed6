#include "SlotFinder.h"

#include "domain/TimeZones.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <climits>
#include <set>
#include <vector>

namespace {

constexpr int MinutesPerDay = 24 * 60;
constexpr qint64 MsPerMinute = 60 * 1000;

// Q_DECLARE_TR_FUNCTIONS tells lupdate the context of each Text::tr() in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SlotFinder)
};

qint64 floorDiv(qint64 value, qint64 divisor)
{
    return value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);
}

int minuteOfDay(QTime time)
{
    return time.hour() * 60 + time.minute();
}

qint64 utcMinute(QDate date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() / MsPerMinute;
}

QDateTime utcAt(qint64 minute)
{
    return QDateTime::fromMSecsSinceEpoch(minute * MsPerMinute, Qt::UTC);
}

// A meeting in one city's wall-clock time: the local day it starts on (days since 1970-01-01)
// and its start and end in minutes from that day's midnight. The end passes 1440 when the
// meeting crosses local midnight, which is what keeps such a meeting outside the hours.
struct LocalSpan
{
    qint64 day = 0;
    int start = 0;
    int end = 0;

    int dayOfWeek() const { return int(((day + 3) % 7 + 7) % 7) + 1; } // 1970-01-01 was a Thursday
};

LocalSpan spanOf(qint64 startUtcMinute, int durationMinutes, int startOffset, int endOffset)
{
    const qint64 localStart = startUtcMinute + startOffset;
    const qint64 day = floorDiv(localStart, MinutesPerDay);
    const qint64 midnight = day * MinutesPerDay;
    return {day, int(localStart - midnight),
            int(startUtcMinute + durationMinutes + endOffset - midnight)};
}

struct Verdict
{
    int minutesOutside = 0;
    int margin = 0;
    bool offDay = false;
};

// The whole rule for one city; the fast search and the reported fits both go through it.
Verdict judge(const WorkingHours &hours, const LocalSpan &span, int durationMinutes)
{
    if (!hours.worksOn(span.dayOfWeek()))
        return {durationMinutes, -durationMinutes, true};
    const int workStart = minuteOfDay(hours.start);
    const int workEnd = minuteOfDay(hours.end);
    const int margin = std::min(span.start - workStart, workEnd - span.end);
    if (margin >= 0)
        return {0, margin, false};
    const int before = std::max(0, std::min(span.end, workStart) - span.start);
    const int after = std::max(0, span.end - std::max(span.start, workEnd));
    // Wall-clock length can differ from the real one across a clock change: keep it in range.
    return {std::clamp(before + after, 1, durationMinutes), margin, false};
}

QString formatMinutes(int minutes)
{
    if (minutes < 60)
        return Text::tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return Text::tr("%1 h").arg(minutes / 60);
    return Text::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString problemText(const WorkingHours &hours, const LocalSpan &span, const Verdict &verdict)
{
    if (verdict.offDay)
        return Text::tr("%1 is not a working day")
            .arg(QLocale::c().dayName(span.dayOfWeek(), QLocale::LongFormat));
    if (verdict.minutesOutside == 0)
        return {};
    const QString hhmm = QStringLiteral("HH:mm");
    QStringList parts;
    const int workStart = minuteOfDay(hours.start);
    const int workEnd = minuteOfDay(hours.end);
    if (span.start < workStart)
        parts << Text::tr("starts %1 before %2")
                     .arg(formatMinutes(workStart - span.start), hours.start.toString(hhmm));
    if (span.end > workEnd)
        parts << Text::tr("ends %1 after %2").arg(formatMinutes(span.end - workEnd), hours.end.toString(hhmm));
    return parts.join(Text::tr(" and "));
}

CityFit fitOf(const SlotCity &city, const QTimeZone &zone, const QDateTime &startUtc,
              int durationMinutes)
{
    CityFit fit;
    fit.city = city.name;
    fit.timeZone = city.timeZone;
    fit.localStart = startUtc.toTimeZone(zone);
    fit.localEnd = startUtc.addSecs(qint64(durationMinutes) * 60).toTimeZone(zone);
    const qint64 utc = startUtc.toMSecsSinceEpoch() / MsPerMinute;
    const LocalSpan span = spanOf(utc, durationMinutes, fit.localStart.offsetFromUtc() / 60,
                                  fit.localEnd.offsetFromUtc() / 60);
    const Verdict verdict = judge(city.hours, span, durationMinutes);
    fit.minutesOutside = verdict.minutesOutside;
    fit.marginMinutes = verdict.margin;
    fit.problem = problemText(city.hours, span, verdict);
    return fit;
}

Slot slotOf(const QList<SlotCity> &cities, const QList<QTimeZone> &zones,
            const QDateTime &startUtc, int durationMinutes)
{
    Slot slot;
    slot.startUtc = startUtc;
    slot.durationMinutes = durationMinutes;
    slot.worstMarginMinutes = INT_MAX;
    for (int i = 0; i < cities.size(); ++i) {
        slot.cities.append(fitOf(cities.at(i), zones.at(i), startUtc, durationMinutes));
        slot.worstMarginMinutes = std::min(slot.worstMarginMinutes, slot.cities.last().marginMinutes);
    }
    if (slot.cities.isEmpty())
        slot.worstMarginMinutes = 0;
    return slot;
}

QList<QTimeZone> zonesOf(const QList<SlotCity> &cities)
{
    QList<QTimeZone> zones;
    for (const SlotCity &city : cities)
        zones.append(QTimeZone(city.timeZone.trimmed().toUtf8()));
    return zones;
}

// A city's UTC offsets over the search range, read once from QTimeZone so that each of the
// many candidates costs a lookup rather than a time-zone conversion.
class OffsetTable
{
public:
    OffsetTable(const QTimeZone &zone, const QDateTime &from, const QDateTime &to)
    {
        m_changes.push_back({LLONG_MIN, zone.offsetFromUtc(from) / 60});
        for (const QTimeZone::OffsetData &change : zone.transitions(from, to))
            m_changes.push_back({change.atUtc.toMSecsSinceEpoch() / MsPerMinute, change.offsetFromUtc / 60});
    }

    int offsetAt(qint64 utcMinute) const
    {
        const auto after = std::upper_bound(m_changes.cbegin(), m_changes.cend(), utcMinute,
                                            [](qint64 m, const Change &c) { return m < c.at; });
        return std::prev(after)->offset;
    }

private:
    struct Change
    {
        qint64 at;
        int offset;
    };
    std::vector<Change> m_changes;
};

struct Candidate
{
    qint64 start = 0; // UTC minutes since the epoch
    int worstMargin = INT_MAX;
    int maxOutside = 0;
    int totalOutside = 0;
};

Status validateCities(const QList<SlotCity> &cities)
{
    if (cities.isEmpty())
        return Status::failure(Text::tr("Choose at least one city."));
    for (const SlotCity &city : cities) {
        const QString name = city.name.trimmed().isEmpty() ? city.timeZone : city.name.trimmed();
        if (!TimeZones::isKnown(city.timeZone))
            return Status::failure(Text::tr("“%1” is not a known time zone (%2).").arg(city.timeZone, name));
        const WorkingHours &hours = city.hours;
        if (!hours.start.isValid() || !hours.end.isValid() || hours.end <= hours.start)
            return Status::failure(Text::tr("The working hours of %1 must end after they start.").arg(name));
        if (hours.days.isEmpty())
            return Status::failure(Text::tr("%1 has no working days.").arg(name));
        for (int day : hours.days)
            if (day < Qt::Monday || day > Qt::Sunday)
                return Status::failure(Text::tr("%1 has an unknown working day (%2).").arg(name).arg(day));
    }
    return {};
}

Status validateDuration(int durationMinutes)
{
    if (durationMinutes <= 0)
        return Status::failure(Text::tr("The meeting needs a duration of at least one minute."));
    if (durationMinutes > SlotFinder::MaxDurationMinutes)
        return Status::failure(Text::tr("A meeting cannot be longer than a day."));
    return {};
}

} // namespace

bool Slot::fitsEveryone() const
{
    return !cities.isEmpty()
        && std::all_of(cities.cbegin(), cities.cend(), [](const CityFit &c) { return c.fits(); });
}

int Slot::maxMinutesOutside() const
{
    int most = 0;
    for (const CityFit &city : cities)
        most = std::max(most, city.minutesOutside);
    return most;
}

int Slot::totalMinutesOutside() const
{
    int total = 0;
    for (const CityFit &city : cities)
        total += city.minutesOutside;
    return total;
}

Status SlotFinder::validate(const QList<SlotCity> &cities, QDate from, QDate to, int durationMinutes)
{
    if (Status status = validateCities(cities); !status)
        return status;
    if (Status status = validateDuration(durationMinutes); !status)
        return status;
    if (!from.isValid() || !to.isValid())
        return Status::failure(Text::tr("Choose the first and the last date to search."));
    if (from > to)
        return Status::failure(Text::tr("The last date is before the first date."));
    if (from.daysTo(to) + 1 > MaxDays)
        return Status::failure(Text::tr("Search at most %n day(s) at a time.", nullptr, MaxDays));
    return {};
}

SlotSearch SlotFinder::find(const QList<SlotCity> &cities, QDate from, QDate to, int durationMinutes,
                            int limit)
{
    if (!validate(cities, from, to, durationMinutes))
        return {};

    const qint64 first = utcMinute(from);
    const qint64 end = utcMinute(to.addDays(1));
    const QList<QTimeZone> zones = zonesOf(cities);
    std::vector<OffsetTable> offsets;
    // A day past the end, so a change at the very end of the last meeting is not missed.
    for (const QTimeZone &zone : zones)
        offsets.emplace_back(zone, utcAt(first), utcAt(end + MinutesPerDay));

    std::vector<Candidate> fitting;
    std::vector<Candidate> misses;
    for (qint64 start = first; start + durationMinutes <= end; start += GridMinutes) {
        Candidate candidate{start};
        for (int i = 0; i < cities.size(); ++i) {
            const LocalSpan span = spanOf(start, durationMinutes, offsets[i].offsetAt(start),
                                          offsets[i].offsetAt(start + durationMinutes));
            const Verdict verdict = judge(cities.at(i).hours, span, durationMinutes);
            candidate.worstMargin = std::min(candidate.worstMargin, verdict.margin);
            candidate.maxOutside = std::max(candidate.maxOutside, verdict.minutesOutside);
            candidate.totalOutside += verdict.minutesOutside;
        }
        (candidate.maxOutside == 0 ? fitting : misses).push_back(candidate);
    }

    SlotSearch result;
    result.anyFits = !fitting.empty();
    std::vector<Candidate> chosen;
    if (result.anyFits) {
        std::sort(fitting.begin(), fitting.end(), [](const Candidate &a, const Candidate &b) {
            return a.worstMargin != b.worstMargin ? a.worstMargin > b.worstMargin : a.start < b.start;
        });
        chosen = std::move(fitting);
    } else {
        std::sort(misses.begin(), misses.end(), [](const Candidate &a, const Candidate &b) {
            if (a.maxOutside != b.maxOutside)
                return a.maxOutside < b.maxOutside;
            return a.totalOutside != b.totalOutside ? a.totalOutside < b.totalOutside : a.start < b.start;
        });
        // The best miss of each UTC day: the next-best is usually the same time 15 minutes on.
        std::set<qint64> daysSeen;
        for (const Candidate &miss : misses)
            if (daysSeen.insert(floorDiv(miss.start, MinutesPerDay)).second)
                chosen.push_back(miss);
    }
    if (limit > 0 && chosen.size() > size_t(limit))
        chosen.resize(size_t(limit));
    for (const Candidate &candidate : chosen)
        result.found.append(slotOf(cities, zones, utcAt(candidate.start), durationMinutes));
    return result;
}

Slot SlotFinder::evaluate(const QList<SlotCity> &cities, const QDateTime &start, int durationMinutes)
{
    if (!validateCities(cities) || !validateDuration(durationMinutes) || !start.isValid())
        return {};
    return slotOf(cities, zonesOf(cities), start.toUTC(), durationMinutes);
}
