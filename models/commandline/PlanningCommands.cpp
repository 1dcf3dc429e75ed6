// city2city-cli commands that plan the cycle: sessions, slots, plan-cycle, export-ics.
#include "CommandLine.h"
#include "CommandSupport.h"

#include "core/IsoDate.h"
#include "domain/Vocabulary.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "exchange/IcsCalendar.h"
#include "exchange/SessionCalendar.h"
#include "planning/CyclePlanner.h"
#include "planning/SessionSchedule.h"
#include "planning/SlotFinder.h"
#include "store/PairingStore.h"
#include "store/ProgrammeQueries.h"
#include "store/SessionStore.h"
#include "store/TemplateStore.h"
#include "store/WorkingHoursStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

using namespace CommandSupport;

namespace {

QCommandLineOption pairingOption(const QString &what)
{
    return QCommandLineOption(QStringLiteral("pairing"), what, QStringLiteral("ID"));
}

QJsonArray localJson(const QList<SessionSchedule::LocalTime> &times)
{
    QJsonArray list;
    for (const auto &t : times)
        list.append(QJsonObject{{QStringLiteral("city"), t.city},
                                {QStringLiteral("time_zone"), t.timeZone},
                                {QStringLiteral("start"), t.local.toString(Qt::ISODate)}});
    return list;
}

QString utcText(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

// Resolves --pairing (an id or a code such as E-04) to the pairing's listing.
Result<ProgrammeQueries::PairingListing> pairingOf(const Database &database, const QString &idOrCode)
{
    const auto id = PairingStore(database.connection(), database.clock()).resolve(idOrCode);
    if (!id)
        return id.status();
    return ProgrammeQueries(database.connection()).pairing(id.value());
}

struct OpenPairing
{
    std::unique_ptr<Database> database;
    ProgrammeQueries::PairingListing pairing;
};

// Opens the database and resolves --pairing; says why not (and sets *exit) when it cannot.
std::optional<OpenPairing> openPairing(const QCommandLineParser &parser, const QString &idOrCode,
                                       const QString &command, QTextStream &err, int *exit)
{
    auto database = openDatabase(parser, err);
    if (!database) {
        *exit = CommandLine::Failed;
        return std::nullopt;
    }
    const auto listing = pairingOf(*database, idOrCode);
    if (!listing) {
        err << "city2city-cli " << command << ": " << listing.error() << '\n';
        *exit = CommandLine::Usage;
        return std::nullopt;
    }
    return OpenPairing{std::move(database), listing.value()};
}

} // namespace

int CommandLine::sessions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption(jsonOption());
    const QCommandLineOption pairing = pairingOption(QStringLiteral("Only this pairing's sessions (id or code)."));
    parser.addOption(pairing);
    int exit = Ok;
    if (!parse(parser, arguments, QStringLiteral("sessions"), m_out, m_err, &exit))
        return exit;
    const auto database = openDatabase(parser, m_err);
    if (!database)
        return Failed;

    QList<ProgrammeQueries::PairingListing> pairings;
    if (parser.isSet(pairing)) {
        const auto one = pairingOf(*database, parser.value(pairing));
        if (!one) {
            m_err << "city2city-cli sessions: " << one.error() << '\n';
            return Usage;
        }
        pairings << one.value();
    } else {
        const auto all = ProgrammeQueries(database->connection()).pairings();
        if (!all) {
            m_err << "city2city-cli: " << all.error() << '\n';
            return Failed;
        }
        pairings = all.value();
    }

    const SessionStore store(database->connection(), database->clock());
    QJsonArray list;
    int count = 0;
    for (const auto &p : std::as_const(pairings)) {
        const auto sessions = store.ofPairing(p.id);
        if (!sessions) {
            m_err << "city2city-cli: " << sessions.error() << '\n';
            return Failed;
        }
        for (const SessionRecord &s : sessions.value()) {
            ++count;
            const auto local = SessionSchedule::localTimes(s.startUtc, p.cities);
            if (parser.isSet(QStringLiteral("json"))) {
                list.append(QJsonObject{
                    {QStringLiteral("id"), s.id},
                    {QStringLiteral("pairing"), p.code},
                    {QStringLiteral("sequence"), s.sequence},
                    {QStringLiteral("kind"), s.kind},
                    {QStringLiteral("title"), s.title},
                    {QStringLiteral("status"), s.status},
                    {QStringLiteral("mode"), s.mode},
                    {QStringLiteral("start_utc"), s.startUtc.isValid() ? QJsonValue(utcText(s.startUtc)) : QJsonValue()},
                    {QStringLiteral("duration_minutes"), s.durationMinutes},
                    {QStringLiteral("local"), localJson(local)}});
                continue;
            }
            m_out << padded(QStringLiteral("%1 #%2").arg(p.code).arg(s.sequence), 10)
                  << padded(Vocabulary::sessionKindLabel(s.kind), 24)
                  << padded(Vocabulary::sessionStatusLabel(s.status), 11)
                  << (s.startUtc.isValid() ? utcText(s.startUtc) : QStringLiteral("no time yet"))
                  << "  " << s.durationMinutes << " min\n";
            if (!local.isEmpty())
                m_out << "          " << SessionSchedule::localTimesLine(s.startUtc, p.cities) << '\n';
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    else
        m_out << count << (count == 1 ? " session\n" : " sessions\n");
    return Ok;
}

int CommandLine::findSlots(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption(jsonOption());
    const QCommandLineOption pairing = pairingOption(QStringLiteral("The pairing (id or code)."));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day (UTC), YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day (UTC), YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption duration(QStringLiteral("duration"), QStringLiteral("Length of the session in minutes."), QStringLiteral("MINUTES"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most this many slots (default 20)."), QStringLiteral("N"), QStringLiteral("20"));
    parser.addOptions({pairing, from, to, duration, limit});
    int exit = Ok;
    if (!parse(parser, arguments, QStringLiteral("slots"), m_out, m_err, &exit))
        return exit;
    for (const auto &required : {pairing, from, to, duration}) {
        if (!parser.isSet(required)) {
            m_err << "city2city-cli slots: --" << required.names().constFirst() << " is required\n";
            return Usage;
        }
    }
    const QDate first = IsoDate::parse(parser.value(from));
    const QDate last = IsoDate::parse(parser.value(to));
    bool minutesOk = false, limitOk = false;
    const int minutes = parser.value(duration).toInt(&minutesOk);
    const int cap = parser.value(limit).toInt(&limitOk);
    if (!first.isValid() || !last.isValid()) {
        m_err << "city2city-cli slots: dates are written YYYY-MM-DD, e.g. 2027-03-15\n";
        return Usage;
    }
    if (!minutesOk || !limitOk || cap < 1) {
        m_err << "city2city-cli slots: --duration and --limit take a whole number\n";
        return Usage;
    }
    const auto open = openPairing(parser, parser.value(pairing), QStringLiteral("slots"), m_err, &exit);
    if (!open)
        return exit;
    const Database &database = *open->database;
    const auto cities = WorkingHoursStore(database.connection(), database.clock()).citiesOfPairing(open->pairing.id);
    if (!cities) {
        m_err << "city2city-cli: " << cities.error() << '\n';
        return Failed;
    }
    if (Status s = SlotFinder::validate(cities.value(), first, last, minutes); !s) {
        m_err << "city2city-cli slots: " << s.error() << '\n';
        return Usage;
    }
    const SlotSearch search = SlotFinder::find(cities.value(), first, last, minutes, cap);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Slot &slot : search.found) {
            QJsonArray local;
            for (const CityFit &fit : slot.cities)
                local.append(QJsonObject{{QStringLiteral("city"), fit.city},
                                         {QStringLiteral("time_zone"), fit.timeZone},
                                         {QStringLiteral("start"), fit.localStart.toString(Qt::ISODate)},
                                         {QStringLiteral("minutes_outside"), fit.minutesOutside}});
            list.append(QJsonObject{{QStringLiteral("start_utc"), utcText(slot.startUtc)},
                                    {QStringLiteral("fits"), slot.fitsEveryone()},
                                    {QStringLiteral("local"), local}});
        }
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (!search.anyFits)
        m_out << "No time between " << first.toString(Qt::ISODate) << " and " << last.toString(Qt::ISODate)
              << " falls inside every city's working hours. The closest:\n\n";
    for (const Slot &slot : search.found) {
        m_out << utcText(slot.startUtc) << '\n';
        for (const CityFit &fit : slot.cities) {
            m_out << "    " << padded(fit.city, 20) << fit.localStart.toString(QStringLiteral("ddd yyyy-MM-dd HH:mm"))
                  << "  " << fit.localStart.timeZoneAbbreviation();
            if (!fit.fits())
                m_out << "  (" << fit.problem << ')';
            m_out << '\n';
        }
    }
    return Ok;
}

int CommandLine::planCycle(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption(jsonOption());
    const QCommandLineOption pairing = pairingOption(QStringLiteral("The pairing (id or code)."));
    const QCommandLineOption start(QStringLiteral("start"), QStringLiteral("Week of the first session, YYYY-MM-DD."), QStringLiteral("DATE"));
    parser.addOptions({pairing, start});
    int exit = Ok;
    if (!parse(parser, arguments, QStringLiteral("plan-cycle"), m_out, m_err, &exit))
        return exit;
    if (!parser.isSet(pairing) || !parser.isSet(start)) {
        m_err << "city2city-cli plan-cycle: --pairing and --start are required\n";
        return Usage;
    }
    const QDate first = IsoDate::parse(parser.value(start));
    if (!first.isValid()) {
        m_err << "city2city-cli plan-cycle: dates are written YYYY-MM-DD, e.g. 2027-03-15\n";
        return Usage;
    }
    auto open = openPairing(parser, parser.value(pairing), QStringLiteral("plan-cycle"), m_err, &exit);
    if (!open)
        return exit;
    Database *database = open->database.get();
    const ProgrammeQueries::PairingListing *listing = &open->pairing;
    const auto cities = WorkingHoursStore(database->connection(), database->clock()).citiesOfPairing(listing->id);
    const auto templates = TemplateStore(database->connection(), database->clock()).templates();
    if (!cities || !templates) {
        m_err << "city2city-cli: " << (cities ? templates.error() : cities.error()) << '\n';
        return Failed;
    }
    const int next = SessionStore(database->connection(), database->clock()).nextSequence(listing->id);
    const auto proposal = CyclePlanner::propose(listing->id, first, cities.value(), templates.value(), next);

    // The same edit the window makes, so the same rules and one transaction apply.
    QUndoStack undoStack;
    ChangeNotifier notifier;
    Editor editor(*database, &undoStack, &notifier);
    const auto ids = editor.addSessions(proposal, QStringLiteral("Plan cycle of %1").arg(listing->code));
    if (!ids) {
        m_err << "city2city-cli plan-cycle: " << ids.error() << '\n';
        return Failed;
    }
    const SessionStore store(database->connection(), database->clock());
    QJsonArray list;
    for (qint64 id : ids.value()) {
        const auto s = store.fetch(id);
        if (!s)
            continue;
        if (parser.isSet(QStringLiteral("json"))) {
            list.append(QJsonObject{{QStringLiteral("id"), s->id},
                                    {QStringLiteral("pairing"), listing->code},
                                    {QStringLiteral("sequence"), s->sequence},
                                    {QStringLiteral("kind"), s->kind},
                                    {QStringLiteral("status"), s->status},
                                    {QStringLiteral("start_utc"), s->startUtc.isValid() ? QJsonValue(utcText(s->startUtc)) : QJsonValue()},
                                    {QStringLiteral("duration_minutes"), s->durationMinutes},
                                    {QStringLiteral("local"), localJson(SessionSchedule::localTimes(s->startUtc, listing->cities))}});
        } else {
            m_out << "Session " << s->sequence << " (" << Vocabulary::sessionKindLabel(s->kind) << "): "
                  << (s->startUtc.isValid() ? utcText(s->startUtc) : QStringLiteral("no time found")) << '\n'
                  << "    " << SessionSchedule::localTimesLine(s->startUtc, listing->cities) << '\n';
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    return Ok;
}

int CommandLine::exportIcs(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption session(QStringLiteral("session"), QStringLiteral("One session, by id."), QStringLiteral("ID"));
    const QCommandLineOption pairing = pairingOption(QStringLiteral("Every session of the pairing (id or code)."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The .ics file to write."), QStringLiteral("FILE"));
    parser.addOptions({session, pairing, out});
    int exit = Ok;
    if (!parse(parser, arguments, QStringLiteral("export-ics"), m_out, m_err, &exit))
        return exit;
    if (parser.isSet(session) == parser.isSet(pairing) || !parser.isSet(out)) {
        m_err << "city2city-cli export-ics: give --out FILE and either --session ID or --pairing ID\n";
        return Usage;
    }
    const auto database = openDatabase(parser, m_err);
    if (!database)
        return Failed;
    const SessionStore store(database->connection(), database->clock());
    QList<SessionRecord> sessions;
    Result<ProgrammeQueries::PairingListing> listing = Status::failure(QString());
    if (parser.isSet(session)) {
        bool isNumber = false;
        const qint64 id = parser.value(session).toLongLong(&isNumber);
        const auto one = isNumber ? store.fetch(id) : Result<SessionRecord>::failure(QStringLiteral("a session id is a number"));
        if (!one) {
            m_err << "city2city-cli export-ics: " << one.error() << '\n';
            return Usage;
        }
        sessions << one.value();
        listing = ProgrammeQueries(database->connection()).pairing(one->pairingId);
    } else {
        listing = pairingOf(*database, parser.value(pairing));
        if (!listing) {
            m_err << "city2city-cli export-ics: " << listing.error() << '\n';
            return Usage;
        }
        const auto all = store.ofPairing(listing->id);
        for (const SessionRecord &s : all ? all.value() : QList<SessionRecord>()) {
            if (const auto full = store.fetch(s.id); full && full->startUtc.isValid())
                sessions << full.value(); // sessions without a time yet are left out
        }
    }
    if (!listing) {
        m_err << "city2city-cli: " << listing.error() << '\n';
        return Failed;
    }
    QList<CalendarEvent> events;
    for (const SessionRecord &s : std::as_const(sessions)) {
        if (Status st = SessionCalendar::checkExportable(s); !st) {
            m_err << "city2city-cli export-ics: " << st.error() << '\n';
            return Failed;
        }
        events << SessionCalendar::eventOf(s, listing.value(), database->clock().nowUtc());
    }
    if (events.isEmpty()) {
        m_err << "city2city-cli export-ics: " << listing->code << " has no session with a date and time.\n";
        return Failed;
    }
    const QString name = QStringLiteral("UTM City2City %1").arg(listing->code);
    if (Status st = IcsCalendar::writeFile(parser.value(out), events, name); !st) {
        m_err << "city2city-cli export-ics: " << st.error() << '\n';
        return Failed;
    }
    m_out << "Wrote " << events.size() << (events.size() == 1 ? " event to " : " events to ")
          << parser.value(out) << '\n';
    return Ok;
}
