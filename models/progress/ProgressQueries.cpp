#include "ProgressQueries.h"

#include "database/ProbeConnection.h"
#include "database/ReadSnapshot.h"
#include "database/SqlRows.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <atomic>
#include <future>
#include <system_error>
#include <tuple>
#include <utility>

namespace {

// Every query narrows to the scope the same way (%1: the scope's condition on the pairing p).
// The condition names only the filters in use: an "all or one" form (:pairing = 0 OR p.id =
// :pairing) keeps SQLite from the indexes, and one pairing's figures then walked every
// attendance of the programme.
const QString Pairings = QStringLiteral(
    "SELECT p.id, p.code, t.id, t.code, t.name, p.challenge, p.status FROM pairing p"
    " JOIN theme t ON t.id = p.theme_id WHERE %1 ORDER BY p.code");

const QString Themes = QStringLiteral(
    "SELECT t.id, t.code, t.name FROM theme t WHERE %1 ORDER BY t.position, t.code");

// Each member's label made by SQLite (one text instead of two); unordered, as programme() puts
// each pairing's in their order. The whole programme's are read city by city in the city
// table's order, each city's memberships from their index (CROSS JOIN keeps that order), so
// that each page of the 4 MB of cities is read once; found from the memberships, they were
// read again and again through SQLite's 2 MB cache. With the pairings joined and the rows
// sorted as well, the read took 49 ms at 10,000 pairings; now 34 ms. A scope's memberships are
// few: each one's city is found by id.
const QString Members = QStringLiteral(
    "SELECT pc.pairing_id, pc.position, pc.id, c.id, c.country_id, c.name || ' (' || co.code || ')'"
    " FROM {members} CROSS JOIN country co ON co.id = c.country_id WHERE %1");

const QString Sessions = QStringLiteral(
    "SELECT s.pairing_id, s.id, s.sequence, s.kind, s.status, s.start_utc FROM session s"
    " WHERE %1 ORDER BY s.pairing_id, s.sequence");

// Each action item's session, status and due date, from the covering index in the order of its
// sessions, counted by programme(): SQLite's sums of four expressions took 55 of the 65 ms this
// read took at 200,000 action items, and stepping the index 13.
const QString Actions = QStringLiteral(
    "SELECT a.session_id, a.status, a.due_date FROM action_item a WHERE %1 ORDER BY a.session_id");

const QString Participants = QStringLiteral(
    "SELECT count(DISTINCT a.person_id) FROM attendance a WHERE a.status = 'present' AND %1");

// The member cities and their countries, each once (what programme() counts from Members).
const QString Places = QStringLiteral(
    "SELECT count(DISTINCT pc.city_id), count(DISTINCT c.country_id) FROM pairing_city pc"
    " JOIN city c ON c.id = pc.city_id WHERE %1");

// What a statement's condition is on: the pairing p or the theme t of the statement itself, or
// a column holding a pairing's id (PairingIn) or a session's (SessionIn), narrowed to those in
// scope by a subquery; the whole programme then needs no look-up at all.
enum class Narrows { Pairing, Theme, PairingIn, SessionIn };

BoundStatement scoped(const QString &sql, const ProgressScope &scope, Narrows on = Narrows::Pairing,
                      QLatin1StringView column = {})
{
    const bool onTheme = on == Narrows::Theme;
    QStringList terms;
    if (scope.themeId)
        terms << (onTheme ? QStringLiteral("t.id = :theme") : QStringLiteral("p.theme_id = :theme"));
    if (scope.pairingId)
        terms << (onTheme ? QStringLiteral("t.id = (SELECT theme_id FROM pairing WHERE id = :pairing)")
                          : QStringLiteral("p.id = :pairing"));
    QString where = terms.isEmpty() ? QStringLiteral("1 = 1") : terms.join(QStringLiteral(" AND "));
    if (on == Narrows::PairingIn && !terms.isEmpty())
        where = QStringLiteral("%1 IN (SELECT p.id FROM pairing p WHERE %2)").arg(column, where);
    if (on == Narrows::SessionIn && !terms.isEmpty())
        where = QStringLiteral("%1 IN (SELECT s.id FROM session s JOIN pairing p ON p.id = s.pairing_id"
                               " WHERE %2)").arg(column, where);
    BoundStatement statement{sql.arg(where), {}};
    if (scope.themeId)
        statement.bind(QStringLiteral(":theme"), scope.themeId);
    if (scope.pairingId)
        statement.bind(QStringLiteral(":pairing"), scope.pairingId);
    return statement;
}

BoundStatement membersRead(const ProgressScope &scope)
{
    const bool all = !scope.themeId && !scope.pairingId;
    const QString sql = QString(Members).replace(QLatin1StringView("{members}"),
        all ? QLatin1StringView("city c CROSS JOIN pairing_city pc ON pc.city_id = c.id")
            : QLatin1StringView("pairing_city pc CROSS JOIN city c ON c.id = pc.city_id"));
    return scoped(sql, scope, Narrows::PairingIn, QLatin1StringView("pc.pairing_id"));
}

BoundStatement sessionsRead(const ProgressScope &scope)
{
    return scoped(Sessions, scope, Narrows::PairingIn, QLatin1StringView("s.pairing_id"));
}

BoundStatement actionsRead(const ProgressScope &scope)
{
    return scoped(Actions, scope, Narrows::SessionIn, QLatin1StringView("a.session_id"));
}

BoundStatement participantsRead(const ProgressScope &scope)
{
    return scoped(Participants, scope, Narrows::SessionIn, QLatin1StringView("a.session_id"));
}

// Only the cycle's own sessions (matchmaking, sharing, learning, showcasing) move a pairing
// along the stages; study visits and other sessions come on top. Four of them held complete
// the cycle: the pairing is piloting.
class Cycle
{
public:
    void held(QAnyStringView kind)
    {
        static constexpr std::array<QLatin1StringView, 4> Steps{
            QLatin1StringView("matchmaking"), QLatin1StringView("sharing"), QLatin1StringView("learning"),
            QLatin1StringView("showcasing")};
        for (int step = 1; step <= int(Steps.size()); ++step) {
            if (QAnyStringView::equal(kind, Steps[step - 1])) {
                ++m_held;
                m_furthest = std::max(m_furthest, step);
                return;
            }
        }
    }
    QString stage() const
    {
        static const QStringList stages = ProgressQueries::stageKeys();
        return m_held >= Length ? stages.last() : stages.at(m_furthest);
    }

private:
    static constexpr int Length = 4;
    int m_held = 0;
    int m_furthest = 0; // 0: not started
};

using Standings = Result<QList<PilotStanding>>;

// The pilots' standings of a programme or a theme, read on a thread of their own with a
// connection of their own while the caller reads the rest: they are more than half of the
// read (0.2 of 0.37 s of work at 10,000 pairings), and a laptop has a second core. They count
// only when that connection's snapshot is the caller's (the same last change); otherwise, or
// when the file cannot be opened again or no thread can be started, the caller reads them.
std::future<Standings> standingsBeside(const ReadSnapshot &snapshot, const PilotFilter &filter,
                                       const Rubric &rubric)
{
    const QString file = snapshot.fileName();
    if (!snapshot.lastChange() || file.isEmpty())
        return {};
    const auto read = [file, filter, &rubric, lastChange = *snapshot.lastChange()]() -> Standings {
        const ProbeConnection reader(file);
        if (!reader.isOpen())
            return Status::failure(reader.error());
        const ReadSnapshot same(reader.connection());
        if (same.lastChange() != lastChange)
            return Status::failure(QStringLiteral("the file changed between the two snapshots"));
        return ReadinessQueries(reader.connection(), rubric).standings(filter, ReadinessQueries::Detail::Levels);
    };
    try {
        return std::async(std::launch::async, read);
    } catch (const std::system_error &) { // no thread to be had: the caller reads them
        return {};
    }
}

std::atomic<quint64> pilotsReadBesideCount{0};

} // namespace

ProgressQueries::ProgressQueries(QSqlDatabase db, QDate today, const Rubric &rubric)
    : m_db(std::move(db)), m_today(today), m_rubric(rubric)
{
}

QStringList ProgressQueries::stageKeys()
{
    return {QStringLiteral("not_started"), QStringLiteral("matchmaking"), QStringLiteral("sharing"),
            QStringLiteral("learning"), QStringLiteral("showcasing"), QStringLiteral("piloting")};
}

QString ProgressQueries::stageName(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("not_started"), QT_TRANSLATE_NOOP("ProgressQueries", "Not started")},
        {QStringLiteral("matchmaking"), QT_TRANSLATE_NOOP("ProgressQueries", "Matchmaking")},
        {QStringLiteral("sharing"), QT_TRANSLATE_NOOP("ProgressQueries", "Sharing")},
        {QStringLiteral("learning"), QT_TRANSLATE_NOOP("ProgressQueries", "Learning")},
        {QStringLiteral("showcasing"), QT_TRANSLATE_NOOP("ProgressQueries", "Showcasing")},
        {QStringLiteral("piloting"), QT_TRANSLATE_NOOP("ProgressQueries", "Piloting")},
    };
    const char *name = names.value(key);
    return name ? QCoreApplication::translate("ProgressQueries", name) : key;
}

QString ProgressQueries::stageOf(const QStringList &heldKinds)
{
    Cycle cycle;
    for (const QString &kind : heldKinds)
        cycle.held(kind);
    return cycle.stage();
}

QDate ProgressQueries::quarterStart(QDate day)
{
    return QDate(day.year(), ((day.month() - 1) / 3) * 3 + 1, 1);
}

quint64 ProgressQueries::pilotsReadBeside()
{
    return pilotsReadBesideCount;
}

QList<BoundStatement> ProgressQueries::statements(const ProgressScope &scope)
{
    return QList<BoundStatement>{scoped(Pairings, scope), scoped(Themes, scope, Narrows::Theme), membersRead(scope),
                                 sessionsRead(scope), actionsRead(scope), participantsRead(scope)}
        + ReadinessQueries::standingsStatements(PilotFilter{scope.pairingId, scope.themeId, 0}, 0,
                                                ReadinessQueries::Detail::Levels);
}

Result<ProgrammeProgress> ProgressQueries::programme(const ProgressScope &scope) const
{
    ProgrammeProgress result;
    result.scope = scope;
    result.asOf = m_today;
    result.quarterStart = quarterStart(m_today);
    result.quarterEnd = result.quarterStart.addMonths(3).addDays(-1);
    result.scopeLabel = QCoreApplication::translate("ProgressQueries", "Programme");

    // Every statement below reads the same file, even with writes committed meanwhile; it ends
    // after them (the rows are destroyed first).
    const ReadSnapshot snapshot(m_db);
    const PilotFilter pilotFilter{scope.pairingId, scope.themeId, 0};
    // One pairing's pilots take milliseconds: less than opening another connection. A return
    // before they are taken waits for them (std::async's future does), as they read m_rubric.
    std::future<Standings> beside = scope.pairingId ? std::future<Standings>()
                                                    : standingsBeside(snapshot, pilotFilter, m_rubric);

    SqlRows pairings(m_db, scoped(Pairings, scope));
    QHash<qint64, int> rowOf;
    RepeatedText themeCode, themeName, pairingStatus; // four themes, a few statuses: a string each
    while (pairings.next()) {
        PairingProgress p;
        p.pairingId = pairings.integer(0);
        p.code = pairings.text(1);
        p.themeId = pairings.integer(2);
        p.themeCode = themeCode(pairings.utf8(3));
        p.themeName = themeName(pairings.utf8(4));
        p.challenge = pairings.text(5);
        p.status = pairingStatus(pairings.utf8(6));
        rowOf.insert(p.pairingId, int(result.pairings.size()));
        result.pairings.append(std::move(p));
    }
    if (!pairings.status())
        return pairings.status();
    if (scope.pairingId && result.pairings.isEmpty())
        return Status::failure(QCoreApplication::translate("ProgressQueries", "The pairing no longer exists."));

    SqlRows themes(m_db, scoped(Themes, scope, Narrows::Theme));
    while (themes.next()) {
        const qint64 id = themes.integer(0);
        result.stagesByTheme << ThemeStages{id, themes.text(1), themes.text(2), {}};
        result.readinessByTheme << ThemeReadiness{id, themes.text(1), themes.text(2), {}, 0, 0};
    }
    if (!themes.status())
        return themes.status();
    if (scope.pairingId)
        result.scopeLabel = result.pairings.first().code;
    else if (scope.themeId && !result.stagesByTheme.isEmpty())
        result.scopeLabel = result.stagesByTheme.first().themeName;

    // Each pairing's member cities in their order (position, then as added); every city and
    // country once for the totals.
    SqlRows memberRows(m_db, membersRead(scope));
    struct Member
    {
        int row;
        int position;
        qint64 id;
        QString label;
    };
    QList<Member> memberList;
    QList<qint64> cities;
    QList<qint64> countries;
    while (memberRows.next()) {
        const int row = rowOf.value(memberRows.integer(0), -1);
        if (row < 0)
            continue;
        memberList.append(Member{row, memberRows.number(1), memberRows.integer(2), memberRows.text(5)});
        cities.append(memberRows.integer(3));
        countries.append(memberRows.integer(4));
    }
    if (!memberRows.status())
        return memberRows.status();
    std::sort(memberList.begin(), memberList.end(), [](const Member &a, const Member &b) {
        return std::tie(a.row, a.position, a.id) < std::tie(b.row, b.position, b.id);
    });
    for (Member &m : memberList)
        result.pairings[m.row].cities.append(std::move(m.label));
    const auto distinct = [](QList<qint64> &ids) {
        std::sort(ids.begin(), ids.end());
        return int(std::unique(ids.begin(), ids.end()) - ids.begin());
    };

    // The sessions come by pairing: a pairing's row is found once, and its stage when the next
    // begins. Their words are compared as SQLite keeps them, without a string for each.
    SqlRows sessionRows(m_db, sessionsRead(scope));
    QList<std::pair<qint64, int>> sessionRowsById; // (session, its pairing's row), by session
    int row = -1;                                  // the current pairing's, or -1 out of scope
    qint64 currentId = 0;
    Cycle cycle;
    const auto closeCurrent = [&] {
        if (row >= 0)
            result.pairings[row].stage = cycle.stage();
        cycle = Cycle();
    };
    while (sessionRows.next()) {
        if (const qint64 pairingId = sessionRows.integer(0); pairingId != currentId) { // ids are positive
            closeCurrent();
            row = rowOf.value(pairingId, -1);
            currentId = pairingId;
        }
        if (row < 0)
            continue;
        PairingProgress &p = result.pairings[row];
        sessionRowsById.append({sessionRows.integer(1), row});
        const QByteArrayView status = sessionRows.utf8(4);
        if (status != "cancelled")
            ++p.sessionsPlanned;
        if (status == "held") {
            ++p.sessionsHeld;
            cycle.held(QUtf8StringView(sessionRows.utf8(3)));
            const QDate day = sessionRows.date(5); // a UTC instant's own day
            if (day.isValid() && day >= result.quarterStart && day <= result.quarterEnd)
                ++p.sessionsHeldThisQuarter;
        }
    }
    closeCurrent();
    if (!sessionRows.status())
        return sessionRows.status();
    for (PairingProgress &p : result.pairings) {
        if (p.stage.isEmpty()) // no session at all
            p.stage = Cycle().stage();
    }
    std::sort(sessionRowsById.begin(), sessionRowsById.end());

    // Overdue: open or in progress and due before today (ISO dates compare as their bytes, as
    // in SQLite). The items come by session: its pairing's row is found once a session.
    const QByteArray today = m_today.toString(Qt::ISODate).toUtf8();
    SqlRows actionRows(m_db, actionsRead(scope));
    qint64 sessionId = 0;
    PairingProgress *owner = nullptr;
    while (actionRows.next()) {
        if (const qint64 id = actionRows.integer(0); id != sessionId) {
            const auto found = std::lower_bound(sessionRowsById.cbegin(), sessionRowsById.cend(), std::pair(id, 0));
            owner = found != sessionRowsById.cend() && found->first == id ? &result.pairings[found->second] : nullptr;
            sessionId = id;
        }
        if (!owner)
            continue;
        ++owner->actions;
        const QByteArrayView status = actionRows.utf8(1);
        if (status == "done") {
            ++owner->actionsDone;
            continue;
        }
        if (status == "dropped")
            continue;
        ++owner->actionsOpen; // open or in progress: a status is one of four
        if (!actionRows.isNull(2) && actionRows.utf8(2) < QByteArrayView(today))
            ++owner->actionsOverdue;
    }
    if (!actionRows.status())
        return actionRows.status();

    const Result<int> participants = this->participants(scope);
    if (!participants)
        return participants.status();
    result.totals.participants = participants.value();

    // Progress needs each pilot's levels, not the words of its assessment: without the summary
    // and the evidence, the figures of 10,000 pairings hold (and keep) a third of the memory.
    Standings pilots = beside.valid() ? beside.get() : Standings(Status::failure(QStringLiteral("not read beside")));
    if (pilots)
        ++pilotsReadBesideCount;
    else
        pilots = ReadinessQueries(m_db, m_rubric).standings(pilotFilter, ReadinessQueries::Detail::Levels);
    if (!pilots)
        return pilots.status();
    result.pilots = std::move(pilots).value();
    result.totals.cities = distinct(cities);
    result.totals.countries = distinct(countries);
    tally(result);
    return result;
}

Result<int> ProgressQueries::participants(const ProgressScope &scope) const
{
    SqlRows participants(m_db, participantsRead(scope));
    const int count = participants.next() ? participants.number(0) : 0;
    if (!participants.status())
        return participants.status();
    return count;
}

Result<std::pair<int, int>> ProgressQueries::places(const ProgressScope &scope) const
{
    SqlRows places(m_db, scoped(Places, scope, Narrows::PairingIn, QLatin1StringView("pc.pairing_id")));
    const std::pair<int, int> counts = places.next() ? std::pair(places.number(0), places.number(1))
                                                     : std::pair(0, 0);
    if (!places.status())
        return places.status();
    return counts;
}

void ProgressQueries::tally(ProgrammeProgress &progress)
{
    QHash<qint64, int> rowOf;
    for (int row = 0; row < progress.pairings.size(); ++row) {
        PairingProgress &p = progress.pairings[row];
        rowOf.insert(p.pairingId, row);
        p.pilots = 0;
        p.pilotsReady = 0;
        p.lowestReadiness.reset();
    }
    QHash<qint64, int> themeRow;
    for (int row = 0; row < progress.stagesByTheme.size(); ++row) {
        themeRow.insert(progress.stagesByTheme.at(row).themeId, row);
        progress.stagesByTheme[row].byStage.clear();
    }
    for (ThemeReadiness &theme : progress.readinessByTheme) {
        theme.byOverall.clear();
        theme.notAssessed = 0;
        theme.ready = 0;
    }
    ProgressIndicators &totals = progress.totals;
    const ProgressIndicators counted = std::exchange(totals, {});
    totals.cities = counted.cities;
    totals.countries = counted.countries;
    totals.participants = counted.participants;
    progress.sessionsHeldThisQuarter = 0;

    for (const PilotStanding &s : std::as_const(progress.pilots)) {
        const int row = rowOf.value(s.pairingId, -1);
        const int theme = themeRow.value(s.themeId, -1);
        ++totals.pilots;
        if (row >= 0) {
            PairingProgress &p = progress.pairings[row];
            ++p.pilots;
            if (s.readiness.ready)
                ++p.pilotsReady;
            if (s.readiness.overall)
                p.lowestReadiness = p.lowestReadiness ? std::min(*p.lowestReadiness, *s.readiness.overall)
                                                      : *s.readiness.overall;
        }
        if (s.readiness.overall) {
            ++totals.pilotsAssessed;
            ++totals.pilotsByOverall[*s.readiness.overall];
            if (theme >= 0)
                ++progress.readinessByTheme[theme].byOverall[*s.readiness.overall];
        } else if (theme >= 0) {
            ++progress.readinessByTheme[theme].notAssessed;
        }
        if (s.readiness.ready) {
            ++totals.pilotsReady;
            if (theme >= 0)
                ++progress.readinessByTheme[theme].ready;
        }
    }

    for (const PairingProgress &p : std::as_const(progress.pairings)) {
        const int theme = themeRow.value(p.themeId, -1);
        if (theme >= 0)
            ++progress.stagesByTheme[theme].byStage[p.stage];
        totals.sessionsPlanned += p.sessionsPlanned;
        totals.sessionsHeld += p.sessionsHeld;
        progress.sessionsHeldThisQuarter += p.sessionsHeldThisQuarter;
        totals.actions += p.actions;
        totals.actionsDone += p.actionsDone;
        totals.actionsOpen += p.actionsOpen;
        totals.actionsOverdue += p.actionsOverdue;
    }
    totals.pairings = int(progress.pairings.size());
}

Result<PairingDashboard> ProgressQueries::pairing(qint64 pairingId) const
{
    auto programme = this->programme(ProgressScope{0, pairingId});
    if (!programme)
        return programme.status();
    PairingDashboard dashboard;
    dashboard.progress = programme->pairings.first();
    dashboard.pilots = programme->pilots;
    SqlRows sessions(m_db, sessionsRead(ProgressScope{0, pairingId}));
    while (sessions.next()) {
        CycleSessionPoint s;
        s.sessionId = sessions.integer(1);
        s.sequence = sessions.number(2);
        s.kind = sessions.text(3);
        s.status = sessions.text(4);
        s.startUtc = QDateTime::fromString(sessions.text(5), Qt::ISODate);
        dashboard.sessions << s;
    }
    if (!sessions.status())
        return sessions.status();
    return dashboard;
}
