// The slot finder lists meeting times inside every city's working hours. Expected windows are
// worked out by hand from each zone's offset; fits are re-checked here through QTimeZone.
#include "planning/SlotFinder.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <climits>

Q_DECLARE_METATYPE(WorkingHours)
Q_DECLARE_METATYPE(SlotCity)

namespace {

SlotCity city(const QString &name, const QString &zone, const WorkingHours &hours = {})
{
    return {name, zone, hours};
}

const SlotCity AnnArbor = city(QStringLiteral("Ann Arbor"), QStringLiteral("America/Detroit"));
const SlotCity Lviv = city(QStringLiteral("Lviv"), QStringLiteral("Europe/Kyiv"));
const SlotCity Baguio = city(QStringLiteral("Baguio"), QStringLiteral("Asia/Manila"));
const SlotCity Chefchaouen = city(QStringLiteral("Chefchaouen"), QStringLiteral("Africa/Casablanca"));
const SlotCity Leh = city(QStringLiteral("Leh"), QStringLiteral("Asia/Kolkata"));
const SlotCity Dhankuta = city(QStringLiteral("Dhankuta"), QStringLiteral("Asia/Kathmandu"));
const SlotCity Tegucigalpa = city(QStringLiteral("Tegucigalpa"), QStringLiteral("America/Tegucigalpa"));

QDateTime utc(QDate date, QTime time)
{
    return QDateTime(date, time, Qt::UTC);
}

// The start times from first to last inclusive, on the 15-minute grid.
QList<QTime> grid(QTime first, QTime last)
{
    QList<QTime> times;
    for (QTime t = first; t <= last; t = t.addSecs(SlotFinder::GridMinutes * 60))
        times << t;
    return times;
}

QList<QTime> startsOn(const SlotSearch &search, QDate day)
{
    QList<QTime> times;
    for (const Slot &slot : search.found)
        if (slot.startUtc.date() == day)
            times << slot.startUtc.time();
    std::sort(times.begin(), times.end());
    return times;
}

// The rule, restated independently of SlotFinder: local dates and times straight from QTimeZone.
int minutesOutside(const SlotCity &c, const QDateTime &startUtc, int duration)
{
    const QTimeZone zone(c.timeZone.toUtf8());
    const QDateTime start = startUtc.toTimeZone(zone);
    const QDateTime end = startUtc.addSecs(duration * 60).toTimeZone(zone);
    if (!c.hours.worksOn(start.date().dayOfWeek()))
        return duration;
    const QDateTime workStart(start.date(), c.hours.start, zone);
    const QDateTime workEnd(start.date(), c.hours.end, zone);
    const qint64 overlap = std::max<qint64>(
        0, std::min(end, workEnd).toSecsSinceEpoch() - std::max(start, workStart).toSecsSinceEpoch());
    return duration - int(overlap / 60);
}

bool inside(const SlotCity &c, const QDateTime &startUtc, int duration)
{
    const QTimeZone zone(c.timeZone.toUtf8());
    const QDateTime start = startUtc.toTimeZone(zone);
    const QDateTime end = startUtc.addSecs(duration * 60).toTimeZone(zone);
    return start.date() == end.date() && c.hours.worksOn(start.date().dayOfWeek())
        && start.time() >= c.hours.start && end.time() <= c.hours.end;
}

} // namespace

class TestSlotFinder : public QObject
{
    Q_OBJECT

private slots:
    void detroitLvivAcrossUsDaylightSaving();
    void detroitLvivAcrossEuDaylightSaving();
    void fittingSlotsAreBestFirst();
    void limitCapsTheList();
    void gridReachesBothEndsOfTheRange();
    void fourZonesAroundRamadan_data();
    void fourZonesAroundRamadan();
    void offsetsFollowQTimeZoneAllYear_data();
    void offsetsFollowQTimeZoneAllYear();
    void nothingFitsGivesClosestMisses();
    void weekendWithDefaultHoursHasNoFit();
    void customHoursWidenTheWindow();
    void evaluateOneCity_data();
    void evaluateOneCity();
    void evaluateTakesAnyZone();
    void invalidInputGivesEmptyResult_data();
    void invalidInputGivesEmptyResult();
    void validInputPasses();
    void wholeYearOfFourCities();
};

void TestSlotFinder::detroitLvivAcrossUsDaylightSaving()
{
    // Detroit moves to UTC−4 on Sunday 2027-03-14; Kyiv stays at UTC+2 until 2027-03-28.
    const QList<SlotCity> cities{AnnArbor, Lviv};
    const SlotSearch search = SlotFinder::find(cities, QDate(2027, 3, 8), QDate(2027, 3, 19), 60, 0);
    QVERIFY(search.anyFits);
    for (int day = 8; day <= 12; ++day) // Detroit UTC−5: 13:00–16:00 UTC
        QCOMPARE(startsOn(search, QDate(2027, 3, day)), grid(QTime(13, 0), QTime(15, 0)));
    QCOMPARE(startsOn(search, QDate(2027, 3, 13)), QList<QTime>());
    QCOMPARE(startsOn(search, QDate(2027, 3, 14)), QList<QTime>());
    for (int day = 15; day <= 19; ++day) // Detroit UTC−4: 12:00–16:00 UTC
        QCOMPARE(startsOn(search, QDate(2027, 3, day)), grid(QTime(12, 0), QTime(15, 0)));
    QCOMPARE(search.found.size(), 5 * 9 + 5 * 13);
    for (const Slot &slot : search.found) {
        QVERIFY(slot.fitsEveryone());
        QCOMPARE(slot.startUtc.timeSpec(), Qt::UTC);
        QCOMPARE(slot.durationMinutes, 60);
        QVERIFY2(inside(AnnArbor, slot.startUtc, 60) && inside(Lviv, slot.startUtc, 60),
                 qPrintable(slot.startUtc.toString(Qt::ISODate)));
    }
}

void TestSlotFinder::detroitLvivAcrossEuDaylightSaving()
{
    // Kyiv moves to UTC+3 on Sunday 2027-03-28, closing the overlap an hour earlier.
    const QList<SlotCity> cities{AnnArbor, Lviv};
    const SlotSearch search = SlotFinder::find(cities, QDate(2027, 3, 22), QDate(2027, 4, 2), 60, 0);
    QVERIFY(search.anyFits);
    for (int day = 22; day <= 26; ++day)
        QCOMPARE(startsOn(search, QDate(2027, 3, day)), grid(QTime(12, 0), QTime(15, 0)));
    for (QDate day(2027, 3, 29); day <= QDate(2027, 4, 2); day = day.addDays(1))
        QCOMPARE(startsOn(search, day), grid(QTime(12, 0), QTime(14, 0)));
    QCOMPARE(search.found.size(), 5 * 13 + 5 * 9);
    for (const Slot &slot : search.found)
        QVERIFY(inside(AnnArbor, slot.startUtc, 60) && inside(Lviv, slot.startUtc, 60));

    const Slot first = search.found.constFirst(); // 13:30 UTC on 2027-03-22: 09:30 EDT, 15:30 EET
    QCOMPARE(first.cities.at(0).localStart.toString(Qt::ISODate), QStringLiteral("2027-03-22T09:30:00-04:00"));
    QCOMPARE(first.cities.at(1).localStart.toString(Qt::ISODate), QStringLiteral("2027-03-22T15:30:00+02:00"));
}

void TestSlotFinder::fittingSlotsAreBestFirst()
{
    // 12:00–16:00 UTC overlap; a 60-minute meeting at 13:30 leaves 90 minutes each side.
    const SlotSearch search = SlotFinder::find({AnnArbor, Lviv}, QDate(2027, 3, 15), QDate(2027, 3, 19), 60, 0);
    QCOMPARE(search.found.size(), 65);
    for (int i = 1; i < search.found.size(); ++i) {
        const Slot &before = search.found.at(i - 1);
        const Slot &after = search.found.at(i);
        QVERIFY(before.worstMarginMinutes >= after.worstMarginMinutes);
        if (before.worstMarginMinutes == after.worstMarginMinutes)
            QVERIFY(before.startUtc < after.startUtc);
    }
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(search.found.at(i).startUtc, utc(QDate(2027, 3, 15 + i), QTime(13, 30)));
        QCOMPARE(search.found.at(i).worstMarginMinutes, 90);
    }
    QCOMPARE(search.found.at(5).startUtc, utc(QDate(2027, 3, 15), QTime(13, 15)));
    QCOMPARE(search.found.at(6).startUtc, utc(QDate(2027, 3, 15), QTime(13, 45)));
    QCOMPARE(search.found.at(5).worstMarginMinutes, 75);
    QCOMPARE(search.found.constLast().worstMarginMinutes, 0);
    QCOMPARE(search.found.constLast().startUtc, utc(QDate(2027, 3, 19), QTime(15, 0)));

    const Slot &top = search.found.constFirst();
    QCOMPARE(top.cities.size(), 2);
    QCOMPARE(top.cities.at(0).city, QStringLiteral("Ann Arbor"));
    QCOMPARE(top.cities.at(0).localStart.time(), QTime(9, 30));
    QCOMPARE(top.cities.at(0).localEnd.time(), QTime(10, 30));
    QCOMPARE(top.cities.at(0).marginMinutes, 90);
    QCOMPARE(top.cities.at(1).city, QStringLiteral("Lviv"));
    QCOMPARE(top.cities.at(1).marginMinutes, 90);
    QCOMPARE(top.cities.at(1).problem, QString());
}

void TestSlotFinder::limitCapsTheList()
{
    const QList<SlotCity> cities{AnnArbor, Lviv};
    QCOMPARE(SlotFinder::find(cities, QDate(2027, 3, 15), QDate(2027, 3, 19), 60).found.size(), 50);
    const SlotSearch three = SlotFinder::find(cities, QDate(2027, 3, 15), QDate(2027, 3, 19), 60, 3);
    QCOMPARE(three.found.size(), 3);
    QCOMPARE(three.found.at(2).startUtc, utc(QDate(2027, 3, 17), QTime(13, 30)));
}

void TestSlotFinder::gridReachesBothEndsOfTheRange()
{
    // Manila's day starts at 00:00 UTC, the first grid start; Tegucigalpa's ends at 24:00 UTC,
    // so its last meeting ends exactly where the range does.
    const QDate monday(2027, 3, 15);
    const SlotSearch manila = SlotFinder::find({Baguio}, monday, monday, 60, 0);
    QCOMPARE(startsOn(manila, monday), grid(QTime(0, 0), QTime(9, 0)));
    QCOMPARE(manila.found.size(), 37);
    const SlotSearch tegucigalpa = SlotFinder::find({Tegucigalpa}, monday, monday, 60, 0);
    QCOMPARE(startsOn(tegucigalpa, monday), grid(QTime(14, 0), QTime(23, 0)));
    QCOMPARE(tegucigalpa.found.size(), 37);
}

void TestSlotFinder::fourZonesAroundRamadan_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QTime>("first");
    QTest::addColumn<QTime>("last");
    QTest::addColumn<QString>("casablancaAtFirst");
    QTest::addColumn<QString>("kathmanduAtFirst");
    QTest::addColumn<QString>("kolkataAtFirst");

    // Manila 00:00–10:00 UTC, Kolkata 02:30–12:30, Kathmandu 02:15–12:15, Casablanca below.
    QTest::newRow("Ramadan, Casablanca UTC+0: 08:00-10:00 UTC")
        << QDate(2027, 2, 15) << QDate(2027, 2, 19) << QTime(8, 0) << QTime(9, 0)
        << QStringLiteral("2027-02-15T08:00:00+00:00") << QStringLiteral("2027-02-15T13:45:00+05:45")
        << QStringLiteral("2027-02-15T13:30:00+05:30");
    QTest::newRow("after Ramadan, Casablanca UTC+1: 07:00-10:00 UTC")
        << QDate(2027, 3, 15) << QDate(2027, 3, 19) << QTime(7, 0) << QTime(9, 0)
        << QStringLiteral("2027-03-15T08:00:00+01:00") << QStringLiteral("2027-03-15T12:45:00+05:45")
        << QStringLiteral("2027-03-15T12:30:00+05:30");
}

void TestSlotFinder::fourZonesAroundRamadan()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QTime, first);
    QFETCH(QTime, last);
    QFETCH(QString, casablancaAtFirst);
    QFETCH(QString, kathmanduAtFirst);
    QFETCH(QString, kolkataAtFirst);

    const QList<SlotCity> cities{Baguio, Chefchaouen, Leh, Dhankuta};
    const SlotSearch search = SlotFinder::find(cities, from, to, 60, 0);
    QVERIFY(search.anyFits);
    const QList<QTime> expected = grid(first, last);
    for (QDate day = from; day <= to; day = day.addDays(1))
        QCOMPARE(startsOn(search, day), expected);
    QCOMPARE(search.found.size(), 5 * expected.size());
    for (const Slot &slot : search.found)
        for (const SlotCity &c : cities)
            QVERIFY2(inside(c, slot.startUtc, 60), qPrintable(c.name + slot.startUtc.toString(Qt::ISODate)));

    const auto at = std::find_if(search.found.cbegin(), search.found.cend(), [&](const Slot &s) {
        return s.startUtc == utc(from, first);
    });
    QVERIFY(at != search.found.cend());
    QCOMPARE(at->cities.at(1).localStart.toString(Qt::ISODate), casablancaAtFirst);
    QCOMPARE(at->cities.at(2).localStart.toString(Qt::ISODate), kolkataAtFirst);
    QCOMPARE(at->cities.at(3).localStart.toString(Qt::ISODate), kathmanduAtFirst);
    QCOMPARE(at->cities.at(3).timeZone, QStringLiteral("Asia/Kathmandu"));
    QCOMPARE(at->cities.at(0).localEnd.time(), QTime(first.hour() + 9, 0)); // Manila UTC+8, +1 h
}

void TestSlotFinder::offsetsFollowQTimeZoneAllYear_data()
{
    QTest::addColumn<QString>("zone");
    QTest::newRow("Detroit") << QStringLiteral("America/Detroit");
    QTest::newRow("Kyiv") << QStringLiteral("Europe/Kyiv");
    QTest::newRow("Casablanca") << QStringLiteral("Africa/Casablanca");
    QTest::newRow("Kathmandu") << QStringLiteral("Asia/Kathmandu");
    QTest::newRow("Lord Howe, half-hour DST") << QStringLiteral("Australia/Lord_Howe");
    QTest::newRow("Chatham, +12:45/+13:45") << QStringLiteral("Pacific/Chatham");
    QTest::newRow("Santiago, southern DST") << QStringLiteral("America/Santiago");
}

void TestSlotFinder::offsetsFollowQTimeZoneAllYear()
{
    // A one-hour window every day fits exactly one grid start per local day, whatever the offset.
    QFETCH(QString, zone);
    const WorkingHours hours{QTime(9, 0), QTime(10, 0), {1, 2, 3, 4, 5, 6, 7}};
    const SlotCity c = city(zone, zone, hours);
    const SlotSearch search = SlotFinder::find({c}, QDate(2027, 1, 1), QDate(2027, 12, 31), 60, 0);
    QVERIFY(search.anyFits);
    QCOMPARE(search.found.size(), 365);
    QSet<QDate> localDays;
    for (const Slot &slot : search.found) {
        const QDateTime local = slot.startUtc.toTimeZone(QTimeZone(zone.toUtf8()));
        QVERIFY2(local.time() == QTime(9, 0), qPrintable(local.toString(Qt::ISODate)));
        QCOMPARE(slot.cities.constFirst().localStart, local);
        QCOMPARE(slot.worstMarginMinutes, 0);
        localDays.insert(local.date());
    }
    QCOMPARE(localDays.size(), 365);
}

void TestSlotFinder::nothingFitsGivesClosestMisses()
{
    // Tegucigalpa 08–18 is 14:00–24:00 UTC, Manila 08–18 is 00:00–10:00 UTC: they only touch
    // at midnight UTC, so two hours straddling it leave each city one hour out.
    const QList<SlotCity> cities{Tegucigalpa, Baguio};
    const QDate from(2027, 3, 15); // Monday
    const QDate to(2027, 3, 19);   // Friday
    const SlotSearch search = SlotFinder::find(cities, from, to, 120);
    QVERIFY(!search.anyFits);
    QVERIFY(!search.found.isEmpty());

    int bestMax = INT_MAX;
    for (QDateTime t = utc(from, QTime(0, 0)); t.addSecs(120 * 60) <= utc(to.addDays(1), QTime(0, 0));
         t = t.addSecs(15 * 60))
        bestMax = std::min(bestMax, std::max(minutesOutside(Tegucigalpa, t, 120), minutesOutside(Baguio, t, 120)));
    QCOMPARE(bestMax, 60);

    for (const Slot &slot : search.found) {
        QVERIFY(!slot.fitsEveryone());
        const bool someoneOut = std::any_of(slot.cities.cbegin(), slot.cities.cend(), [](const CityFit &f) {
            return f.minutesOutside > 0 && !f.problem.isEmpty();
        });
        QVERIFY(someoneOut);
        for (int i = 0; i < cities.size(); ++i)
            QCOMPARE(slot.cities.at(i).minutesOutside, minutesOutside(cities.at(i), slot.startUtc, 120));
    }
    QCOMPARE(search.found.constFirst().maxMinutesOutside(), bestMax);

    // The best miss of each UTC day; Friday 23:00 UTC is Saturday in Manila, so Friday's best
    // is 00:00 UTC (18:00–20:00 Thursday in Tegucigalpa).
    QList<QDateTime> starts;
    for (const Slot &slot : search.found)
        starts << slot.startUtc;
    const QList<QDateTime> expected{utc(QDate(2027, 3, 15), QTime(23, 0)), utc(QDate(2027, 3, 16), QTime(23, 0)),
                                    utc(QDate(2027, 3, 17), QTime(23, 0)), utc(QDate(2027, 3, 18), QTime(23, 0)),
                                    utc(QDate(2027, 3, 19), QTime(0, 0))};
    QCOMPARE(starts, expected);
    QCOMPARE(search.found.at(3).totalMinutesOutside(), 120);
    QCOMPARE(search.found.at(4).maxMinutesOutside(), 120);
    QCOMPARE(search.found.at(4).totalMinutesOutside(), 120);

    const Slot &first = search.found.constFirst();
    QCOMPARE(first.cities.at(0).localStart.toString(Qt::ISODate), QStringLiteral("2027-03-15T17:00:00-06:00"));
    QCOMPARE(first.cities.at(0).minutesOutside, 60);
    QCOMPARE(first.cities.at(0).marginMinutes, -60);
    QCOMPARE(first.cities.at(0).problem, QStringLiteral("ends 1 h after 18:00"));
    QCOMPARE(first.cities.at(1).localStart.toString(Qt::ISODate), QStringLiteral("2027-03-16T07:00:00+08:00"));
    QCOMPARE(first.cities.at(1).minutesOutside, 60);
    QCOMPARE(first.cities.at(1).problem, QStringLiteral("starts 1 h before 08:00"));
    QCOMPARE(first.worstMarginMinutes, -60);
}

void TestSlotFinder::weekendWithDefaultHoursHasNoFit()
{
    const SlotSearch search = SlotFinder::find({AnnArbor, Lviv}, QDate(2027, 3, 20), QDate(2027, 3, 21), 60);
    QVERIFY(!search.anyFits);
    // Every weekend candidate leaves both cities out: ties fall back to the earliest of each day.
    QCOMPARE(search.found.size(), 2);
    QCOMPARE(search.found.at(0).startUtc, utc(QDate(2027, 3, 20), QTime(0, 0)));
    QCOMPARE(search.found.at(1).startUtc, utc(QDate(2027, 3, 21), QTime(0, 0)));
    const Slot &first = search.found.constFirst();
    QCOMPARE(first.cities.at(0).localStart.toString(Qt::ISODate), QStringLiteral("2027-03-19T20:00:00-04:00"));
    QCOMPARE(first.cities.at(0).problem, QStringLiteral("ends 3 h after 18:00"));
    QCOMPARE(first.cities.at(0).minutesOutside, 60);
    QCOMPARE(first.cities.at(1).problem, QStringLiteral("Saturday is not a working day"));
    QCOMPARE(first.cities.at(1).minutesOutside, 60);
    QCOMPARE(first.cities.at(1).marginMinutes, -60);
}

void TestSlotFinder::customHoursWidenTheWindow()
{
    // 07:00–20:00 Monday–Saturday: Detroit (UTC−4) 11:00–24:00 UTC, Kyiv (UTC+2) 05:00–18:00 UTC.
    const WorkingHours longer{QTime(7, 0), QTime(20, 0), {1, 2, 3, 4, 5, 6}};
    const QList<SlotCity> cities{city(QStringLiteral("Ann Arbor"), QStringLiteral("America/Detroit"), longer),
                                 city(QStringLiteral("Lviv"), QStringLiteral("Europe/Kyiv"), longer)};
    const QDate monday(2027, 3, 15);
    const QDate sunday(2027, 3, 21);
    const SlotSearch wide = SlotFinder::find(cities, monday, sunday, 60, 0);
    for (QDate day = monday; day < sunday; day = day.addDays(1))
        QCOMPARE(startsOn(wide, day), grid(QTime(11, 0), QTime(17, 0)));
    QCOMPARE(startsOn(wide, sunday), QList<QTime>());
    QCOMPARE(wide.found.size(), 6 * 25);
    for (const Slot &slot : wide.found)
        QVERIFY(inside(cities.at(0), slot.startUtc, 60) && inside(cities.at(1), slot.startUtc, 60));

    const SlotSearch usual = SlotFinder::find({AnnArbor, Lviv}, monday, sunday, 60, 0);
    QCOMPARE(usual.found.size(), 5 * 13);
    QCOMPARE(startsOn(usual, QDate(2027, 3, 20)), QList<QTime>());
}

void TestSlotFinder::evaluateOneCity_data()
{
    QTest::addColumn<QTime>("localStart");
    QTest::addColumn<int>("duration");
    QTest::addColumn<WorkingHours>("hours");
    QTest::addColumn<int>("outside");
    QTest::addColumn<int>("margin");
    QTest::addColumn<QString>("problem");

    const WorkingHours usual;
    const WorkingHours allDay{QTime(0, 0), QTime(23, 59), {1, 2, 3, 4, 5, 6, 7}};
    // Monday 2027-03-15 in Kyiv.
    QTest::newRow("inside") << QTime(10, 0) << 60 << usual << 0 << 120 << QString();
    QTest::newRow("exactly the whole day") << QTime(8, 0) << 600 << usual << 0 << 0 << QString();
    QTest::newRow("starts early") << QTime(7, 15) << 60 << usual << 45 << -45
                                  << QStringLiteral("starts 45 min before 08:00");
    QTest::newRow("ends late") << QTime(17, 30) << 60 << usual << 30 << -30
                               << QStringLiteral("ends 30 min after 18:00");
    QTest::newRow("entirely before") << QTime(5, 0) << 60 << usual << 60 << -180
                                     << QStringLiteral("starts 3 h before 08:00");
    QTest::newRow("longer than the day") << QTime(7, 0) << 720 << usual << 120 << -60
                                         << QStringLiteral("starts 1 h before 08:00 and ends 1 h after 18:00");
    QTest::newRow("crosses midnight") << QTime(23, 30) << 60 << allDay << 31 << -31
                                      << QStringLiteral("ends 31 min after 23:59");
    QTest::newRow("just before midnight") << QTime(22, 30) << 60 << allDay << 0 << 29 << QString();
    QTest::newRow("off day") << QTime(10, 0) << 90 << WorkingHours{QTime(8, 0), QTime(18, 0), {2, 3}} << 90 << -90
                             << QStringLiteral("Monday is not a working day");
}

void TestSlotFinder::evaluateOneCity()
{
    QFETCH(QTime, localStart);
    QFETCH(int, duration);
    QFETCH(WorkingHours, hours);
    QFETCH(int, outside);
    QFETCH(int, margin);
    QFETCH(QString, problem);

    const QDateTime start(QDate(2027, 3, 15), localStart, QTimeZone("Europe/Kyiv"));
    const Slot slot = SlotFinder::evaluate({city(QStringLiteral("Lviv"), QStringLiteral("Europe/Kyiv"), hours)},
                                           start, duration);
    QCOMPARE(slot.cities.size(), 1);
    const CityFit &fit = slot.cities.constFirst();
    QCOMPARE(fit.minutesOutside, outside);
    QCOMPARE(fit.marginMinutes, margin);
    QCOMPARE(fit.problem, problem);
    QCOMPARE(slot.fitsEveryone(), outside == 0);
    QCOMPARE(slot.worstMarginMinutes, margin);
    QCOMPARE(fit.localStart.time(), localStart);
}

void TestSlotFinder::evaluateTakesAnyZone()
{
    // 17:00 in Tegucigalpa is 23:00 UTC: the same verdicts as the best miss above.
    const QDateTime start(QDate(2027, 3, 15), QTime(17, 0), QTimeZone("America/Tegucigalpa"));
    const Slot slot = SlotFinder::evaluate({Tegucigalpa, Baguio}, start, 120);
    QCOMPARE(slot.startUtc, utc(QDate(2027, 3, 15), QTime(23, 0)));
    QCOMPARE(slot.startUtc.timeSpec(), Qt::UTC);
    QCOMPARE(slot.maxMinutesOutside(), 60);
    QCOMPARE(slot.totalMinutesOutside(), 120);
    QCOMPARE(SlotFinder::evaluate({}, start, 120).cities.size(), 0);
    QCOMPARE(SlotFinder::evaluate({Tegucigalpa}, start, 0).cities.size(), 0);
}

void TestSlotFinder::invalidInputGivesEmptyResult_data()
{
    QTest::addColumn<QList<SlotCity>>("cities");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QString>("mentions"); // shows that each row fails for its own reason

    const QDate monday(2027, 3, 15);
    const QDate friday(2027, 3, 19);
    const QList<SlotCity> pair{AnnArbor, Lviv};
    const auto lviv = [](const WorkingHours &hours) {
        return QList<SlotCity>{AnnArbor, city(QStringLiteral("Lviv"), QStringLiteral("Europe/Kyiv"), hours)};
    };
    QTest::newRow("no cities") << QList<SlotCity>() << monday << friday << 60 << QStringLiteral("at least one city");
    QTest::newRow("zero duration") << pair << monday << friday << 0 << QStringLiteral("duration");
    QTest::newRow("negative duration") << pair << monday << friday << -30 << QStringLiteral("duration");
    QTest::newRow("longer than a day") << pair << monday << friday << 24 * 60 + 15 << QStringLiteral("longer than a day");
    QTest::newRow("from after to") << pair << friday << monday << 60 << QStringLiteral("before the first date");
    QTest::newRow("invalid date") << pair << QDate() << friday << 60 << QStringLiteral("Choose the first and the last");
    QTest::newRow("more than a year") << pair << QDate(2027, 1, 1) << QDate(2028, 1, 2) << 60 << QStringLiteral("366 days");
    QTest::newRow("unknown zone") << QList<SlotCity>{AnnArbor, city(QStringLiteral("Atlantis"), QStringLiteral("Ocean/Atlantis"))}
                                  << monday << friday << 60 << QStringLiteral("“Ocean/Atlantis” is not a known time zone (Atlantis)");
    QTest::newRow("empty zone") << QList<SlotCity>{city(QStringLiteral("Lviv"), QString())} << monday << friday << 60
                                << QStringLiteral("not a known time zone (Lviv)");
    QTest::newRow("end before start") << lviv({QTime(18, 0), QTime(8, 0)}) << monday << friday << 60
                                      << QStringLiteral("working hours of Lviv must end after");
    QTest::newRow("end equals start") << lviv({QTime(9, 0), QTime(9, 0)}) << monday << friday << 60
                                      << QStringLiteral("working hours of Lviv must end after");
    QTest::newRow("no working days") << lviv({QTime(8, 0), QTime(18, 0), {}}) << monday << friday << 60
                                     << QStringLiteral("Lviv has no working days");
    QTest::newRow("weekday out of range") << lviv({QTime(8, 0), QTime(18, 0), {1, 8}}) << monday << friday << 60
                                          << QStringLiteral("unknown working day (8)");
}

void TestSlotFinder::invalidInputGivesEmptyResult()
{
    QFETCH(QList<SlotCity>, cities);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, duration);
    QFETCH(QString, mentions);

    const Status status = SlotFinder::validate(cities, from, to, duration);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(mentions), qPrintable(status.error()));
    const SlotSearch search = SlotFinder::find(cities, from, to, duration);
    QVERIFY(!search.anyFits);
    QVERIFY(search.found.isEmpty());
}

void TestSlotFinder::validInputPasses()
{
    QVERIFY(SlotFinder::validate({AnnArbor, Lviv}, QDate(2027, 3, 15), QDate(2027, 3, 19), 60).ok());
    QVERIFY(SlotFinder::validate({AnnArbor}, QDate(2027, 1, 1), QDate(2027, 12, 31), 24 * 60).ok());
}

void TestSlotFinder::wholeYearOfFourCities()
{
    // A whole year of four cities: the speed target lives in the benchmark, not here; this
    // checks that the longest search the dialog allows gives the right answer.
    const QList<SlotCity> cities{Baguio, Chefchaouen, Leh, Dhankuta};
    const SlotSearch search = SlotFinder::find(cities, QDate(2027, 1, 1), QDate(2027, 12, 31), 60);
    QVERIFY(search.anyFits);
    QCOMPARE(search.found.size(), 50);
    // Outside Ramadan the overlap is 07:00–10:00 UTC: 08:00 is the middle for 60 minutes.
    QCOMPARE(search.found.constFirst().startUtc, utc(QDate(2027, 1, 1), QTime(8, 0)));
    QCOMPARE(search.found.constFirst().worstMarginMinutes, 60);
}

QTEST_GUILESS_MAIN(TestSlotFinder)
#include "tst_slotfinder.moc"
