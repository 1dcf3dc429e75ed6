// city2city-cli's planning commands (sessions, slots, plan-cycle, export-ics), run as the built
// executable on seeded databases in a temporary folder. Expected times are worked out by hand
// from the 2027 offsets (US DST from 14 March, EU from 28 March, Morocco at UTC+0 during
// Ramadan) and checked again against QTimeZone here.
#include "CliRunner.h"
#include "exchange/IcsCalendar.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <climits>

namespace {
using Run = CliRun;

constexpr int CycleMinutes = 90; // the shipped agendas of all four kinds

const QStringList E04Cities{QStringLiteral("Ann Arbor"), QStringLiteral("Lviv")};
const QStringList E04Zones{QStringLiteral("America/Detroit"), QStringLiteral("Europe/Kyiv")};
const QStringList M01Cities{QStringLiteral("Baguio"), QStringLiteral("Chefchaouen"), QStringLiteral("Leh"),
                            QStringLiteral("Dhankuta")};
const QStringList M01Zones{QStringLiteral("Asia/Manila"), QStringLiteral("Africa/Casablanca"),
                           QStringLiteral("Asia/Kolkata"), QStringLiteral("Asia/Kathmandu")};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QJsonArray arrayOf(const QByteArray &json, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    *ok = error.error == QJsonParseError::NoError && document.isArray();
    return document.array();
}

QDateTime utcOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QDateTime localOf(const QDateTime &utc, const QString &zone)
{
    return utc.toTimeZone(QTimeZone(zone.toUtf8()));
}

// Minutes the meeting keeps from the edges of 08:00–18:00, Monday to Friday, in the zone;
// negative when it is outside them.
int marginIn(const QDateTime &utc, int minutes, const QString &zone)
{
    const QDateTime start = localOf(utc, zone);
    const QDateTime end = localOf(utc.addSecs(minutes * 60), zone);
    if (start.date() != end.date() || start.date().dayOfWeek() > Qt::Friday)
        return -minutes;
    const int fromStart = QTime(8, 0).secsTo(start.time()) / 60;
    const int toEnd = end.time().secsTo(QTime(18, 0)) / 60;
    return std::min(fromStart, toEnd);
}

int worstMargin(const QDateTime &utc, int minutes, const QStringList &zones)
{
    int worst = INT_MAX;
    for (const QString &zone : zones)
        worst = std::min(worst, marginIn(utc, minutes, zone));
    return worst;
}
} // namespace

class TestPlanningCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void slotsInsideWorkingHours_data();
    void slotsInsideWorkingHours();
    void slotsByPairingIdAndText();
    void slotsWhenNothingFits();
    void badInput_data();
    void badInput();
    void planCycle();
    void planCycleAgainAppends();
    void exportIcsPairing();
    void exportIcsSession();
    void exportIcsFailures();
    void independentOfLocalTimeZone();
    void help_data();
    void help();

private:
    Run runCli(const QStringList &arguments, const QByteArray &timeZone = QByteArray()) const;
    QString freshDatabase(const QString &name) const;
    QString plannedDatabase(const QString &name) const;
    QJsonArray sessionsOf(const QString &database, const QString &pairing) const;

    QTemporaryDir m_dir;
    QString m_database; // seeded, never planned in: the commands that only read use it
    QString m_e04Id;
};

Run TestPlanningCli::runCli(const QStringList &arguments, const QByteArray &timeZone) const
{
    return runCliProgram(QStringLiteral(C2C_CLI_PATH), arguments, m_dir.path(), timeZone);
}

// A new database file, seeded by the CLI's first open of it.
QString TestPlanningCli::freshDatabase(const QString &name) const
{
    const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
    const Run run = runCli({QStringLiteral("sessions"), QStringLiteral("--database"), path});
    if (run.exit != 0 || run.out != "0 sessions\n")
        qWarning("Could not seed %s: %s", qPrintable(path), qPrintable(run.err));
    return path;
}

// A new database with E-04's cycle planned from 2027-03-15.
QString TestPlanningCli::plannedDatabase(const QString &name) const
{
    const QString path = freshDatabase(name);
    const Run run = runCli({QStringLiteral("plan-cycle"), QStringLiteral("--pairing"), QStringLiteral("E-04"),
                            QStringLiteral("--start"), QStringLiteral("2027-03-15"), QStringLiteral("--database"), path});
    if (run.exit != 0)
        qWarning("Could not plan in %s: %s", qPrintable(path), qPrintable(run.err));
    return path;
}

QJsonArray TestPlanningCli::sessionsOf(const QString &database, const QString &pairing) const
{
    QStringList arguments{QStringLiteral("sessions"), QStringLiteral("--json"), QStringLiteral("--database"), database};
    if (!pairing.isEmpty())
        arguments << QStringLiteral("--pairing") << pairing;
    const Run run = runCli(arguments);
    bool ok = false;
    const QJsonArray list = arrayOf(run.out, &ok);
    if (run.exit != 0 || !ok)
        qWarning("sessions failed: %s", qPrintable(run.err));
    return list;
}

void TestPlanningCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(C2C_CLI_PATH)), C2C_CLI_PATH);
    m_database = freshDatabase(QStringLiteral("programme"));
    QVERIFY(QFile::exists(m_database));

    const Run run = runCli({QStringLiteral("pairings"), QStringLiteral("--json"), QStringLiteral("--database"), m_database});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    bool ok = false;
    const QJsonArray pairings = arrayOf(run.out, &ok);
    QVERIFY(ok);
    for (const QJsonValue &value : pairings) {
        if (value.toObject().value(QLatin1String("code")).toString() == QLatin1String("E-04"))
            m_e04Id = QString::number(value.toObject().value(QLatin1String("id")).toInteger());
    }
    QVERIFY(!m_e04Id.isEmpty());
}

void TestPlanningCli::slotsInsideWorkingHours_data()
{
    QTest::addColumn<QString>("pairing");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("cities");
    QTest::addColumn<QStringList>("zones");
    QTest::addColumn<QStringList>("offsets");
    QTest::addColumn<QTime>("earliest"); // first and last UTC start inside every city's hours
    QTest::addColumn<QTime>("latest");
    QTest::addColumn<QString>("best");

    // Detroit UTC−4 08:00 = 12:00 UTC, Kyiv UTC+2 18:00 = 16:00 UTC.
    QTest::addRow("E-04 after US clocks change")
        << QStringLiteral("E-04") << QDate(2027, 3, 15) << QDate(2027, 3, 19) << E04Cities << E04Zones
        << QStringList{QStringLiteral("-04:00"), QStringLiteral("+02:00")} << QTime(12, 0) << QTime(15, 0)
        << QStringLiteral("2027-03-15T13:30:00Z");
    // Detroit still UTC−5: 08:00 = 13:00 UTC.
    QTest::addRow("E-04 before US clocks change")
        << QStringLiteral("E-04") << QDate(2027, 3, 8) << QDate(2027, 3, 12) << E04Cities << E04Zones
        << QStringList{QStringLiteral("-05:00"), QStringLiteral("+02:00")} << QTime(13, 0) << QTime(15, 0)
        << QStringLiteral("2027-03-08T14:00:00Z");
    // Casablanca at UTC+0 (08:00 UTC), Manila UTC+8 (18:00 = 10:00 UTC).
    QTest::addRow("M-01 in Ramadan")
        << QStringLiteral("M-01") << QDate(2027, 2, 15) << QDate(2027, 2, 19) << M01Cities << M01Zones
        << QStringList{QStringLiteral("+08:00"), QStringLiteral("+00:00"), QStringLiteral("+05:30"),
                       QStringLiteral("+05:45")}
        << QTime(8, 0) << QTime(9, 0) << QStringLiteral("2027-02-15T08:30:00Z");
    // Casablanca back at UTC+1: 08:00 = 07:00 UTC.
    QTest::addRow("M-01 after Ramadan")
        << QStringLiteral("M-01") << QDate(2027, 3, 15) << QDate(2027, 3, 19) << M01Cities << M01Zones
        << QStringList{QStringLiteral("+08:00"), QStringLiteral("+01:00"), QStringLiteral("+05:30"),
                       QStringLiteral("+05:45")}
        << QTime(7, 0) << QTime(9, 0) << QStringLiteral("2027-03-15T08:00:00Z");
}

void TestPlanningCli::slotsInsideWorkingHours()
{
    QFETCH(QString, pairing);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, cities);
    QFETCH(QStringList, zones);
    QFETCH(QStringList, offsets);
    QFETCH(QTime, earliest);
    QFETCH(QTime, latest);
    QFETCH(QString, best);
    const int minutes = 60;

    const Run run = runCli({QStringLiteral("slots"), QStringLiteral("--pairing"), pairing,
                            QStringLiteral("--from"), from.toString(Qt::ISODate), QStringLiteral("--to"),
                            to.toString(Qt::ISODate), QStringLiteral("--duration"), QString::number(minutes),
                            QStringLiteral("--limit"), QStringLiteral("500"), QStringLiteral("--json"),
                            QStringLiteral("--database"), m_database});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    bool ok = false;
    const QJsonArray list = arrayOf(run.out, &ok);
    QVERIFY(ok);

    // Every 15-minute start of the window on each (working) day, and nothing else.
    QSet<QString> expected;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        for (QTime t = earliest; t <= latest; t = t.addSecs(15 * 60))
            expected.insert(QDateTime(day, t, Qt::UTC).toString(Qt::ISODate));
    }
    QSet<QString> found;
    int previousMargin = INT_MAX;
    QDateTime previousStart;
    for (const QJsonValue &value : list) {
        const QJsonObject slot = value.toObject();
        const QString text = slot.value(QLatin1String("start_utc")).toString();
        const QDateTime start = utcOf(slot.value(QLatin1String("start_utc")));
        QVERIFY2(start.isValid() && start.timeSpec() == Qt::UTC && text.endsWith(u'Z'), qPrintable(text));
        QVERIFY2(slot.value(QLatin1String("fits")).toBool(), qPrintable(text));
        found.insert(text);

        const QJsonArray local = slot.value(QLatin1String("local")).toArray();
        QCOMPARE(local.size(), cities.size());
        for (int i = 0; i < cities.size(); ++i) {
            const QJsonObject city = local.at(i).toObject();
            QCOMPARE(city.value(QLatin1String("city")).toString(), cities.at(i));
            QCOMPARE(city.value(QLatin1String("time_zone")).toString(), zones.at(i));
            QCOMPARE(city.value(QLatin1String("minutes_outside")).toInt(-1), 0);
            const QString localStart = city.value(QLatin1String("start")).toString();
            const QDateTime expectedLocal = localOf(start, zones.at(i));
            QCOMPARE(localStart, expectedLocal.toString(Qt::ISODate));
            QVERIFY2(localStart.endsWith(offsets.at(i)), qPrintable(localStart));
            QCOMPARE(QDateTime::fromString(localStart, Qt::ISODate), start);
            QVERIFY2(marginIn(start, minutes, zones.at(i)) >= 0, qPrintable(localStart));
        }
        // Best first: the worst-off city's margin never grows, ties in time order.
        const int margin = worstMargin(start, minutes, zones);
        QVERIFY2(margin < previousMargin || (margin == previousMargin && start > previousStart),
                 qPrintable(text));
        previousMargin = margin;
        previousStart = start;
    }
    QCOMPARE(list.size(), expected.size());
    QCOMPARE(found, expected);
    QCOMPARE(list.first().toObject().value(QLatin1String("start_utc")).toString(), best);
}

void TestPlanningCli::slotsByPairingIdAndText()
{
    const QStringList search{QStringLiteral("slots"), QStringLiteral("--from"), QStringLiteral("2027-03-15"),
                             QStringLiteral("--to"), QStringLiteral("2027-03-19"), QStringLiteral("--duration"),
                             QStringLiteral("60"), QStringLiteral("--database"), m_database};
    const Run byCode = runCli(search + QStringList{QStringLiteral("--pairing"), QStringLiteral("E-04"), QStringLiteral("--json")});
    const Run byId = runCli(search + QStringList{QStringLiteral("--pairing"), m_e04Id, QStringLiteral("--json")});
    QVERIFY2(byCode.exit == 0, qPrintable(byCode.err));
    QVERIFY2(byId.exit == 0, qPrintable(byId.err));
    QCOMPARE(byId.out, byCode.out);
    bool ok = false;
    const QJsonArray list = arrayOf(byId.out, &ok);
    QVERIFY(ok);
    QCOMPARE(list.size(), 20); // the default --limit
    QCOMPARE(list.first().toObject().value(QLatin1String("start_utc")).toString(),
             QStringLiteral("2027-03-15T13:30:00Z"));

    const Run limited = runCli(search + QStringList{QStringLiteral("--pairing"), QStringLiteral("E-04"),
                                                    QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--json")});
    QVERIFY2(limited.exit == 0, qPrintable(limited.err));
    QCOMPARE(arrayOf(limited.out, &ok).size(), 3);

    const Run text = runCli(search + QStringList{QStringLiteral("--pairing"), QStringLiteral("E-04")});
    QVERIFY2(text.exit == 0, qPrintable(text.err));
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.startsWith(QStringLiteral("2027-03-15T13:30:00Z\n"
                                           "    Ann Arbor           Mon 2027-03-15 09:30  EDT\n"
                                           "    Lviv                Mon 2027-03-15 15:30  EET\n")),
             qPrintable(out));
    QVERIFY(!out.contains(QStringLiteral("No time")));
    QCOMPARE(out.count(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00Z$"),
                                          QRegularExpression::MultilineOption)),
             20);
}

void TestPlanningCli::slotsWhenNothingFits()
{
    // Ten hours never fit M-01's two shared hours: the closest miss of each day is 04:00 UTC,
    // four hours outside in Baguio and in Chefchaouen.
    const QStringList search{QStringLiteral("slots"), QStringLiteral("--pairing"), QStringLiteral("M-01"),
                             QStringLiteral("--from"), QStringLiteral("2027-02-15"), QStringLiteral("--to"),
                             QStringLiteral("2027-02-19"), QStringLiteral("--duration"), QStringLiteral("600"),
                             QStringLiteral("--database"), m_database};
    const Run json = runCli(search + QStringList{QStringLiteral("--json")});
    QVERIFY2(json.exit == 0, qPrintable(json.err));
    bool ok = false;
    const QJsonArray list = arrayOf(json.out, &ok);
    QVERIFY(ok);
    QCOMPARE(list.size(), 5); // one per day
    const QList<int> outside{240, 240, 90, 105};
    for (int day = 0; day < list.size(); ++day) {
        const QJsonObject slot = list.at(day).toObject();
        QCOMPARE(slot.value(QLatin1String("start_utc")).toString(),
                 QDateTime(QDate(2027, 2, 15 + day), QTime(4, 0), Qt::UTC).toString(Qt::ISODate));
        QCOMPARE(slot.value(QLatin1String("fits")), QJsonValue(false));
        const QJsonArray local = slot.value(QLatin1String("local")).toArray();
        QCOMPARE(local.size(), outside.size());
        for (int i = 0; i < outside.size(); ++i) {
            QCOMPARE(local.at(i).toObject().value(QLatin1String("city")).toString(), M01Cities.at(i));
            QCOMPARE(local.at(i).toObject().value(QLatin1String("minutes_outside")).toInt(), outside.at(i));
        }
    }
    QCOMPARE(list.first().toObject().value(QLatin1String("local")).toArray().at(1).toObject()
                 .value(QLatin1String("start")).toString(),
             QStringLiteral("2027-02-15T04:00:00+00:00"));

    const Run text = runCli(search);
    QVERIFY2(text.exit == 0, qPrintable(text.err));
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.startsWith(QStringLiteral("No time between 2027-02-15 and 2027-02-19 falls inside every "
                                           "city's working hours. The closest:\n\n2027-02-15T04:00:00Z\n")),
             qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("Baguio              Mon 2027-02-15 12:00  PST  (ends 4 h after 18:00)\n")));
    QVERIFY(out.contains(QStringLiteral("Chefchaouen         Mon 2027-02-15 04:00  +00  (starts 4 h before 08:00)\n")));
    QVERIFY(out.contains(QStringLiteral("Dhankuta            Fri 2027-02-19 09:45  +0545  (ends 1 h 45 min after 18:00)\n")));
}

void TestPlanningCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const auto slotsWith = [](const QString &option, const QString &value) {
        QStringList arguments{QStringLiteral("slots"), QStringLiteral("--pairing"), QStringLiteral("E-04"),
                              QStringLiteral("--from"), QStringLiteral("2027-03-15"), QStringLiteral("--to"),
                              QStringLiteral("2027-03-19"), QStringLiteral("--duration"), QStringLiteral("60")};
        const qsizetype at = arguments.indexOf(option);
        if (at < 0)
            arguments << option << value;
        else if (value.isNull())
            arguments.remove(at, 2);
        else
            arguments[at + 1] = value;
        return arguments;
    };
    const QString dateFormat = QStringLiteral("dates are written YYYY-MM-DD");
    QTest::addRow("slots without --pairing") << slotsWith(QStringLiteral("--pairing"), QString())
                                             << QStringLiteral("--pairing is required");
    QTest::addRow("slots without --duration") << slotsWith(QStringLiteral("--duration"), QString())
                                              << QStringLiteral("--duration is required");
    QTest::addRow("unknown pairing code") << slotsWith(QStringLiteral("--pairing"), QStringLiteral("Z-99"))
                                          << QStringLiteral("No pairing with id or code “Z-99”");
    QTest::addRow("unknown pairing id") << slotsWith(QStringLiteral("--pairing"), QStringLiteral("9999"))
                                        << QStringLiteral("No pairing with id or code “9999”");
    QTest::addRow("month 13") << slotsWith(QStringLiteral("--from"), QStringLiteral("2027-13-01")) << dateFormat;
    QTest::addRow("30 February") << slotsWith(QStringLiteral("--to"), QStringLiteral("2027-02-30")) << dateFormat;
    QTest::addRow("date with a time") << slotsWith(QStringLiteral("--from"), QStringLiteral("2027-03-15T12:00"))
                                      << dateFormat;
    QTest::addRow("date with trailing text") << slotsWith(QStringLiteral("--to"), QStringLiteral("2027-03-19x"))
                                             << dateFormat;
    QTest::addRow("--to before --from") << slotsWith(QStringLiteral("--to"), QStringLiteral("2027-03-14"))
                                        << QStringLiteral("The last date is before the first date.");
    QTest::addRow("over a year") << slotsWith(QStringLiteral("--to"), QStringLiteral("2028-03-15"))
                                 << QStringLiteral("Search at most 366 days");
    QTest::addRow("duration 0") << slotsWith(QStringLiteral("--duration"), QStringLiteral("0"))
                                << QStringLiteral("duration of at least one minute");
    QTest::addRow("negative duration") << slotsWith(QStringLiteral("--duration"), QStringLiteral("-30"))
                                       << QStringLiteral("duration of at least one minute");
    QTest::addRow("duration abc") << slotsWith(QStringLiteral("--duration"), QStringLiteral("abc"))
                                  << QStringLiteral("--duration and --limit take a whole number");
    QTest::addRow("duration over a day") << slotsWith(QStringLiteral("--duration"), QStringLiteral("1441"))
                                         << QStringLiteral("cannot be longer than a day");
    QTest::addRow("limit 0") << slotsWith(QStringLiteral("--limit"), QStringLiteral("0"))
                             << QStringLiteral("--duration and --limit take a whole number");
    QTest::addRow("slots unknown option") << slotsWith(QStringLiteral("--colour"), QStringLiteral("red"))
                                          << QStringLiteral("colour");

    QTest::addRow("plan-cycle without --start")
        << QStringList{QStringLiteral("plan-cycle"), QStringLiteral("--pairing"), QStringLiteral("E-04")}
        << QStringLiteral("--pairing and --start are required");
    QTest::addRow("plan-cycle bad date")
        << QStringList{QStringLiteral("plan-cycle"), QStringLiteral("--pairing"), QStringLiteral("E-04"),
                       QStringLiteral("--start"), QStringLiteral("2027-02-30")}
        << dateFormat;
    QTest::addRow("plan-cycle unknown pairing")
        << QStringList{QStringLiteral("plan-cycle"), QStringLiteral("--pairing"), QStringLiteral("Z-99"),
                       QStringLiteral("--start"), QStringLiteral("2027-03-15")}
        << QStringLiteral("No pairing with id or code “Z-99”");
    QTest::addRow("sessions unknown pairing")
        << QStringList{QStringLiteral("sessions"), QStringLiteral("--pairing"), QStringLiteral("Z-99")}
        << QStringLiteral("No pairing with id or code “Z-99”");

    // OUT stands for a file in the temporary folder that must not come into being.
    const QString either = QStringLiteral("either --session ID or --pairing ID");
    QTest::addRow("export-ics with --session and --pairing")
        << QStringList{QStringLiteral("export-ics"), QStringLiteral("--session"), QStringLiteral("1"),
                       QStringLiteral("--pairing"), QStringLiteral("E-04"), QStringLiteral("--out"), QStringLiteral("OUT")}
        << either;
    QTest::addRow("export-ics with neither")
        << QStringList{QStringLiteral("export-ics"), QStringLiteral("--out"), QStringLiteral("OUT")} << either;
    QTest::addRow("export-ics without --out")
        << QStringList{QStringLiteral("export-ics"), QStringLiteral("--pairing"), QStringLiteral("E-04")} << either;
    QTest::addRow("export-ics unknown session")
        << QStringList{QStringLiteral("export-ics"), QStringLiteral("--session"), QStringLiteral("9999"),
                       QStringLiteral("--out"), QStringLiteral("OUT")}
        << QStringLiteral("The session no longer exists.");
    QTest::addRow("export-ics session not a number")
        << QStringList{QStringLiteral("export-ics"), QStringLiteral("--session"), QStringLiteral("E-04"),
                       QStringLiteral("--out"), QStringLiteral("OUT")}
        << QStringLiteral("a session id is a number");
    QTest::addRow("export-ics unknown pairing")
        << QStringList{QStringLiteral("export-ics"), QStringLiteral("--pairing"), QStringLiteral("Z-99"),
                       QStringLiteral("--out"), QStringLiteral("OUT")}
        << QStringLiteral("No pairing with id or code “Z-99”");
}

void TestPlanningCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString out = m_dir.filePath(QStringLiteral("refused.ics"));
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^OUT$")), out);
    const QByteArray before = fileHash(m_database);
    QVERIFY(!before.isEmpty());

    const Run run = runCli(arguments + QStringList{QStringLiteral("--database"), m_database});
    QCOMPARE(run.exit, 2);
    QVERIFY2(run.err.startsWith(QStringLiteral("city2city-cli ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QCOMPARE(fileHash(m_database), before);
    QVERIFY(!QFile::exists(out));
}

void TestPlanningCli::planCycle()
{
    const QString database = freshDatabase(QStringLiteral("cycle"));
    const Run run = runCli({QStringLiteral("plan-cycle"), QStringLiteral("--pairing"), QStringLiteral("E-04"),
                            QStringLiteral("--start"), QStringLiteral("2027-03-15"), QStringLiteral("--json"),
                            QStringLiteral("--database"), database});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    bool ok = false;
    const QJsonArray planned = arrayOf(run.out, &ok);
    QVERIFY(ok);
    QCOMPARE(planned.size(), 4);

    const QStringList kinds{QStringLiteral("matchmaking"), QStringLiteral("sharing"), QStringLiteral("learning"),
                            QStringLiteral("showcasing")};
    const QStringList titles{QStringLiteral("Matchmaking / kick-off"), QStringLiteral("Sharing"),
                             QStringLiteral("Learning"), QStringLiteral("Showcasing")};
    const QList<QDate> targets{QDate(2027, 3, 15), QDate(2027, 7, 15), QDate(2027, 11, 15), QDate(2028, 3, 15)};
    // The middle of each week's shared hours: 12:00–16:00 UTC in March (US on summer time, EU
    // not yet), 12:00–15:00 in July (both on summer time), 13:00–16:00 in November (neither).
    const QStringList starts{QStringLiteral("2027-03-15T13:15:00Z"), QStringLiteral("2027-07-15T12:45:00Z"),
                             QStringLiteral("2027-11-15T13:45:00Z"), QStringLiteral("2028-03-15T13:15:00Z")};
    QSet<qint64> ids;
    for (int i = 0; i < planned.size(); ++i) {
        const QJsonObject session = planned.at(i).toObject();
        ids.insert(session.value(QLatin1String("id")).toInteger());
        QCOMPARE(session.value(QLatin1String("pairing")).toString(), QStringLiteral("E-04"));
        QCOMPARE(session.value(QLatin1String("sequence")).toInt(), i + 1);
        QCOMPARE(session.value(QLatin1String("kind")).toString(), kinds.at(i));
        QCOMPARE(session.value(QLatin1String("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(session.value(QLatin1String("duration_minutes")).toInt(), CycleMinutes);
        QCOMPARE(session.value(QLatin1String("start_utc")).toString(), starts.at(i));

        const QDateTime start = utcOf(session.value(QLatin1String("start_utc")));
        QVERIFY(start.date() >= targets.at(i) && start.date() <= targets.at(i).addDays(6));
        const QJsonArray local = session.value(QLatin1String("local")).toArray();
        QCOMPARE(local.size(), 2);
        for (int c = 0; c < E04Zones.size(); ++c) {
            QVERIFY2(marginIn(start, CycleMinutes, E04Zones.at(c)) >= 0, qPrintable(E04Cities.at(c)));
            QCOMPARE(local.at(c).toObject().value(QLatin1String("city")).toString(), E04Cities.at(c));
            QCOMPARE(local.at(c).toObject().value(QLatin1String("start")).toString(),
                     localOf(start, E04Zones.at(c)).toString(Qt::ISODate));
        }
    }
    QCOMPARE(ids.size(), 4);

    // sessions lists what plan-cycle made, by code and by id alike.
    const QJsonArray listed = sessionsOf(database, QStringLiteral("E-04"));
    QCOMPARE(listed.size(), 4);
    for (int i = 0; i < listed.size(); ++i) {
        const QJsonObject session = listed.at(i).toObject();
        const QJsonObject made = planned.at(i).toObject();
        for (const char *key : {"id", "pairing", "sequence", "kind", "status", "start_utc", "duration_minutes", "local"})
            QCOMPARE(session.value(QLatin1String(key)), made.value(QLatin1String(key)));
        QCOMPARE(session.value(QLatin1String("title")).toString(), titles.at(i));
        QCOMPARE(session.value(QLatin1String("mode")).toString(), QStringLiteral("online"));
    }
    QCOMPARE(sessionsOf(database, m_e04Id), listed);
    QCOMPARE(sessionsOf(database, QString()), listed);
    QCOMPARE(sessionsOf(database, QStringLiteral("M-01")).size(), 0);

    const Run text = runCli({QStringLiteral("sessions"), QStringLiteral("--database"), database});
    QVERIFY2(text.exit == 0, qPrintable(text.err));
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.startsWith(QStringLiteral("E-04 #1   Matchmaking / kick-off  Draft      2027-03-15T13:15:00Z  90 min\n")),
             qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("Thu 15 Jul 08:45 Ann Arbor (UTC−04:00) · Thu 15 Jul 15:45 Lviv (UTC+03:00)")));
    QVERIFY(out.endsWith(QStringLiteral("\n4 sessions\n")));
}

void TestPlanningCli::planCycleAgainAppends()
{
    const QString database = plannedDatabase(QStringLiteral("twice"));
    const QJsonArray first = sessionsOf(database, QStringLiteral("E-04"));
    QCOMPARE(first.size(), 4);

    const Run run = runCli({QStringLiteral("plan-cycle"), QStringLiteral("--pairing"), m_e04Id,
                            QStringLiteral("--start"), QStringLiteral("2027-03-15"), QStringLiteral("--database"), database});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(QStringLiteral("Session 5 (Matchmaking / kick-off): 2027-03-15T13:15:00Z\n"
                                           "    Mon 15 Mar 09:15 Ann Arbor (UTC−04:00) · Mon 15 Mar 15:15 Lviv (UTC+02:00)\n")),
             qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("Session 8 (Showcasing): 2028-03-15T13:15:00Z\n")));

    const QJsonArray all = sessionsOf(database, QString());
    QCOMPARE(all.size(), 8);
    QSet<qint64> ids;
    for (int i = 0; i < all.size(); ++i) {
        const QJsonObject session = all.at(i).toObject();
        ids.insert(session.value(QLatin1String("id")).toInteger());
        QCOMPARE(session.value(QLatin1String("sequence")).toInt(), i + 1);
        // The first four are untouched; the new ones take the same best times.
        QCOMPARE(session.value(QLatin1String("start_utc")), first.at(i % 4).toObject().value(QLatin1String("start_utc")));
        if (i < 4)
            QCOMPARE(session, first.at(i).toObject());
    }
    QCOMPARE(ids.size(), 8);
}

void TestPlanningCli::exportIcsPairing()
{
    const QString database = plannedDatabase(QStringLiteral("export"));
    const QJsonArray sessions = sessionsOf(database, QStringLiteral("E-04"));
    QCOMPARE(sessions.size(), 4);

    const QString path = m_dir.filePath(QStringLiteral("e04.ics"));
    const Run run = runCli({QStringLiteral("export-ics"), QStringLiteral("--pairing"), QStringLiteral("E-04"),
                            QStringLiteral("--out"), path, QStringLiteral("--database"), database});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("Wrote 4 events to %1\n").arg(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    QVERIFY(ics.contains("X-WR-CALNAME:UTM City2City E-04\r\n"));
    const auto parsed = IcsCalendar::parse(ics);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const QList<CalendarEvent> events = parsed.value();
    QCOMPARE(events.size(), 4);

    QSet<QString> uids;
    for (int i = 0; i < events.size(); ++i) {
        const CalendarEvent &event = events.at(i);
        const QJsonObject session = sessions.at(i).toObject();
        const QDateTime start = utcOf(session.value(QLatin1String("start_utc")));
        QCOMPARE(event.startUtc, start);
        QCOMPARE(event.durationMinutes, CycleMinutes);
        QVERIFY2(event.uid.endsWith(QStringLiteral("@city2city.utm")), qPrintable(event.uid));
        QVERIFY2(!QUuid::fromString(event.uid.section(u'@', 0, 0)).isNull(), qPrintable(event.uid));
        uids.insert(event.uid);
        QCOMPARE(event.summary, QStringLiteral("E-04 Ann Arbor · Lviv — Session %1: %2")
                                    .arg(i + 1)
                                    .arg(session.value(QLatin1String("title")).toString()));
        QCOMPARE(event.status, QStringLiteral("TENTATIVE"));
        QCOMPARE(event.sequence, 0);
        QVERIFY(event.stampUtc.isValid());
        for (int c = 0; c < E04Cities.size(); ++c) {
            const QDateTime local = localOf(start, E04Zones.at(c));
            const QString line = QStringLiteral("  %1: %2 %3 (UTC")
                                     .arg(E04Cities.at(c), local.date().toString(Qt::ISODate),
                                          local.time().toString(QStringLiteral("HH:mm")));
            QVERIFY2(event.description.contains(line), qPrintable(event.description));
        }
        QVERIFY2(event.description.contains(QStringLiteral("Agenda (UTC):\n  %1  ")
                                                .arg(start.time().toString(QStringLiteral("HH:mm")))),
                 qPrintable(event.description));
    }
    QCOMPARE(uids.size(), 4);
    QVERIFY(events.at(0).description.contains(QStringLiteral("  Lviv: 2027-03-15 15:15 (UTC+02:00)")));
    QVERIFY(events.at(1).description.contains(QStringLiteral("  Ann Arbor: 2027-07-15 08:45 (UTC−04:00)")));

    // UIDs are stable: a second export (here by id) names the same events the same way.
    const QString again = m_dir.filePath(QStringLiteral("e04-again.ics"));
    const Run second = runCli({QStringLiteral("export-ics"), QStringLiteral("--pairing"), m_e04Id,
                               QStringLiteral("--out"), again, QStringLiteral("--database"), database});
    QVERIFY2(second.exit == 0, qPrintable(second.err));
    QFile againFile(again);
    QVERIFY(againFile.open(QIODevice::ReadOnly));
    const auto reparsed = IcsCalendar::parse(againFile.readAll());
    QVERIFY2(reparsed.ok(), qPrintable(reparsed.error()));
    QCOMPARE(reparsed.value().size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(reparsed.value().at(i).uid, events.at(i).uid);
        QCOMPARE(reparsed.value().at(i).startUtc, events.at(i).startUtc);
    }
}

void TestPlanningCli::exportIcsSession()
{
    const QString database = plannedDatabase(QStringLiteral("one"));
    const QJsonArray sessions = sessionsOf(database, QStringLiteral("E-04"));
    QCOMPARE(sessions.size(), 4);
    const QJsonObject second = sessions.at(1).toObject();

    QStringList uids;
    for (const QString &name : {QStringLiteral("one-a.ics"), QStringLiteral("one-b.ics")}) {
        const QString path = m_dir.filePath(name);
        const Run run = runCli({QStringLiteral("export-ics"), QStringLiteral("--session"),
                                QString::number(second.value(QLatin1String("id")).toInteger()),
                                QStringLiteral("--out"), path, QStringLiteral("--database"), database});
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("Wrote 1 event to %1\n").arg(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto parsed = IcsCalendar::parse(file.readAll());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed.value().size(), 1);
        const CalendarEvent &event = parsed.value().constFirst();
        QCOMPARE(event.startUtc, QDateTime(QDate(2027, 7, 15), QTime(12, 45), Qt::UTC));
        QCOMPARE(event.durationMinutes, CycleMinutes);
        QCOMPARE(event.summary, QStringLiteral("E-04 Ann Arbor · Lviv — Session 2: Sharing"));
        QCOMPARE(event.status, QStringLiteral("TENTATIVE"));
        QVERIFY(event.description.contains(QStringLiteral("  Lviv: 2027-07-15 15:45 (UTC+03:00)")));
        uids << event.uid;
    }
    QCOMPARE(uids.at(1), uids.at(0));

    // The same UID as the session has in the pairing's calendar.
    const QString whole = m_dir.filePath(QStringLiteral("one-all.ics"));
    const Run run = runCli({QStringLiteral("export-ics"), QStringLiteral("--pairing"), QStringLiteral("E-04"),
                            QStringLiteral("--out"), whole, QStringLiteral("--database"), database});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QFile file(whole);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto all = IcsCalendar::parse(file.readAll());
    QVERIFY2(all.ok(), qPrintable(all.error()));
    QCOMPARE(all.value().size(), 4);
    QCOMPARE(all.value().at(1).uid, uids.at(0));
    QVERIFY(all.value().at(0).uid != uids.at(0));
}

void TestPlanningCli::exportIcsFailures()
{
    // A pairing without sessions: nothing to export, no file.
    const QString empty = m_dir.filePath(QStringLiteral("m01.ics"));
    Run run = runCli({QStringLiteral("export-ics"), QStringLiteral("--pairing"), QStringLiteral("M-01"),
                      QStringLiteral("--out"), empty, QStringLiteral("--database"), m_database});
    QCOMPARE(run.exit, 1);
    QVERIFY2(run.err.contains(QStringLiteral("M-01 has no session with a date and time.")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(empty));

    // A folder that does not exist: the message names the file.
    const QString database = plannedDatabase(QStringLiteral("nowhere"));
    const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/e04.ics"));
    run = runCli({QStringLiteral("export-ics"), QStringLiteral("--pairing"), QStringLiteral("E-04"),
                  QStringLiteral("--out"), nowhere, QStringLiteral("--database"), database});
    QCOMPARE(run.exit, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Cannot write %1").arg(nowhere)), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(nowhere));
}

void TestPlanningCli::independentOfLocalTimeZone()
{
    // Everything is in UTC or the cities' own zones: the machine's zone must not show through.
    const QList<QStringList> commands{
        {QStringLiteral("slots"), QStringLiteral("--pairing"), QStringLiteral("M-01"), QStringLiteral("--from"),
         QStringLiteral("2027-02-15"), QStringLiteral("--to"), QStringLiteral("2027-02-19"),
         QStringLiteral("--duration"), QStringLiteral("60"), QStringLiteral("--limit"), QStringLiteral("100"),
         QStringLiteral("--json"), QStringLiteral("--database"), m_database},
        {QStringLiteral("slots"), QStringLiteral("--pairing"), QStringLiteral("M-01"), QStringLiteral("--from"),
         QStringLiteral("2027-02-15"), QStringLiteral("--to"), QStringLiteral("2027-02-19"),
         QStringLiteral("--duration"), QStringLiteral("600"), QStringLiteral("--database"), m_database},
    };
    for (const QStringList &command : commands) {
        const Run utc = runCli(command, "UTC");
        QVERIFY2(utc.exit == 0, qPrintable(utc.err));
        for (const QByteArray &zone : {QByteArray("Pacific/Chatham"), QByteArray("America/St_Johns")}) {
            const Run elsewhere = runCli(command, zone);
            QVERIFY2(elsewhere.exit == 0, qPrintable(elsewhere.err));
            QCOMPARE(elsewhere.out, utc.out);
        }
    }

    const QString database = freshDatabase(QStringLiteral("chatham"));
    const Run plan = runCli({QStringLiteral("plan-cycle"), QStringLiteral("--pairing"), QStringLiteral("E-04"),
                             QStringLiteral("--start"), QStringLiteral("2027-03-15"), QStringLiteral("--json"),
                             QStringLiteral("--database"), database},
                            "Pacific/Chatham");
    QVERIFY2(plan.exit == 0, qPrintable(plan.err));
    bool ok = false;
    const QJsonArray planned = arrayOf(plan.out, &ok);
    QVERIFY(ok);
    QCOMPARE(planned.size(), 4);
    QCOMPARE(planned.first().toObject().value(QLatin1String("start_utc")).toString(),
             QStringLiteral("2027-03-15T13:15:00Z"));
    QCOMPARE(planned.last().toObject().value(QLatin1String("start_utc")).toString(),
             QStringLiteral("2028-03-15T13:15:00Z"));
}

void TestPlanningCli::help_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    QTest::addRow("sessions") << QStringLiteral("sessions")
                              << QStringList{QStringLiteral("--pairing <ID>"), QStringLiteral("--json"),
                                             QStringLiteral("--database <FILE>")};
    QTest::addRow("slots") << QStringLiteral("slots")
                           << QStringList{QStringLiteral("--pairing <ID>"), QStringLiteral("--from <DATE>"),
                                          QStringLiteral("--to <DATE>"), QStringLiteral("--duration <MINUTES>"),
                                          QStringLiteral("--limit <N>"), QStringLiteral("--json")};
    QTest::addRow("plan-cycle") << QStringLiteral("plan-cycle")
                                << QStringList{QStringLiteral("--pairing <ID>"), QStringLiteral("--start <DATE>"),
                                               QStringLiteral("--json")};
    QTest::addRow("export-ics") << QStringLiteral("export-ics")
                                << QStringList{QStringLiteral("--session <ID>"), QStringLiteral("--pairing <ID>"),
                                               QStringLiteral("--out <FILE>")};
}

void TestPlanningCli::help()
{
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const Run run = runCli({command, flag});
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral(" %1 [options]").arg(command)), qPrintable(out));
        for (const QString &option : options)
            QVERIFY2(out.contains(option), qPrintable(option));
    }
}

QTEST_GUILESS_MAIN(TestPlanningCli)
#include "tst_planningcli.moc"
