// Local times and offsets for the programme's zones, across daylight saving, quarter-hour
// offsets and Morocco's Ramadan change. Expected values were checked with zdump.
#include "domain/TimeZones.h"

#include <QTest>
#include <QTimeZone>

namespace {
QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}
} // namespace

class TestTimeZones : public QObject
{
    Q_OBJECT

private slots:
    void isKnown_data();
    void isKnown();
    void localTimeAndOffset_data();
    void localTimeAndOffset();
};

void TestTimeZones::isKnown_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("known");
    QTest::newRow("Kyiv") << QStringLiteral("Europe/Kyiv") << true;
    QTest::newRow("Kathmandu") << QStringLiteral("Asia/Kathmandu") << true;
    QTest::newRow("padded") << QStringLiteral(" Europe/Madrid ") << true;
    QTest::newRow("made up") << QStringLiteral("Europe/Atlantis") << false;
    QTest::newRow("city name") << QStringLiteral("Lviv") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTimeZones::isKnown()
{
    QFETCH(QString, id);
    QFETCH(bool, known);
    QCOMPARE(TimeZones::isKnown(id), known);
}

void TestTimeZones::localTimeAndOffset_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("local"); // wall clock, compared by date and time
    QTest::addColumn<QString>("label");

    // The US changes on 14 March 2027, Europe on 28 March: the two weeks between are the trap.
    QTest::newRow("Detroit before US DST") << utc(2027, 3, 13, 15, 0) << QStringLiteral("America/Detroit")
        << QDateTime(QDate(2027, 3, 13), QTime(10, 0)) << QStringLiteral("UTC\u221205:00");
    QTest::newRow("Detroit after US DST") << utc(2027, 3, 20, 15, 0) << QStringLiteral("America/Detroit")
        << QDateTime(QDate(2027, 3, 20), QTime(11, 0)) << QStringLiteral("UTC\u221204:00");
    QTest::newRow("Kyiv winter") << utc(2027, 3, 20, 15, 0) << QStringLiteral("Europe/Kyiv")
        << QDateTime(QDate(2027, 3, 20), QTime(17, 0)) << QStringLiteral("UTC+02:00");
    QTest::newRow("Kyiv summer") << utc(2027, 3, 29, 15, 0) << QStringLiteral("Europe/Kyiv")
        << QDateTime(QDate(2027, 3, 29), QTime(18, 0)) << QStringLiteral("UTC+03:00");
    QTest::newRow("Kolkata half hour") << utc(2027, 6, 1, 3, 0) << QStringLiteral("Asia/Kolkata")
        << QDateTime(QDate(2027, 6, 1), QTime(8, 30)) << QStringLiteral("UTC+05:30");
    QTest::newRow("Kathmandu quarter hour") << utc(2027, 6, 1, 3, 0) << QStringLiteral("Asia/Kathmandu")
        << QDateTime(QDate(2027, 6, 1), QTime(8, 45)) << QStringLiteral("UTC+05:45");
    QTest::newRow("Casablanca in Ramadan") << utc(2027, 2, 20, 12, 0) << QStringLiteral("Africa/Casablanca")
        << QDateTime(QDate(2027, 2, 20), QTime(12, 0)) << QStringLiteral("UTC");
    QTest::newRow("Casablanca after Ramadan") << utc(2027, 3, 20, 12, 0) << QStringLiteral("Africa/Casablanca")
        << QDateTime(QDate(2027, 3, 20), QTime(13, 0)) << QStringLiteral("UTC+01:00");
    QTest::newRow("Manila, date line side") << utc(2027, 3, 20, 20, 0) << QStringLiteral("Asia/Manila")
        << QDateTime(QDate(2027, 3, 21), QTime(4, 0)) << QStringLiteral("UTC+08:00");
    QTest::newRow("Tegucigalpa no DST") << utc(2027, 7, 1, 12, 0) << QStringLiteral("America/Tegucigalpa")
        << QDateTime(QDate(2027, 7, 1), QTime(6, 0)) << QStringLiteral("UTC\u221206:00");
    // isKnown() accepts an id with blanks around it (found by fuzz_fields), so must the rest.
    QTest::newRow("padded id") << utc(2027, 6, 1, 3, 0) << QStringLiteral("\nAsia/Kathmandu ")
        << QDateTime(QDate(2027, 6, 1), QTime(8, 45)) << QStringLiteral("UTC+05:45");
}

void TestTimeZones::localTimeAndOffset()
{
    QFETCH(QDateTime, instant);
    QFETCH(QString, zone);
    QFETCH(QDateTime, local);
    QFETCH(QString, label);

    const QDateTime shown = TimeZones::toLocal(instant, zone);
    QCOMPARE(shown.date(), local.date());
    QCOMPARE(shown.time(), local.time());
    QCOMPARE(shown.toUTC(), instant); // the same instant, only shown elsewhere
    QCOMPARE(TimeZones::offsetLabel(instant, zone), label);
}

QTEST_GUILESS_MAIN(TestTimeZones)
#include "tst_timezones.moc"
