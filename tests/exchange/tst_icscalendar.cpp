// .ics calendars through libical: exact round trips with hostile text and accented names, the raw
// RFC 5545 form (CRLF, 75-octet folding on character boundaries, UTC times, escaping), atomic
// file writes, and broken or foreign input refused with a message.
#include "exchange/IcsCalendar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <functional>

#include <unistd.h>

namespace {

QDateTime utc(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

QList<CalendarEvent> sampleEvents()
{
    const QDateTime stamp = utc(2027, 3, 1, 9, 30, 15);

    CalendarEvent venue;
    venue.uid = QStringLiteral("3f2c9a4e-0b1d-4c55-9e7a-5d2f1a0c7b11@city2city.utm");
    venue.startUtc = utc(2027, 3, 15, 14, 0);
    venue.durationMinutes = 90;
    venue.summary = QStringLiteral("E-04 Ann Arbor · Lviv — Session 2: Sharing, part A");
    venue.location = QStringLiteral("Rackham Building, Room 1010; 915 E. Washington St.");
    venue.description = QStringLiteral("Agenda: show and tell\nAnn Arbor: 10:00 (UTC−04:00)");
    venue.status = QStringLiteral("CONFIRMED");
    venue.stampUtc = stamp;

    CalendarEvent online;
    online.uid = QStringLiteral("8d41f0b2-77aa-4e0c-b3d9-0c6e2f5a9d20@city2city.utm");
    online.startUtc = utc(2027, 4, 2, 15, 0);
    online.durationMinutes = 60;
    online.summary = QStringLiteral("E-11 Çorlu · València — Session 1: Meeting");
    online.url = QStringLiteral("https://meet.example.org/j/8125521?pwd=a,b;c&lang=ca");
    online.description =
        QStringLiteral("Agenda:\n1. Welcome, introductions; goals\n2. \"Our streets\" slides — "
                       "C:\\Shares\\c2c\\deck.pdf\n"
                       "3. Questions \\n are not newlines; \\, nor commas\n\nLocal start times:\n"
                       "Çorlu: 18:00 (UTC+03:00)\nValència: 17:00 (UTC+02:00)");
    online.status = QStringLiteral("TENTATIVE");
    online.sequence = 2;
    online.stampUtc = stamp;

    CalendarEvent cancelled;
    cancelled.uid = QStringLiteral("c0ffee00-1234-4bcd-8ef0-123456789abc@city2city.utm");
    cancelled.startUtc = utc(2027, 5, 20, 22, 30);
    cancelled.durationMinutes = 75;
    cancelled.summary = QStringLiteral("E-07 Peñalolén · San Luis Potosí — Session 3: Reflection");
    cancelled.description = QStringLiteral("Cancelled: both schools closed.\nRescheduled later.");
    cancelled.status = QStringLiteral("CANCELLED");
    cancelled.sequence = 5;
    cancelled.stampUtc = stamp;

    CalendarEvent plain;
    plain.uid = QStringLiteral("plain@city2city.utm");
    plain.startUtc = utc(2027, 6, 1, 8, 15);
    plain.durationMinutes = 45;
    plain.summary =
        QStringLiteral("E-09 Çorlu · València · Peñalolén · San Luis Potosí — Session 4: "
                       "Closing celebration with all four cities together");
    plain.stampUtc = stamp;

    return {venue, online, cancelled, plain};
}

// The physical lines without their CRLF; the text must end with one.
QList<QByteArray> physicalLines(const QByteArray &ics)
{
    QList<QByteArray> lines = ics.split('\n');
    lines.removeLast();
    for (QByteArray &line : lines)
        line.chop(1); // the CR
    return lines;
}

// The content lines after RFC 5545 unfolding.
QList<QByteArray> logicalLines(const QByteArray &ics)
{
    return physicalLines(QByteArray(ics).replace("\r\n ", ""));
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    return !decoder.hasError() && !text.contains(QChar::ReplacementCharacter);
}

QByteArray calendarWith(const QByteArray &eventLines)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n" + eventLines +
           "END:VEVENT\r\nEND:VCALENDAR\r\n";
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestIcsCalendar : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField();
    void rawTextIsRfc5545();
    void startAndEndAreUtc_data();
    void startAndEndAreUtc();
    void foldingKeepsUtf8Intact_data();
    void foldingKeepsUtf8Intact();
    void calendarNameCannotAddLines();
    void parseTrimsBlanksAroundValues();
    void writeIsDeterministic();
    void writeFileWritesCalendar();
    void writeFileIntoMissingFolderFails();
    void writeFileRefusesBadEvents_data();
    void writeFileRefusesBadEvents();
    void writeFileKeepsOldFileInReadOnlyFolder();
    void parseRefusesBrokenInput_data();
    void parseRefusesBrokenInput();
    void parseResolvesTimeZones_data();
    void parseResolvesTimeZones();
    void parseAcceptsBomAndSeveralCalendars();
};

void TestIcsCalendar::roundTripKeepsEveryField()
{
    const QList<CalendarEvent> events = sampleEvents();
    const Result<QList<CalendarEvent>> parsed =
        IcsCalendar::parse(IcsCalendar::write(events, "Spring 2027"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->size(), events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const CalendarEvent &expected = events.at(i);
        const CalendarEvent &actual = parsed->at(i);
        QCOMPARE(actual.uid, expected.uid);
        QCOMPARE(actual.startUtc, expected.startUtc);
        QCOMPARE(actual.startUtc.timeSpec(), Qt::UTC);
        QCOMPARE(actual.durationMinutes, expected.durationMinutes);
        QCOMPARE(actual.summary, expected.summary);
        QCOMPARE(actual.location, expected.location);
        QCOMPARE(actual.url, expected.url);
        QCOMPARE(actual.description, expected.description);
        QCOMPARE(actual.status, expected.status);
        QCOMPARE(actual.sequence, expected.sequence);
        QCOMPARE(actual.stampUtc, expected.stampUtc);
        QCOMPARE(actual.stampUtc.timeSpec(), Qt::UTC);
    }
}

void TestIcsCalendar::rawTextIsRfc5545()
{
    const QByteArray ics =
        IcsCalendar::write(sampleEvents(), QStringLiteral("Spring 2027 — Ann Arbor · Lviv"));
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    // Every line break is CRLF: no bare LF, no bare CR.
    QCOMPARE(ics.count('\n'), ics.count("\r\n"));
    QCOMPARE(ics.count('\r'), ics.count("\r\n"));
    for (const QByteArray &line : physicalLines(ics))
        QVERIFY2(line.size() <= 75, line.constData());

    const QList<QByteArray> lines = logicalLines(ics);
    QVERIFY(lines.contains("VERSION:2.0"));
    QVERIFY(lines.contains("PRODID:-//UTM City2City//Facilitator//EN"));
    QVERIFY(lines.contains("METHOD:PUBLISH"));
    QVERIFY(lines.contains("X-WR-CALNAME:Spring 2027 — Ann Arbor · Lviv"));
    QCOMPARE(lines.count("BEGIN:VEVENT"), 4);
    QCOMPARE(lines.count("END:VEVENT"), 4);
    QVERIFY(lines.contains("UID:3f2c9a4e-0b1d-4c55-9e7a-5d2f1a0c7b11@city2city.utm"));
    QVERIFY(lines.contains("DTSTART:20270315T140000Z"));
    QVERIFY(lines.contains("DTEND:20270315T153000Z"));
    QVERIFY(lines.contains("DTSTART:20270520T223000Z"));
    QVERIFY(lines.contains("DTEND:20270520T234500Z"));
    QCOMPARE(lines.count("DTSTAMP:20270301T093015Z"), 4);
    QVERIFY(lines.contains("SEQUENCE:5"));
    QVERIFY(lines.contains("SUMMARY:E-04 Ann Arbor · Lviv — Session 2: Sharing\\, part A"));
    QVERIFY(lines.contains("LOCATION:Rackham Building\\, Room 1010\\; 915 E. Washington St."));
    QVERIFY(lines.contains("URL:https://meet.example.org/j/8125521?pwd=a,b;c&lang=ca"));
    QVERIFY(lines.contains(
        "DESCRIPTION:Agenda:\\n1. Welcome\\, introductions\\; goals\\n2. \"Our streets\" slides — "
        "C:\\\\Shares\\\\c2c\\\\deck.pdf\\n3. Questions \\\\n are not newlines\\; \\\\\\, nor "
        "commas\\n\\n"
        "Local start times:\\nÇorlu: 18:00 (UTC+03:00)\\nValència: 17:00 (UTC+02:00)"));
    QVERIFY(lines.contains("STATUS:CANCELLED"));
    // The fourth event has no status, location, url or description: nothing empty is written.
    QCOMPARE(std::count_if(lines.cbegin(), lines.cend(),
                           [](const QByteArray &line) { return line.startsWith("STATUS:"); }),
             3);
    QVERIFY(!lines.contains("LOCATION:"));
    QVERIFY(!lines.contains("DESCRIPTION:"));
}

void TestIcsCalendar::startAndEndAreUtc_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QByteArray>("dtstart");
    QTest::addColumn<QByteArray>("dtend"); // empty: no DTEND line

    QTest::newRow("90 minutes") << utc(2027, 3, 15, 14, 0) << 90 << QByteArray("20270315T140000Z")
                                << QByteArray("20270315T153000Z");
    QTest::newRow("over midnight")
        << utc(2027, 3, 31, 23, 30) << 90 << QByteArray("20270331T233000Z")
        << QByteArray("20270401T010000Z");
    QTest::newRow("over new year")
        << utc(2027, 12, 31, 23, 45) << 30 << QByteArray("20271231T234500Z")
        << QByteArray("20280101T001500Z");
    QTest::newRow("into leap day")
        << utc(2028, 2, 28, 23, 0) << 120 << QByteArray("20280228T230000Z")
        << QByteArray("20280229T010000Z");
    QTest::newRow("whole day") << utc(2027, 6, 1, 8, 0) << 1440 << QByteArray("20270601T080000Z")
                               << QByteArray("20270602T080000Z");
    QTest::newRow("given in Kyiv time")
        << QDateTime(QDate(2027, 3, 29), QTime(18, 0), QTimeZone("Europe/Kyiv")) << 60
        << QByteArray("20270329T150000Z") << QByteArray("20270329T160000Z");
    QTest::newRow("milliseconds dropped")
        << QDateTime(QDate(2027, 3, 15), QTime(14, 0, 7, 999), Qt::UTC) << 15
        << QByteArray("20270315T140007Z") << QByteArray("20270315T141507Z");
    QTest::newRow("zero minutes") << utc(2027, 3, 15, 14, 0) << 0 << QByteArray("20270315T140000Z")
                                  << QByteArray();
}

void TestIcsCalendar::startAndEndAreUtc()
{
    QFETCH(QDateTime, start);
    QFETCH(int, duration);
    QFETCH(QByteArray, dtstart);
    QFETCH(QByteArray, dtend);

    CalendarEvent event = sampleEvents().first();
    event.startUtc = start;
    event.durationMinutes = duration;
    const QByteArray ics = IcsCalendar::write({event}, QString());
    const QList<QByteArray> lines = logicalLines(ics);
    QVERIFY(lines.contains("DTSTART:" + dtstart));
    const auto endLine = std::find_if(lines.cbegin(), lines.cend(), [](const QByteArray &line) {
        return line.startsWith("DTEND");
    });
    QCOMPARE(endLine == lines.cend() ? QByteArray() : *endLine,
             dtend.isEmpty() ? QByteArray() : "DTEND:" + dtend);

    const Result<QList<CalendarEvent>> parsed = IcsCalendar::parse(ics);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->first().startUtc, start.addMSecs(-start.time().msec()));
    QCOMPARE(parsed->first().durationMinutes, duration);
}

void TestIcsCalendar::foldingKeepsUtf8Intact_data()
{
    QTest::addColumn<QString>("text");

    // Without spaces libical cannot fold after a blank; the padding moves every fold by one octet.
    const QString names = QStringLiteral("ÇorluValènciaPeñalolénSanLuisPotosí—🌍");
    for (int pad = 0; pad < 6; ++pad) {
        QTest::addRow("packed, pad %d", pad) << QString(pad, u'x') + names.repeated(4);
    }
    QTest::newRow("spaced")
        << QStringLiteral("Çorlu València Peñalolén San Luis Potosí ").repeated(5).trimmed();
    QTest::newRow("two-octet only") << QStringLiteral("Ç").repeated(120);
    QTest::newRow("three-octet only") << QStringLiteral("—").repeated(90);
    QTest::newRow("four-octet only") << QStringLiteral("🌍").repeated(70);
    QTest::newRow("escapes at folds") << QStringLiteral("Ñ,;\\").repeated(60);
}

void TestIcsCalendar::foldingKeepsUtf8Intact()
{
    QFETCH(QString, text);

    CalendarEvent event = sampleEvents().first();
    event.summary = text;
    event.location = QStringLiteral("x") + text;
    event.description = text + QStringLiteral("\n") + text;
    const QByteArray ics = IcsCalendar::write({event}, text);
    for (const QByteArray &line : physicalLines(ics)) {
        QVERIFY2(line.size() <= 75, line.constData());
        // A client that decodes line by line before unfolding must not see a broken character.
        QVERIFY2(isUtf8(line), line.toHex(' ').constData());
    }

    const Result<QList<CalendarEvent>> parsed = IcsCalendar::parse(ics);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->first().summary, event.summary);
    QCOMPARE(parsed->first().location, event.location);
    QCOMPARE(parsed->first().description, event.description);
}

void TestIcsCalendar::calendarNameCannotAddLines()
{
    const QByteArray ics =
        IcsCalendar::write(sampleEvents(), QStringLiteral("Spring\r\nBEGIN:VTODO\nX"));
    const QList<QByteArray> lines = logicalLines(ics);
    QVERIFY(!lines.contains("BEGIN:VTODO"));
    QCOMPARE(lines.count("BEGIN:VEVENT"), 4);
    const Result<QList<CalendarEvent>> parsed = IcsCalendar::parse(ics);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->size(), 4);
}

// A known loss, pinned so that it is noticed if libical changes: its 3.0 parser strips blanks at
// both ends of a value, though write() keeps them and other clients read them back.
void TestIcsCalendar::parseTrimsBlanksAroundValues()
{
    CalendarEvent event = sampleEvents().first();
    event.summary = QStringLiteral("  Session 2 \t");
    event.description = QStringLiteral(" first line \nlast line ");
    const QByteArray ics = IcsCalendar::write({event}, QString());
    const QList<QByteArray> lines = logicalLines(ics);
    QVERIFY(lines.contains("SUMMARY:  Session 2 \t"));
    QVERIFY(lines.contains("DESCRIPTION: first line \\nlast line "));

    const Result<QList<CalendarEvent>> parsed = IcsCalendar::parse(ics);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->first().summary, QStringLiteral("Session 2"));
    QCOMPARE(parsed->first().description, QStringLiteral("first line \nlast line"));
}

void TestIcsCalendar::writeIsDeterministic()
{
    const QByteArray first = IcsCalendar::write(sampleEvents(), QStringLiteral("Spring 2027"));
    const QByteArray second = IcsCalendar::write(sampleEvents(), QStringLiteral("Spring 2027"));
    QCOMPARE(second, first);
    // What parse gives back writes the same bytes again.
    const Result<QList<CalendarEvent>> parsed = IcsCalendar::parse(first);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(IcsCalendar::write(parsed.value(), QStringLiteral("Spring 2027")), first);
}

void TestIcsCalendar::writeFileWritesCalendar()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("programme.ics"));
    const Status written =
        IcsCalendar::writeFile(path, sampleEvents(), QStringLiteral("Spring 2027"));
    QVERIFY2(written.ok(), qPrintable(written.error()));

    const QByteArray bytes = readAll(path);
    QCOMPARE(bytes, IcsCalendar::write(sampleEvents(), QStringLiteral("Spring 2027")));
    const Result<QList<CalendarEvent>> parsed = IcsCalendar::parse(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->size(), 4);
    QCOMPARE(parsed->at(2).status, QStringLiteral("CANCELLED"));
    // Overwriting replaces the file and leaves no temporary file beside it.
    QVERIFY(IcsCalendar::writeFile(path, sampleEvents().mid(0, 1), QString()).ok());
    QCOMPARE(IcsCalendar::parse(readAll(path))->size(), 1);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("programme.ics")});
}

void TestIcsCalendar::writeFileIntoMissingFolderFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/programme.ics"));
    const Status written = IcsCalendar::writeFile(path, sampleEvents(), QString());
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QStringLiteral("programme.ics")),
             qPrintable(written.error()));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

void TestIcsCalendar::writeFileRefusesBadEvents_data()
{
    QTest::addColumn<QList<CalendarEvent>>("events");
    QTest::addColumn<QString>("mentions");

    const QList<CalendarEvent> good = sampleEvents();
    auto changed = [&good](const std::function<void(CalendarEvent &)> &change) {
        QList<CalendarEvent> events = good;
        change(events[1]);
        return events;
    };
    QTest::newRow("no events") << QList<CalendarEvent>() << QStringLiteral("no sessions");
    QTest::newRow("no UID") << changed([](CalendarEvent &e) { e.uid.clear(); })
                            << QStringLiteral("UID");
    QTest::newRow("blank UID") << changed([](CalendarEvent &e) { e.uid = QStringLiteral("  "); })
                               << QStringLiteral("UID");
    QTest::newRow("UID twice") << changed([&good](CalendarEvent &e) { e.uid = good.first().uid; })
                               << good.first().uid;
    QTest::newRow("no start") << changed([](CalendarEvent &e) { e.startUtc = QDateTime(); })
                              << QStringLiteral("start");
    QTest::newRow("negative duration")
        << changed([](CalendarEvent &e) { e.durationMinutes = -15; }) << QStringLiteral("negative");
    QTest::newRow("no stamp") << changed([](CalendarEvent &e) { e.stampUtc = QDateTime(); })
                              << QStringLiteral("DTSTAMP");
    QTest::newRow("unknown status")
        << changed([](CalendarEvent &e) { e.status = QStringLiteral("MAYBE"); })
        << QStringLiteral("MAYBE");
    QTest::newRow("to-do status") << changed([](CalendarEvent &e) {
        e.status = QStringLiteral("NEEDS-ACTION");
    }) << QStringLiteral("NEEDS-ACTION");
}

void TestIcsCalendar::writeFileRefusesBadEvents()
{
    QFETCH(QList<CalendarEvent>, events);
    QFETCH(QString, mentions);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("programme.ics"));
    const QByteArray before = IcsCalendar::write(sampleEvents(), QStringLiteral("Before"));
    QVERIFY(writeRaw(path, before));

    const Status written = IcsCalendar::writeFile(path, events, QStringLiteral("After"));
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(mentions), qPrintable(written.error()));
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("programme.ics")});
}

void TestIcsCalendar::writeFileKeepsOldFileInReadOnlyFolder()
{
    if (geteuid() == 0)
        QSKIP("root writes into read-only folders");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("programme.ics"));
    const QByteArray before("BEGIN:VCALENDAR\r\nold\r\n");
    QVERIFY(writeRaw(path, before));
    QFile folder(dir.path());
    const QFileDevice::Permissions permissions = folder.permissions();
    QVERIFY(folder.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner));

    const Status written = IcsCalendar::writeFile(path, sampleEvents(), QString());
    QVERIFY(folder.setPermissions(permissions));
    QVERIFY(!written.ok());
    QVERIFY(!written.error().isEmpty());
    QCOMPARE(readAll(path), before);
}

void TestIcsCalendar::parseRefusesBrokenInput_data()
{
    QTest::addColumn<QByteArray>("ics");
    QTest::addColumn<QString>("mentions");

    const QByteArray start("UID:a@b\r\nDTSTART:20270315T140000Z\r\n");
    QTest::newRow("hello") << QByteArray("hello") << QStringLiteral("not an iCalendar");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not an iCalendar");
    QTest::newRow("no events")
        << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nEND:VCALENDAR\r\n")
        << QStringLiteral("no events");
    QTest::newRow("no DTSTART") << calendarWith("UID:a@b\r\nSUMMARY:x\r\n")
                                << QStringLiteral("DTSTART");
    QTest::newRow("no UID") << calendarWith("DTSTART:20270315T140000Z\r\nSUMMARY:Orphan\r\n")
                            << QStringLiteral("UID");
    QTest::newRow("DTSTART not a time")
        << calendarWith("UID:a@b\r\nDTSTART:next tuesday\r\n") << QStringLiteral("DTSTART");
    QTest::newRow("line without a name")
        << calendarWith(start + "just words\r\n") << QStringLiteral("cannot be read");
    QTest::newRow("cut off") << calendarWith(start).chopped(30)
                             << QStringLiteral("not an iCalendar");
    QTest::newRow("bare VEVENT") << QByteArray("BEGIN:VEVENT\r\n" + start + "END:VEVENT\r\n")
                                 << QStringLiteral("VEVENT");
    QTest::newRow("all-day") << calendarWith("UID:a@b\r\nDTSTART;VALUE=DATE:20270315\r\n")
                             << QStringLiteral("all-day");
    QTest::newRow("unknown zone") << calendarWith(
                                         "UID:a@b\r\nDTSTART;TZID=Mars/Olympus:20270315T140000\r\n")
                                  << QStringLiteral("Mars/Olympus");
    QTest::newRow("floating time") << calendarWith("UID:a@b\r\nDTSTART:20270315T140000\r\n")
                                   << QStringLiteral("without a time zone");
    QTest::newRow("ends before it starts")
        << calendarWith(start + "DTEND:20270315T130000Z\r\n") << QStringLiteral("ends before");
    QTest::newRow("month 30 (found by fuzz_ics)")
        << calendarWith("UID:a@b\r\nDTSTART:20273001T140000Z\r\n") << QStringLiteral("impossible date");
    QTest::newRow("Latin-1") << calendarWith(start + "SUMMARY:\xC7orlu\r\n")
                             << QStringLiteral("UTF-8");
}

void TestIcsCalendar::parseRefusesBrokenInput()
{
    QFETCH(QByteArray, ics);
    QFETCH(QString, mentions);

    const Result<QList<CalendarEvent>> parsed = IcsCalendar::parse(ics);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(mentions), qPrintable(parsed.error()));
}

void TestIcsCalendar::parseResolvesTimeZones_data()
{
    QTest::addColumn<QByteArray>("ics");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<int>("duration");

    QTest::newRow("TZID with DURATION")
        << calendarWith(
               "UID:a@b\r\nDTSTART;TZID=Europe/Kyiv:20270329T180000\r\nDURATION:PT1H30M\r\n")
        << utc(2027, 3, 29, 15, 0) << 90;
    // Detroit is already on summer time, Kyiv not yet: the two weeks where offsets trip people.
    QTest::newRow("start and end in different zones")
        << calendarWith("UID:a@b\r\nDTSTART;TZID=America/Detroit:20270320T110000\r\n"
                        "DTEND;TZID=Europe/Kyiv:20270320T190000\r\n")
        << utc(2027, 3, 20, 15, 0) << 120;
    QTest::newRow("zone defined in the file")
        << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
                      "BEGIN:VTIMEZONE\r\nTZID:Kathmandu Standard Time\r\nBEGIN:STANDARD\r\n"
                      "DTSTART:16010101T000000\r\nTZOFFSETFROM:+0545\r\nTZOFFSETTO:+0545\r\n"
                      "END:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:a@b\r\n"
                      "DTSTART;TZID=Kathmandu Standard Time:20270320T204500\r\n"
                      "DTEND;TZID=Kathmandu Standard Time:20270320T213000\r\n"
                      "END:VEVENT\r\nEND:VCALENDAR\r\n")
        << utc(2027, 3, 20, 15, 0) << 45;
    QTest::newRow("no end") << calendarWith("UID:a@b\r\nDTSTART:20270320T150000Z\r\n")
                            << utc(2027, 3, 20, 15, 0) << 0;
}

void TestIcsCalendar::parseResolvesTimeZones()
{
    QFETCH(QByteArray, ics);
    QFETCH(QDateTime, start);
    QFETCH(int, duration);

    const Result<QList<CalendarEvent>> parsed = IcsCalendar::parse(ics);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->size(), 1);
    QCOMPARE(parsed->first().startUtc, start);
    QCOMPARE(parsed->first().startUtc.timeSpec(), Qt::UTC);
    QCOMPARE(parsed->first().durationMinutes, duration);
}

void TestIcsCalendar::parseAcceptsBomAndSeveralCalendars()
{
    const QList<CalendarEvent> events = sampleEvents();
    const QByteArray ics = "\xEF\xBB\xBF" +
                           IcsCalendar::write(events.mid(0, 2), QStringLiteral("One")) +
                           IcsCalendar::write(events.mid(2), QStringLiteral("Two"));
    const Result<QList<CalendarEvent>> parsed = IcsCalendar::parse(ics);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->size(), 4);
    for (qsizetype i = 0; i < events.size(); ++i)
        QCOMPARE(parsed->at(i).uid, events.at(i).uid);
}

QTEST_GUILESS_MAIN(TestIcsCalendar)
#include "tst_icscalendar.moc"
