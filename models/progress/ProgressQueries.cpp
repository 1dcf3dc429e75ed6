#include "ProgressQueries.h"

#include "database/ProbeConnection.h"
#include "database/ReadSnapshot.h"
#include "database/SqlRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <atomic>
#include <future>
#include <system_error>
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

const QString Members = QStringLiteral(
    "SELECT pc.pairing_id, c.id, c.name, co.id, co.code FROM pairing_city pc"
    " JOIN pairing p ON p.id = pc.pairing_id JOIN city c ON c.id = pc.city_id"
    " JOIN country co ON co.id = c.country_id WHERE %1 ORDER BY pc.pairing_id, pc.position");

const QString Sessions = QStringLiteral(
    "SELECT s.pairing_id, s.id, s.sequence, s.kind, s.status, s.start_utc FROM session s"
    " JOIN pairing p ON p.id = s.pairing_id WHERE %1 ORDER BY s.pairing_id, s.sequence");

// Counted in the database per pairing, its sessions in the order of their index and each
// session's action items from a covering index (DESIGN.md Performance): one row per pairing.
// Every action item costs its comparisons: the open ones are the rest (a status is open,
// in_progress, done or dropped), and a date in the past is asked first, as most are not
// (a fifth less time at 200,000 action items).
const QString Actions = QStringLiteral(
    "SELECT s.pairing_id, sum(a.status = 'done'), count(*) - sum(a.status = 'done') - sum(a.status = 'dropped'),"
    " sum(a.due_date < :today AND (a.status = 'open' OR a.status = 'in_progress')), count(*)"
    " FROM pairing p JOIN session s ON s.pairing_id = p.id JOIN action_item a ON a.session_id = s.id"
    " WHERE %1 GROUP BY s.pairing_id");

// %1: the sessions in scope; the whole programme needs no look-up at all.
const QString Participants = QStringLiteral(
    "SELECT count(DISTINCT a.person_id) FROM attendance a WHERE a.status = 'present' AND %1");

// The member cities and their countries, each once (what programme() counts from Members).
const QString Places = QStringLiteral(
    "SELECT count(DISTINCT pc.city_id), count(DISTINCT c.country_id) FROM pairing_city pc"
    " JOIN pairing p ON p.id = pc.pairing_id JOIN city c ON c.id = pc.city_id WHERE %1");

// What a statement's condition is on: the pairing p, the theme t (Themes) or the attendance a
// (Participants).
enum class Narrows { Pairing, Theme, Attendance };

BoundStatement scoped(const QString &sql, const ProgressScope &scope, Narrows on = Narrows::Pairing,
                      const QDate &today = QDate())
{
    const bool onTheme = on == Narrows::Theme;
    QStringList terms;
    if (scope.themeId)
        terms << (onTheme ? QStringLiteral("t.id = :theme") : QStringLiteral("p.theme_id = :theme"));
    if (scope.pairingId)
        terms << (onTheme ? QStringLiteral("t.id = (SELECT theme_id FROM pairing WHERE id = :pairing)")
                          : QStringLiteral("p.id = :pairing"));
    QString where = terms.isEmpty() ? QStringLiteral("1 = 1") : terms.join(QStringLiteral(" AND "));
    if (on == Narrows::Attendance && !terms.isEmpty())
        where = QStringLiteral("a.session_id IN (SELECT s.id FROM session s JOIN pairing p ON p.id = s.pairing_id"
                               " WHERE %1)").arg(where);
    BoundStatement statement{sql.arg(where), {}};
    if (scope.themeId)
        statement.bind(QStringLiteral(":theme"), scope.themeId);
    if (scope.pairingId)
        statement.bind(QStringLiteral(":pairing"), scope.pairingId);
    if (today.isValid())
        statement.bind(QStringLiteral(":today"), today.toString(Qt::ISODate));
    return statement;
}

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

// Only the cycle's own sessions (matchmaking, sharing, learning, showcasing) move a pairing
// along the stages; study visits and other sessions come on top. Four of them held complete
// the cycle: the pairing is piloting.
QString ProgressQueries::stageOf(const QStringList &heldKinds)
{
    constexpr int CycleLength = 4;
    const QStringList stages = stageKeys();
    QString stage = QStringLiteral("not_started");
    int cycleSessions = 0;
    for (const QString &kind : heldKinds) {
        const int index = stages.indexOf(kind);
        if (index <= 0 || kind == QLatin1String("piloting"))
            continue;
        ++cycleSessions;
        if (index > stages.indexOf(stage))
            stage = kind;
    }
    return cycleSessions >= CycleLength ? QStringLiteral("piloting") : stage;
}

QDate ProgressQueries::quarterStart(QDate day)
{
    return QDate(day.year(), ((day.month() - 1) / 3) * 3 + 1, 1);
}

quint64 ProgressQueries::pilotsReadBeside()
{
    return pilotsReadBesideCount;
}

QList<BoundStatement> ProgressQueries::statements(const ProgressScope &scope, QDate today)
{
    return QList<BoundStatement>{scoped(Pairings, scope), scoped(Themes, scope, Narrows::Theme), scoped(Members, scope),
                                 scoped(Sessions, scope), scoped(Actions, scope, Narrows::Pairing, today), scoped(Participants, scope, Narrows::Attendance)}
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
    while (pairings.next()) {
        PairingProgress p;
        p.pairingId = pairings.integer(0);
        p.code = pairings.text(1);
        p.themeId = pairings.integer(2);
        p.themeCode = pairings.text(3);
        p.themeName = pairings.text(4);
        p.challenge = pairings.text(5);
        p.status = pairings.text(6);
        rowOf.insert(p.pairingId, int(result.pairings.size()));
        result.pairings << p;
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

    SqlRows members(m_db, scoped(Members, scope));
    QSet<qint64> cities;
    QSet<qint64> countries;
    while (members.next()) {
        const int row = rowOf.value(members.integer(0), -1);
        if (row < 0)
            continue;
        result.pairings[row].cities << QStringLiteral("%1 (%2)").arg(members.text(2),
                                                                    members.text(4));
        cities.insert(members.integer(1));
        countries.insert(members.integer(3));
    }
    if (!members.status())
        return members.status();

    SqlRows sessions(m_db, scoped(Sessions, scope));
    QHash<qint64, QStringList> heldKinds;
    while (sessions.next()) {
        const qint64 pairingId = sessions.integer(0);
        const int row = rowOf.value(pairingId, -1);
        if (row < 0)
            continue;
        const QString status = sessions.text(4);
        PairingProgress &p = result.pairings[row];
        if (status != QLatin1String("cancelled"))
            ++p.sessionsPlanned;
        if (status == QLatin1String("held")) {
            ++p.sessionsHeld;
            heldKinds[pairingId] << sessions.text(3);
            const QDate day = sessions.date(5); // a UTC instant's own day
            if (day.isValid() && day >= result.quarterStart && day <= result.quarterEnd)
                ++p.sessionsHeldThisQuarter;
        }
    }
    if (!sessions.status())
        return sessions.status();
    for (PairingProgress &p : result.pairings)
        p.stage = stageOf(heldKinds.value(p.pairingId));

    SqlRows actions(m_db, scoped(Actions, scope, Narrows::Pairing, m_today));
    while (actions.next()) {
        const int row = rowOf.value(actions.integer(0), -1);
        if (row < 0)
            continue;
        PairingProgress &p = result.pairings[row];
        p.actionsDone += actions.number(1);
        p.actionsOpen += actions.number(2);
        p.actionsOverdue += actions.number(3);
        p.actions += actions.number(4);
    }
    if (!actions.status())
        return actions.status();

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
    result.totals.cities = int(cities.size());
    result.totals.countries = int(countries.size());
    tally(result);
    return result;
}

Result<int> ProgressQueries::participants(const ProgressScope &scope) const
{
    SqlRows participants(m_db, scoped(Participants, scope, Narrows::Attendance));
    const int count = participants.next() ? participants.number(0) : 0;
    if (!participants.status())
        return participants.status();
    return count;
}

Result<std::pair<int, int>> ProgressQueries::places(const ProgressScope &scope) const
{
    SqlRows places(m_db, scoped(Places, scope));
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
    SqlRows sessions(m_db, scoped(Sessions, ProgressScope{0, pairingId}));
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
