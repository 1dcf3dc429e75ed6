#include "SyntheticProgramme.h"

#include "SyntheticText.h"
#include "core/Clock.h"
#include "core/TextKey.h"
#include "database/Database.h"
#include "database/SqlErrors.h"
#include "database/SqliteHandle.h"
#include "readiness/Rubric.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <random>

namespace {

// Q_DECLARE_TR_FUNCTIONS tells lupdate the context of each Text::tr() in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticProgramme)
};

Status failed(const QSqlQuery &q)
{
    return Status::failure(sqlErrorMessage(q.lastError()));
}

constexpr int BatchPairings = 250; // one transaction each

const char *const Syllables[] = {
    "ka", "ri", "so", "ma", "lu", "ten", "vor", "an", "bel", "do", "sa", "ni", "gor", "ta", "mi",
    "zan", "pe", "la", "ur", "os", "ki", "va", "ne", "bra", "sti", "mo", "ha", "li", "dar", "en",
    "qui", "tu", "ber", "go", "ra", "shi", "pol", "ya", "ce", "do", "nar", "il", "ven", "ko",
};
const char *const Suffixes[] = {"", "", "", "a", "o", "burg", "pur", "abad", "polis", "ville", "grad", "ia", "ton", "stad"};
const char *const FirstNames[] = {
    "Ana", "Olena", "Jordi", "Hannah", "Kwame", "Priya", "Mateo", "Aylin", "Bilal", "Chiara", "Dmytro",
    "Esi", "Farah", "Gabriel", "Hiroshi", "Ines", "Jae", "Kemal", "Lucía", "Mariam", "Nuno", "Oksana",
    "Pedro", "Qiu", "Rosa", "Sipho", "Tamar", "Umar", "Vera", "Wanjiru", "Ximena", "Yusuf", "Zeynep",
};
const char *const LastNames[] = {
    "Kovalenko", "Ferrà", "Becker", "Mensah", "Sharma", "García", "Yılmaz", "Rossi", "Okafor", "Silva",
    "Petrenko", "Nakamura", "Haddad", "Moreau", "Kim", "Demir", "Costa", "Otieno", "Gurung", "Santos",
    "Ivanova", "Nguyen", "Mwangi", "Lopes", "Aziz", "Novak", "Banda", "Reyes", "Tanaka", "Popescu",
};
const char *const PlanTypes[] = {"SECAP", "SEACAP", "CAP", "Climate plan"};
const char *const Partners[] = {"the national university", "a regional research institute", "the city utility",
                                "a local start-up", "the chamber of commerce", "an NGO of residents",
                                "the water company", "a bus operator", "the energy agency"};
const char *const Funding[] = {"City budget", "National climate fund", "EU grant", "Development bank loan",
                               "Green bond", "Private partner", "Utility investment"};

struct ThemeRow
{
    qint64 id;
    QString code;
};

struct CountryRow
{
    qint64 id;
    QList<QByteArray> zones;
};

struct CityRow
{
    qint64 id;
    qint64 reps[2];
};

// One value of a row: a number, a text or null. Rows are written as braced lists of these,
// which C++ evaluates from left to right: the random choices in them must come in a fixed
// order for a seed to give the same data.
struct Value
{
    enum Kind { Null, Integer, Real, Text, Ascii };
    Kind kind = Null;
    qint64 integer = 0;
    double real = 0;
    QString text;
    QLatin1String ascii;

    Value(int v) : kind(Integer), integer(v) {}
    Value(qint64 v) : kind(Integer), integer(v) {}
    Value(double v) : kind(Real), real(v) {}
    Value(QString v) : kind(v.isNull() ? Null : Text), text(std::move(v)) {} // null as Qt binds it
    // The generator's constant words, all ASCII and so already UTF-8.
    Value(QLatin1String v) : kind(Ascii), ascii(v) {}
    // Null, an id or a text: the optional columns.
    Value(const QVariant &v)
    {
        if (v.isNull())
            return;
        if (v.typeId() == QMetaType::QString) {
            kind = Text;
            text = v.toString();
        } else {
            kind = Integer;
            integer = v.toLongLong();
        }
    }
};

// A prepared insert bound through SQLite's C API: Qt's binding (a placeholder name made per
// value, each value copied into Qt's lists and converted again) took an eighth of the time.
class Insert
{
public:
    Insert() = default;
    Insert(const Insert &) = delete;
    Insert &operator=(const Insert &) = delete;
    ~Insert() { sqlite3_finalize(m_statement); }

    Status prepare(sqlite3 *db, const char *sql)
    {
        m_db = db;
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
            return failed();
        return {};
    }

    // Texts are bound without a copy: the values outlive the step.
    Status exec(std::initializer_list<Value> values)
    {
        int column = 0;
        for (const Value &v : values) {
            ++column;
            int rc = SQLITE_OK;
            switch (v.kind) {
            case Value::Null: rc = sqlite3_bind_null(m_statement, column); break;
            case Value::Integer: rc = sqlite3_bind_int64(m_statement, column, v.integer); break;
            case Value::Real: rc = sqlite3_bind_double(m_statement, column, v.real); break;
            case Value::Text:
                rc = sqlite3_bind_text16(m_statement, column, v.text.utf16(), int(v.text.size() * sizeof(char16_t)),
                                         SQLITE_STATIC);
                break;
            case Value::Ascii:
                rc = sqlite3_bind_text(m_statement, column, v.ascii.data(), int(v.ascii.size()), SQLITE_STATIC);
                break;
            }
            if (rc != SQLITE_OK)
                return failed();
        }
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement); // forget the pointers into values
        if (rc != SQLITE_DONE)
            return failed();
        return {};
    }

private:
    Status failed() const { return Status::failure(QString::fromUtf8(sqlite3_errmsg(m_db))); }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

// Every insert of the generator, prepared once and bound by position for each row.
struct Statements
{
    Insert city, person, pairing, member, session, agenda, attendance, note, action, pilot, plan,
        assessment, level;
};

class Writer
{
public:
    Writer(QSqlDatabase db, const SyntheticProgramme::Options &options,
           const SyntheticProgramme::Progress &progress)
        : m_db(std::move(db)), m_options(options), m_progress(progress), m_random(options.seed),
          m_text(m_random)
    {
    }

    Result<SyntheticProgramme::Counts> run();

private:
    quint64 next(quint64 bound) { return bound ? m_random() % bound : 0; }
    bool chance(int percent) { return int(next(100)) < percent; }
    QString uuid();
    Status exec(Insert &q, std::initializer_list<Value> values) { return q.exec(values); }
    Status prepare();
    Status loadReference();
    Status writeCities();
    Status writePeople(const CityRow &city, int index);
    Status writePairing(int index);
    Status writeSession(qint64 pairingId, const QList<qint64> &cities, int sequence, const QDateTime &start,
                        const QHash<qint64, qint64> &pilotOfCity, const QList<qint64> &members);
    QString cityName();

    QSqlDatabase m_db;
    SyntheticProgramme::Options m_options;
    SyntheticProgramme::Progress m_progress;
    std::mt19937_64 m_random;
    SyntheticText m_text;
    Statements m_q;
    SyntheticProgramme::Counts m_counts;
    QList<ThemeRow> m_themes;
    QList<CountryRow> m_countries;
    QList<qint64> m_methods;
    QList<CityRow> m_cities;
    QList<qint64> m_facilitators;
    QStringList m_dimensions;
    QHash<qint64, int> m_pilotProgress; // pilot -> its base level, for assessments that rise
    qint64 m_nextId[13] = {};
    quint64 m_uuidCounter = 0;
    QSet<QString> m_cityNames;
};

enum Table { City, Person, Pairing, Member, Session, Agenda, Attendance, Note, Action, Pilot, Plan, Assessment, Level };
const char *const TableNames[] = {"city", "person", "pairing", "pairing_city", "session", "agenda_item",
                                  "attendance", "note", "action_item", "pilot", "pilot_plan_action",
                                  "readiness_assessment", "readiness_level"};

// The tables the load fills.
QStringList loadedTables()
{
    QStringList tables;
    for (const char *name : TableNames)
        tables << QLatin1String(name);
    return tables;
}

// Time-ordered like a version 7 UUID (RFC 9562), with a counter where v7 has its clock: each
// key sorts after the previous one, so the tables' uuid indexes grow at their end instead of
// at random pages, which made index upkeep most of the generator's time.
QString Writer::uuid()
{
    static const char hex[] = "0123456789abcdef";
    const quint64 order = ++m_uuidCounter;
    const quint64 random = m_random();
    char out[36];
    int n = 0;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            out[n++] = '-';
        int nibble;
        if (i < 12)
            nibble = int((order >> ((11 - i) * 4)) & 0xf);
        else if (i == 12)
            nibble = 7; // version 7
        else
            nibble = int((random >> ((i - 13) * 4 % 64)) & 0xf);
        if (i == 16)
            nibble = 8 | (nibble & 3); // RFC 9562 variant
        out[n++] = hex[nibble];
    }
    return QString::fromLatin1(out, 36);
}

Status Writer::prepare()
{
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle)
        return Status::failure(Text::tr("The new database is not an SQLite connection."));
    const std::pair<Insert *, const char *> statements[] = {
        {&m_q.city, "INSERT INTO city (id, uuid, name, search_key, country_id, population, gcom_signatory, plan_type,"
                    " plan_citywide, time_zone, cohort_status, created_at, updated_at) VALUES (?,?,?,?,?,?,1,?,1,?,'member',?,?)"},
        {&m_q.person, "INSERT INTO person (id, uuid, name, search_key, organisation, role, city_id, email, created_at,"
                      " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"},
        {&m_q.pairing, "INSERT INTO pairing (id, uuid, code, theme_id, challenge, status, start_date, lead_facilitator_id,"
                       " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"},
        {&m_q.member, "INSERT INTO pairing_city (pairing_id, city_id, position) VALUES (?,?,?)"},
        {&m_q.session, "INSERT INTO session (id, uuid, pairing_id, sequence, kind, title, start_utc, duration_minutes,"
                       " mode, link, status, objectives, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,'online',?,?,?,?,?)"},
        {&m_q.agenda, "INSERT INTO agenda_item (id, uuid, session_id, position, title, method_id, duration_minutes,"
                      " owner_person_id, objectives, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"},
        {&m_q.attendance, "INSERT INTO attendance (session_id, person_id, status) VALUES (?,?,?)"},
        {&m_q.note, "INSERT INTO note (id, uuid, session_id, agenda_item_id, kind, body, city_id, position, created_at,"
                    " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"},
        {&m_q.action, "INSERT INTO action_item (id, uuid, session_id, note_id, description, owner_person_id, city_id,"
                      " due_date, status, done_date, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"},
        {&m_q.pilot, "INSERT INTO pilot (id, uuid, pairing_id, city_id, title, description, inspired_by_city_id,"
                     " academic_partners, private_partners, expected_start, created_at, updated_at)"
                     " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"},
        {&m_q.plan, "INSERT INTO pilot_plan_action (id, uuid, pilot_id, position, title, start_date, end_date,"
                    " responsible, cost_amount, cost_currency, funding_source, indicator, risk, created_at, updated_at)"
                    " VALUES (?,?,?,?,?,?,?,?,?,'EUR',?,?,?,?,?)"},
        {&m_q.assessment, "INSERT INTO readiness_assessment (id, uuid, pilot_id, session_id, assessed_on, summary,"
                          " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)"},
        {&m_q.level, "INSERT INTO readiness_level (assessment_id, dimension, level, evidence) VALUES (?,?,?,?)"},
    };
    for (const auto &[query, sql] : statements) {
        if (Status s = query->prepare(handle, sql); !s)
            return s;
    }
    return {};
}

Status Writer::loadReference()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, code FROM theme ORDER BY position, code")))
        return failed(q);
    while (q.next())
        m_themes << ThemeRow{q.value(0).toLongLong(), q.value(1).toString()};
    if (!q.exec(QStringLiteral("SELECT id, code FROM country ORDER BY code")))
        return failed(q);
    while (q.next()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(q.value(1).toString());
        if (territory == QLocale::AnyTerritory)
            continue;
        QList<QByteArray> zones = QTimeZone::availableTimeZoneIds(territory);
        zones.removeIf([](const QByteArray &z) { return !z.contains('/') || z.startsWith("Etc/"); });
        if (!zones.isEmpty())
            m_countries << CountryRow{q.value(0).toLongLong(), zones};
    }
    if (!q.exec(QStringLiteral("SELECT id FROM method ORDER BY id")))
        return failed(q);
    while (q.next())
        m_methods << q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("SELECT name FROM city")))
        return failed(q);
    while (q.next())
        m_cityNames.insert(q.value(0).toString());
    for (int t = 0; t < 13; ++t) {
        const QString column = t == Member || t == Attendance || t == Level ? QStringLiteral("rowid") : QStringLiteral("id");
        if (!q.exec(QStringLiteral("SELECT coalesce(max(%1), 0) + 1 FROM %2").arg(column, QLatin1String(TableNames[t]))) || !q.next())
            return failed(q);
        m_nextId[t] = q.value(0).toLongLong();
    }
    for (const RubricDimension &d : Rubric::shipped().dimensions())
        m_dimensions << d.id;
    if (m_themes.isEmpty() || m_countries.isEmpty() || m_dimensions.isEmpty())
        return Status::failure(Text::tr("The new database lacks themes, countries or the rubric."));
    return {};
}

QString Writer::cityName()
{
    for (;;) {
        QString name;
        const int syllables = 2 + int(next(2));
        for (int i = 0; i < syllables; ++i)
            name += QLatin1String(Syllables[next(std::size(Syllables))]);
        name += QLatin1String(Suffixes[next(std::size(Suffixes))]);
        name[0] = name.at(0).toUpper();
        if (m_cityNames.contains(name))
            name += QStringLiteral(" %1").arg(QChar(u'A' + int(next(26))));
        if (!m_cityNames.contains(name)) {
            m_cityNames.insert(name);
            return name;
        }
    }
}

Status Writer::writeCities()
{
    const int count = int(m_options.pairings * 2.5 + 0.5);
    const QString stamp = QDateTime(QDate(2022, 1, 10), QTime(9, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    for (int i = 0; i < count; ++i) {
        const CountryRow &country = m_countries.at(int(next(quint64(m_countries.size()))));
        const QString name = cityName();
        const qint64 id = m_nextId[City]++;
        // Cohort cities have at least 50,000 inhabitants; sizes spread over two orders of magnitude.
        const qint64 population = qint64(50000 * std::pow(10.0, double(next(2000)) / 1000.0));
        if (Status s = exec(m_q.city, {id, uuid(), name, TextKey::fold(name), country.id, population,
                                       QLatin1String(PlanTypes[next(std::size(PlanTypes))]),
                                       QString::fromLatin1(country.zones.at(int(next(quint64(country.zones.size()))))),
                                       stamp, stamp}); !s)
            return s;
        CityRow row{id, {0, 0}};
        m_cities << row;
        if (Status s = writePeople(m_cities.last(), i); !s)
            return s;
    }
    m_counts.cities = count;
    const int facilitators = std::max(3, m_options.pairings / 25);
    for (int i = 0; i < facilitators; ++i) {
        const qint64 id = m_nextId[Person]++;
        const QString name = QStringLiteral("%1 %2").arg(QString::fromUtf8(FirstNames[next(std::size(FirstNames))]),
                                                        QString::fromUtf8(LastNames[next(std::size(LastNames))]));
        if (Status s = exec(m_q.person, {id, uuid(), name, TextKey::fold(name), QStringLiteral("UTM team"),
                                         QStringLiteral("facilitator"), QVariant(),
                                         QStringLiteral("facilitator%1@example.org").arg(i), stamp, stamp}); !s)
            return s;
        m_facilitators << id;
        ++m_counts.people;
    }
    return {};
}

Status Writer::writePeople(const CityRow &city, int index)
{
    const QString stamp = QDateTime(QDate(2022, 1, 10), QTime(9, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    for (int r = 0; r < 2; ++r) {
        const qint64 id = m_nextId[Person]++;
        const QString name = QStringLiteral("%1 %2").arg(QString::fromUtf8(FirstNames[next(std::size(FirstNames))]),
                                                        QString::fromUtf8(LastNames[next(std::size(LastNames))]));
        if (Status s = exec(m_q.person, {id, uuid(), name, TextKey::fold(name), QStringLiteral("City administration"),
                                         QStringLiteral("city_representative"), city.id,
                                         QStringLiteral("rep%1.%2@example.org").arg(index).arg(r), stamp, stamp}); !s)
            return s;
        m_cities.last().reps[r] = id;
        ++m_counts.people;
    }
    return {};
}

Status Writer::writePairing(int index)
{
    const ThemeRow &theme = m_themes.at(index % m_themes.size());
    const qint64 id = m_nextId[Pairing]++;
    // Starts spread over four years before the reference date: most cycles are under way or done.
    const QDate start = SyntheticProgramme::referenceDate().addDays(-int(next(4 * 365)) + 60);
    const QString stamp = QDateTime(start.addDays(-30), QTime(10, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    const QString code = QStringLiteral("%1-%2").arg(theme.code).arg(index + 1, 5, 10, QLatin1Char('0'));
    const QString challenge = QStringLiteral("%1: %2").arg(m_text.title(), m_text.paragraph(10 + int(next(12))));
    const bool finished = start.addMonths(15) < SyntheticProgramme::referenceDate();
    if (Status s = exec(m_q.pairing, {id, uuid(), code, theme.id, challenge,
                                      finished ? QStringLiteral("completed") : QStringLiteral("active"),
                                      start.toString(Qt::ISODate),
                                      m_facilitators.at(int(next(quint64(m_facilitators.size())))), stamp, stamp}); !s)
        return s;
    ++m_counts.pairings;

    // 2 to 4 distinct member cities: two in four pairings have three, one in five has four.
    const int size = 2 + (chance(60) ? 1 : 0) + (chance(20) ? 1 : 0);
    QList<qint64> members;
    QList<int> memberRows;
    while (members.size() < std::min<qsizetype>(size, m_cities.size())) {
        const int row = int(next(quint64(m_cities.size())));
        if (memberRows.contains(row))
            continue;
        memberRows << row;
        members << m_cities.at(row).id;
        if (Status s = exec(m_q.member, {id, m_cities.at(row).id, int(members.size() - 1)}); !s)
            return s;
    }

    // A pilot for most member cities, with a plan of 3-6 actions.
    QHash<qint64, qint64> pilotOfCity;
    for (int m = 0; m < members.size(); ++m) {
        if (!chance(85))
            continue;
        const qint64 pilot = m_nextId[Pilot]++;
        const qint64 peer = members.at((m + 1) % members.size());
        if (Status s = exec(m_q.pilot, {pilot, uuid(), id, members.at(m), m_text.title(), m_text.paragraph(25 + int(next(30))),
                                        peer, QLatin1String(Partners[next(3)]), QLatin1String(Partners[3 + next(6)]),
                                        start.addMonths(15 + int(next(6))).toString(Qt::ISODate), stamp, stamp}); !s)
            return s;
        pilotOfCity.insert(members.at(m), pilot);
        m_pilotProgress.insert(pilot, 1 + int(next(2)));
        ++m_counts.pilots;
        const int actions = 3 + int(next(4));
        for (int a = 0; a < actions; ++a) {
            const QDate from = start.addMonths(12 + a * 2);
            if (Status s = exec(m_q.plan, {m_nextId[Plan]++, uuid(), pilot, a, m_text.title(), from.toString(Qt::ISODate),
                                           from.addMonths(2 + int(next(6))).toString(Qt::ISODate),
                                           QStringLiteral("Lead department"), double(5000 * (1 + next(40))),
                                           QLatin1String(Funding[next(std::size(Funding))]),
                                           m_text.title(), m_text.paragraph(8 + int(next(8))), stamp, stamp}); !s)
                return s;
            ++m_counts.planActions;
        }
    }

    QList<qint64> reps;
    for (int row : memberRows)
        reps << m_cities.at(row).reps[0] << m_cities.at(row).reps[1];
    const int sessions = 4 + int(next(3));
    for (int n = 1; n <= sessions; ++n) {
        const QDate day = start.addDays((n - 1) * (80 + int(next(30))));
        const QDateTime at(day, QTime(12 + int(next(5)), int(next(4)) * 15), Qt::UTC);
        if (Status s = writeSession(id, reps, n, at, pilotOfCity, members); !s)
            return s;
    }
    return {};
}

Status Writer::writeSession(qint64 pairingId, const QList<qint64> &reps, int sequence, const QDateTime &start,
                            const QHash<qint64, qint64> &pilotOfCity, const QList<qint64> &members)
{
    static const char *const Kinds[] = {"matchmaking", "sharing", "learning", "showcasing", "knowledge_exchange", "other"};
    const QDate today = SyntheticProgramme::referenceDate();
    const bool past = start.date() < today;
    const QString status = past ? (chance(3) ? QStringLiteral("cancelled") : QStringLiteral("held"))
                                : (start.date() < today.addMonths(6) ? QStringLiteral("scheduled") : QStringLiteral("draft"));
    const qint64 id = m_nextId[Session]++;
    const QString stamp = start.addDays(-20).toString(Qt::ISODateWithMs);
    const QString kind = QLatin1String(Kinds[std::min(sequence - 1, 5)]);
    if (Status s = exec(m_q.session, {id, uuid(), pairingId, sequence, kind, m_text.title(),
                                      start.toString(Qt::ISODateWithMs), 90,
                                      QStringLiteral("https://meet.example.org/%1").arg(id), status,
                                      m_text.paragraph(12 + int(next(20))), stamp, stamp}); !s)
        return s;
    ++m_counts.sessions;

    const int blocks = 6 + int(next(7));
    QList<qint64> blockIds;
    for (int b = 0; b < blocks; ++b) {
        const qint64 block = m_nextId[Agenda]++;
        if (Status s = exec(m_q.agenda, {block, uuid(), id, b, m_text.title(),
                                         m_methods.isEmpty() ? QVariant() : QVariant(m_methods.at(int(next(quint64(m_methods.size()))))),
                                         5 + 5 * int(next(4)), chance(50) ? QVariant(reps.at(int(next(quint64(reps.size()))))) : QVariant(),
                                         m_text.paragraph(6 + int(next(10))), stamp, stamp}); !s)
            return s;
        blockIds << block;
        ++m_counts.agendaItems;
    }
    if (status != QLatin1String("held"))
        return {};

    for (qint64 person : reps) {
        const int roll = int(next(100));
        const char *presence = roll < 85 ? "present" : roll < 95 ? "absent" : "excused";
        if (Status s = exec(m_q.attendance, {id, person, QLatin1String(presence)}); !s)
            return s;
        ++m_counts.attendance;
    }

    const QString written = start.addSecs(5400).toString(Qt::ISODateWithMs);
    static const char *const NoteKinds[] = {"discussion", "discussion", "discussion", "insight", "decision",
                                            "decision", "good_practice", "challenge", "challenge", "discussion"};
    const int notes = 20 + int(next(21));
    QList<qint64> noteIds;
    for (int n = 0; n < notes; ++n) {
        const qint64 note = m_nextId[Note]++;
        const bool underBlock = chance(90);
        if (Status s = exec(m_q.note, {note, uuid(), id, underBlock ? QVariant(blockIds.at(int(next(quint64(blockIds.size()))))) : QVariant(),
                                       QLatin1String(NoteKinds[next(std::size(NoteKinds))]),
                                       m_text.paragraph(20 + int(next(41))),
                                       chance(50) ? QVariant(members.at(int(next(quint64(members.size()))))) : QVariant(),
                                       n, written, written}); !s)
            return s;
        noteIds << note;
        ++m_counts.notes;
    }

    const int actions = 3 + int(next(5));
    for (int a = 0; a < actions; ++a) {
        const QDate due = start.date().addDays(14 + int(next(80)));
        QString actionStatus = QStringLiteral("open");
        QVariant doneDate;
        if (due < today) {
            const int roll = int(next(100));
            actionStatus = roll < 60 ? QStringLiteral("done") : roll < 85 ? QStringLiteral("open")
                                     : roll < 95 ? QStringLiteral("in_progress") : QStringLiteral("dropped");
        } else if (chance(30)) {
            actionStatus = QStringLiteral("in_progress");
        }
        if (actionStatus == QLatin1String("done"))
            doneDate = due.addDays(-int(next(10))).toString(Qt::ISODate);
        if (Status s = exec(m_q.action, {m_nextId[Action]++, uuid(), id,
                                         chance(50) ? QVariant(noteIds.at(int(next(quint64(noteIds.size()))))) : QVariant(),
                                         m_text.title() + QStringLiteral(" — ") + m_text.paragraph(6 + int(next(10))),
                                         reps.at(int(next(quint64(reps.size())))),
                                         members.at(int(next(quint64(members.size())))),
                                         due.toString(Qt::ISODate), actionStatus, doneDate, written, written}); !s)
            return s;
        ++m_counts.actions;
    }

    // Each pilot assessed at every held session, rising along the cycle with some noise.
    // In the pairing's order: a QHash's order changes from one process to the next.
    for (qint64 city : members) {
        const qint64 pilot = pilotOfCity.value(city);
        if (!pilot)
            continue;
        const qint64 assessment = m_nextId[Assessment]++;
        if (Status s = exec(m_q.assessment, {assessment, uuid(), pilot, id, start.date().toString(Qt::ISODate),
                                             chance(40) ? QVariant(m_text.paragraph(10 + int(next(15)))) : QVariant(),
                                             written, written}); !s)
            return s;
        const int base = m_pilotProgress.value(pilot) + (sequence - 1) / 2;
        for (const QString &dimension : std::as_const(m_dimensions)) {
            const int level = std::clamp(base + int(next(3)) - 1, 1, 5);
            if (Status s = exec(m_q.level, {assessment, dimension, level,
                                            chance(30) ? QVariant(m_text.paragraph(6 + int(next(10)))) : QVariant()}); !s)
                return s;
        }
        ++m_counts.assessments;
    }
    return {};
}

Result<SyntheticProgramme::Counts> Writer::run()
{
    QSqlQuery q(m_db);
    // A file that is thrown away if anything fails need not survive a power cut while it is
    // written; its indexes of words are built once at the end rather than row by row.
    // No journal either: each page is written once, not to the log and again at the checkpoint.
    // Every reference the generator writes points at a row it wrote before (the test suite runs
    // foreign_key_check on the result), so checking each insert's parents is wasted work.
    for (const char *pragma : {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF", "PRAGMA cache_size = -131072",
                               "PRAGMA temp_store = MEMORY", "PRAGMA foreign_keys = OFF"}) {
        if (!q.exec(QLatin1String(pragma)))
            return failed(q);
    }
    if (Status s = loadReference(); !s)
        return s;
    if (Status s = prepare(); !s)
        return s;
    // The change log's triggers (schema 6) go too: a generated programme is nobody's edit, and
    // the load pays nothing for them. Its transactions name no author (change_context), so the
    // triggers would log nothing anyway.
    // So do the secondary indexes of the tables the load fills: one sort per index at the end
    // is much cheaper than keeping them in order row by row (many are keyed by random ids).
    // Indexes behind UNIQUE constraints (no sql) stay: they are the constraints.
    // Each is dropped now and created again, from its own SQL, once the rows are in.
    QStringList drops;
    QStringList creates;
    const std::pair<const char *, QString> dropped[] = {
        {"TRIGGER", QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                                   " AND (name LIKE '%fts%' OR name GLOB '*_log_*')")},
        {"INDEX", QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                                 " AND tbl_name IN ('%1')").arg(loadedTables().join(QStringLiteral("', '")))},
    };
    for (const auto &[kind, sql] : dropped) {
        if (!q.exec(sql))
            return failed(q);
        while (q.next()) {
            drops << QStringLiteral("DROP %1 \"%2\"").arg(QLatin1String(kind), q.value(0).toString());
            creates << q.value(1).toString();
        }
    }
    q.finish();
    if (!m_db.transaction())
        return Status::failure(sqlErrorMessage(m_db.lastError()));
    for (const QString &drop : std::as_const(drops)) {
        if (!q.exec(drop))
            return failed(q);
    }
    if (Status s = writeCities(); !s)
        return s;
    for (int i = 0; i < m_options.pairings; ++i) {
        if (Status s = writePairing(i); !s)
            return s;
        if ((i + 1) % BatchPairings == 0 || i + 1 == m_options.pairings) {
            if (!m_db.commit() || !m_db.transaction())
                return Status::failure(sqlErrorMessage(m_db.lastError()));
            if (m_progress)
                m_progress(i + 1, m_options.pairings);
        }
    }
    for (const QString &create : std::as_const(creates)) {
        if (!q.exec(create))
            return failed(q);
    }
    for (const char *rebuild : {"INSERT INTO note_fts (note_fts) VALUES ('rebuild')",
                                "INSERT INTO action_item_fts (action_item_fts) VALUES ('rebuild')"}) {
        if (!q.exec(QLatin1String(rebuild)))
            return failed(q);
    }
    if (!m_db.commit())
        return Status::failure(sqlErrorMessage(m_db.lastError()));
    // Statistics for the query planner, sampled so that this stays quick on a large file.
    for (const char *pragma : {"PRAGMA analysis_limit = 1000", "ANALYZE", "PRAGMA journal_mode = WAL",
                               "PRAGMA foreign_keys = ON"}) {
        if (!q.exec(QLatin1String(pragma)))
            return failed(q);
    }
    return m_counts;
}

void removeFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Result<SyntheticProgramme::Counts> SyntheticProgramme::generate(const QString &path, const Options &options,
                                                                const Progress &progress)
{
    if (options.pairings < 1 || options.pairings > MaxPairings)
        return Status::failure(Text::tr("The number of pairings must be from 1 to %1.").arg(MaxPairings));
    const QFileInfo target(path);
    if (target.exists())
        return Status::failure(Text::tr("%1 already exists; generate writes a new file and never overwrites one.").arg(path));
    if (!target.absoluteDir().exists())
        return Status::failure(Text::tr("The folder %1 does not exist.").arg(target.absolutePath()));
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    removeFiles(partial);
    // Every stamp the seeded programme gets is the reference day's, so files compare equal.
    const FixedClock clock(QDateTime(referenceDate(), QTime(9, 0), Qt::UTC));
    Result<Counts> counts = Status::failure(QString());
    {
        Database::Options databaseOptions;
        databaseOptions.clock = &clock;
        auto database = Database::open(partial, databaseOptions);
        if (!database) {
            removeFiles(partial);
            return database.status();
        }
        counts = Writer(database.value()->connection(), options, progress).run();
        if (!counts)
            database.value()->connection().rollback();
    }
    if (!counts) {
        removeFiles(partial);
        return counts;
    }
    // The last connection's close checkpointed the log into the file and removed it.
    if (QFileInfo(partial + QStringLiteral("-wal")).size() > 0) {
        removeFiles(partial);
        return Status::failure(Text::tr("The new database could not be completed (its log was not written back)."));
    }
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        removeFiles(partial);
        return Status::failure(Text::tr("Could not move the new database to %1.").arg(path));
    }
    return counts;
}
