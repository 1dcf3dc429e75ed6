#include "ReadinessQueries.h"

#include "database/SqlErrors.h"
#include "database/SqlRows.h"
#include "store/PilotStore.h"
#include "store/SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <tuple>

namespace {

Status failed(const QSqlQuery &q)
{
    return Status::failure(sqlErrorMessage(q.lastError()));
}

const QString Pilots = QStringLiteral(
    " FROM pilot p JOIN city c ON c.id = p.city_id JOIN country co ON co.id = c.country_id"
    " JOIN pairing pr ON pr.id = p.pairing_id JOIN theme t ON t.id = pr.theme_id");

// The latest assessment is the one with the latest date, then the latest recorded: the same
// order as a pilot's history.
const QString LatestOfPilot = QStringLiteral(
    "(SELECT a.id FROM readiness_assessment a WHERE a.pilot_id = p.id"
    " ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC LIMIT 1)");

// One row per pilot with its latest assessment (%1: its summary, or NULL; %2: the filter).
// Ordered by readStandings, not here: SQLite sorted the whole rows, a hundred milliseconds at
// 24,000 pilots.
const QString Standings = QStringLiteral(
    "SELECT p.id, p.title, p.city_id, c.name, co.code, p.pairing_id, pr.code, t.id, t.code, t.name,"
    " p.expected_start, (SELECT count(*) FROM readiness_assessment a WHERE a.pilot_id = p.id),"
    " la.id, la.uuid, la.session_id, la.assessed_on, %1, la.created_at, la.updated_at")
    + Pilots + QStringLiteral(" LEFT JOIN readiness_assessment la ON la.id = ") + LatestOfPilot
    + QStringLiteral(" WHERE %2");

// For the figures (Detail::Levels): what they draw and the latest assessment's id (%1), without
// the country, theme and assessment rows only the words need (half the statement's time at
// 24,000 pilots: 57–77 → 28–34 ms in sqlite3), nor the count of assessments, a second search of
// the assessments for each pilot. Each pilot's city name is read from an index of the names by
// id (schema 11): the city table's rows were read again and again. %2: the filter.
const QString StandingsForFigures = QStringLiteral(
    "SELECT p.id, p.title, p.city_id, c.name, p.pairing_id, pr.code, pr.theme_id, %1"
    " FROM pilot p JOIN city c INDEXED BY city_label_idx ON c.id = p.city_id JOIN pairing pr ON pr.id = p.pairing_id"
    " WHERE %2");

// The levels of those assessments (%1: the evidence, or NULL; %2: the filter).
const QString LevelsOfLatest = QStringLiteral(") SELECT l.assessment_id, l.dimension, l.level, %1 FROM latest"
                                              " JOIN readiness_level l ON l.assessment_id = latest.id");
const QString LatestLevels = QStringLiteral("WITH latest (id) AS (SELECT ") + LatestOfPilot + Pilots
    + QStringLiteral(" WHERE %2") + LevelsOfLatest;
// Every pilot's: found without the joins that only the filters need (a third less time at
// 24,000 pilots).
const QString LatestLevelsOfAll = QStringLiteral("WITH latest (id) AS (SELECT ") + LatestOfPilot
    + QStringLiteral(" FROM pilot p") + LevelsOfLatest;

// The condition names only the filters in use: an "all or one" form (:pilot = 0 OR p.id =
// :pilot) keeps SQLite from the indexes, and one pilot's standing walked every pilot.
// %1 of sql is the columns, %2 the condition.
BoundStatement chosen(const QString &sql, const QString &columns, const PilotFilter &filter, qint64 pilotId)
{
    const std::initializer_list<std::tuple<qint64, const char *, const char *>> filters = {
        {pilotId, "p.id = :pilot", ":pilot"},
        {filter.pairingId, "p.pairing_id = :pairing", ":pairing"},
        {filter.themeId, "pr.theme_id = :theme", ":theme"},
        {filter.cityId, "p.city_id = :city", ":city"},
    };
    QStringList terms;
    BoundStatement statement;
    for (const auto &[id, term, name] : filters) {
        if (id == 0)
            continue;
        terms << QLatin1String(term);
        statement.bind(QLatin1String(name), id);
    }
    statement.sql = sql.arg(columns, terms.isEmpty() ? QStringLiteral("1 = 1") : terms.join(QStringLiteral(" AND ")));
    return statement;
}

// By pairing, city and pilot (inStandingOrder). The pairings' codes are compared once per pairing
// and ranked, not at each comparison of two pilots, and the rows are moved once, in their new
// order: sorting 24,000 standings with inStandingOrder took 14 ms of the dashboard's read.
void putInStandingOrder(QList<PilotStanding> &rows)
{
    QHash<qint64, int> rankOf;
    QList<std::pair<QString, qint64>> codes;
    for (const PilotStanding &s : std::as_const(rows)) {
        if (!rankOf.contains(s.pairingId)) {
            rankOf.insert(s.pairingId, 0);
            codes.append({s.pairingCode, s.pairingId});
        }
    }
    std::sort(codes.begin(), codes.end(),
              [](const auto &a, const auto &b) { return QString::compare(a.first, b.first) < 0; });
    int rank = 0;
    for (int i = 0; i < codes.size(); ++i) {
        if (i > 0 && QString::compare(codes.at(i - 1).first, codes.at(i).first) != 0)
            ++rank;
        rankOf[codes.at(i).second] = rank;
    }
    QList<std::pair<int, int>> order; // (pairing's rank, row)
    order.reserve(rows.size());
    for (int row = 0; row < rows.size(); ++row)
        order.append({rankOf.value(rows.at(row).pairingId), row});
    std::sort(order.begin(), order.end(), [&rows](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        const PilotStanding &x = rows.at(a.second);
        const PilotStanding &y = rows.at(b.second);
        if (const int c = QString::compare(x.cityName, y.cityName); c != 0)
            return c < 0;
        return x.pilotId < y.pilotId;
    });
    // Moved in place along the permutation's cycles: each row once, no second list.
    QList<int> from(rows.size());
    for (int i = 0; i < order.size(); ++i)
        from[i] = order.at(i).second;
    for (int start = 0; start < from.size(); ++start) {
        if (from.at(start) < 0 || from.at(start) == start)
            continue;
        PilotStanding first = std::move(rows[start]);
        int to = start;
        while (from.at(to) != start) {
            const int next = from.at(to);
            rows[to] = std::move(rows[next]);
            from[to] = -1;
            to = next;
        }
        rows[to] = std::move(first);
        from[to] = -1;
    }
}

} // namespace

ReadinessQueries::ReadinessQueries(QSqlDatabase db, const Rubric &rubric)
    : m_db(std::move(db)), m_rubric(rubric)
{
}

QList<BoundStatement> ReadinessQueries::standingsStatements(const PilotFilter &filter, qint64 pilotId, Detail detail)
{
    const bool full = detail == Detail::Full;
    const QString evidence = full ? QStringLiteral("l.evidence") : QStringLiteral("NULL");
    const bool everyPilot = pilotId == 0 && filter.pairingId == 0 && filter.themeId == 0 && filter.cityId == 0;
    BoundStatement levels = everyPilot ? BoundStatement{LatestLevelsOfAll.arg(evidence), {}}
                                       : chosen(LatestLevels, evidence, filter, pilotId);
    // With the words, in the order they were written, as they are shown; for the figures in
    // any order, which SQLite gives without sorting 140,000 rows (a third of the statement).
    if (full)
        levels.sql += QStringLiteral(" ORDER BY l.id");
    return {full ? chosen(Standings, QStringLiteral("la.summary"), filter, pilotId)
                 : chosen(StandingsForFigures, LatestOfPilot, filter, pilotId),
            levels};
}

bool ReadinessQueries::inStandingOrder(const PilotStanding &a, const PilotStanding &b)
{
    if (const int c = QString::compare(a.pairingCode, b.pairingCode); c != 0)
        return c < 0;
    if (const int c = QString::compare(a.cityName, b.cityName); c != 0)
        return c < 0;
    return a.pilotId < b.pilotId;
}

// Each assessment's levels together, as they come (an assessment's levels one after the other).
using AssessedLevels = QList<std::pair<qint64, QList<DimensionLevel>>>;
static Result<AssessedLevels> readLatestLevels(QSqlDatabase db, const BoundStatement &statement, const Rubric &rubric)
{
    SqlRows l(db, statement);
    RepeatedText dimensionId; // a rubric's few ids, over 136,000 levels at 24,000 pilots
    AssessedLevels levels;
    while (l.next()) {
        if (const qint64 id = l.integer(0); levels.isEmpty() || levels.last().first != id) {
            levels.append(std::pair(id, QList<DimensionLevel>()));
            levels.last().second.reserve(rubric.dimensions().size());
        }
        levels.last().second.append(DimensionLevel{dimensionId(l.utf8(1)), l.number(2), l.text(3)});
    }
    if (!l.status())
        return l.status();
    return levels;
}

// Two reads whatever the number of pilots: the standings with their latest assessments, then
// those assessments' levels (each found again by the same filter, which SQLite answers from
// indexes faster than from a list of ids bound in chunks).
static Result<QList<PilotStanding>> readStandings(QSqlDatabase db, const Rubric &rubric,
                                                  const PilotFilter &filter, qint64 pilotId,
                                                  ReadinessQueries::Detail detail)
{
    const QList<BoundStatement> statements = ReadinessQueries::standingsStatements(filter, pilotId, detail);
    SqlRows q(db, statements.at(0));
    QList<PilotStanding> rows;
    QHash<qint64, int> byAssessment;
    while (detail == ReadinessQueries::Detail::Levels && q.next()) {
        PilotStanding s;
        s.pilotId = q.integer(0);
        s.title = q.text(1);
        s.cityId = q.integer(2);
        s.cityName = q.text(3);
        s.pairingId = q.integer(4);
        // A pairing's pilots come together: they share its code.
        s.pairingCode = !rows.isEmpty() && rows.last().pairingId == s.pairingId ? rows.last().pairingCode : q.text(5);
        s.themeId = q.integer(6);
        if (!q.isNull(7)) {
            AssessmentRecord a;
            a.id = q.integer(7);
            a.pilotId = s.pilotId;
            byAssessment.insert(a.id, int(rows.size()));
            s.latest = std::move(a);
        }
        rows.append(std::move(s));
    }
    while (detail == ReadinessQueries::Detail::Full && q.next()) {
        PilotStanding s;
        s.pilotId = q.integer(0);
        s.title = q.text(1);
        s.cityId = q.integer(2);
        s.cityName = q.text(3);
        s.countryCode = q.text(4);
        s.pairingId = q.integer(5);
        s.pairingCode = q.text(6);
        s.themeId = q.integer(7);
        s.themeCode = q.text(8);
        s.themeName = q.text(9);
        s.expectedStart = q.date(10);
        s.assessments = q.number(11);
        if (!q.isNull(12)) {
            AssessmentRecord a;
            a.id = q.integer(12);
            a.uuid = q.text(13);
            a.pilotId = s.pilotId;
            a.sessionId = q.isNull(14) ? std::optional<qint64>() : std::optional<qint64>(q.integer(14));
            a.assessedOn = q.date(15);
            a.summary = q.text(16);
            a.createdAt = q.text(17);
            a.updatedAt = q.text(18);
            byAssessment.insert(a.id, int(rows.size()));
            s.latest = std::move(a);
        }
        rows.append(std::move(s));
    }
    if (!q.status())
        return q.status();
    Result<AssessedLevels> levels = readLatestLevels(db, statements.at(1), rubric);
    if (!levels)
        return levels.status();
    for (auto &[assessmentId, assessed] : levels.value()) {
        const int row = byAssessment.value(assessmentId, -1);
        if (row < 0 || !rows[row].latest)
            continue;
        QList<DimensionLevel> &into = rows[row].latest->levels;
        if (into.isEmpty())
            into = std::move(assessed);
        else
            into.append(assessed);
    }
    for (PilotStanding &s : rows)
        s.readiness = rubric.evaluate(s.latest ? &*s.latest : nullptr);
    // Qt compares UTF-16 where SQLite compared UTF-8 bytes: the two orders differ only between
    // characters beyond U+FFFF and those from U+E000 to U+FFFF.
    putInStandingOrder(rows);
    return rows;
}

Result<QList<PilotStanding>> ReadinessQueries::standings(const PilotFilter &filter, Detail detail) const
{
    return readStandings(m_db, m_rubric, filter, 0, detail);
}

Result<PilotStanding> ReadinessQueries::standing(qint64 pilotId) const
{
    auto rows = readStandings(m_db, m_rubric, {}, pilotId, Detail::Full);
    if (!rows)
        return rows.status();
    if (rows->isEmpty())
        return Status::failure(QCoreApplication::translate("ReadinessQueries", "The pilot no longer exists."));
    return rows->first();
}

Result<QList<AssessmentPoint>> ReadinessQueries::history(qint64 pilotId) const
{
    // The store's clock is not used by reads.
    auto assessments = AssessmentStore(m_db, SystemClock::instance()).history(pilotId);
    if (!assessments)
        return assessments.status();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, s.sequence, s.kind FROM readiness_assessment a"
                             " JOIN session s ON s.id = a.session_id WHERE a.pilot_id = :pilot"));
    q.bindValue(QStringLiteral(":pilot"), pilotId);
    if (!q.exec())
        return failed(q);
    QHash<qint64, QPair<int, QString>> sessions;
    while (q.next())
        sessions.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toString()});
    QList<AssessmentPoint> points;
    for (const AssessmentRecord &a : assessments.value()) {
        AssessmentPoint p;
        p.assessment = a;
        const auto session = sessions.value(a.id);
        p.sessionSequence = session.first;
        p.sessionKind = session.second;
        p.readiness = m_rubric.evaluate(&a);
        points << p;
    }
    return points;
}

Result<QHash<qint64, QList<PlanActionRecord>>> ReadinessQueries::plans(const PilotFilter &filter) const
{
    const BoundStatement statement = chosen(QStringLiteral("SELECT %1 FROM pilot_plan_action a JOIN pilot p ON p.id = a.pilot_id"
                                                           " JOIN pairing pr ON pr.id = p.pairing_id WHERE %2"
                                                           " ORDER BY a.pilot_id, a.position, a.id"),
                                            PlanActionStore::columns(), filter, 0);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!statement.prepareOn(q) || !q.exec())
        return failed(q);
    QHash<qint64, QList<PlanActionRecord>> plans;
    while (q.next()) {
        PlanActionRecord action = PlanActionStore::fromRow(q);
        plans[action.pilotId] << action;
    }
    return plans;
}
