#include "ReadinessQueries.h"

#include "database/SqlErrors.h"
#include "store/PilotStore.h"
#include "store/SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Status failed(const QSqlQuery &q)
{
    return Status::failure(sqlErrorMessage(q.lastError()));
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

const QString Pilots = QStringLiteral(
    " FROM pilot p JOIN city c ON c.id = p.city_id JOIN country co ON co.id = c.country_id"
    " JOIN pairing pr ON pr.id = p.pairing_id JOIN theme t ON t.id = pr.theme_id");

// Every filter is bound; 0 switches it off.
const QString Chosen = QStringLiteral(
    " WHERE (:pilot = 0 OR p.id = :pilot2) AND (:pairing = 0 OR p.pairing_id = :pairing2)"
    " AND (:theme = 0 OR pr.theme_id = :theme2) AND (:city = 0 OR p.city_id = :city2)");

// The latest assessment is the one with the latest date, then the latest recorded: the same
// order as a pilot's history.
const QString LatestOfPilot = QStringLiteral(
    "(SELECT a.id FROM readiness_assessment a WHERE a.pilot_id = p.id"
    " ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC LIMIT 1)");

// One row per pilot with its latest assessment (%1: its summary, or NULL).
const QString Standings = QStringLiteral(
    "SELECT p.id, p.title, p.city_id, c.name, co.code, p.pairing_id, pr.code, t.id, t.code, t.name,"
    " p.expected_start, (SELECT count(*) FROM readiness_assessment a WHERE a.pilot_id = p.id),"
    " la.id, la.uuid, la.session_id, la.assessed_on, %1, la.created_at, la.updated_at")
    + Pilots + QStringLiteral(" LEFT JOIN readiness_assessment la ON la.id = ") + LatestOfPilot + Chosen
    + QStringLiteral(" ORDER BY pr.code, c.name, p.id");

// The levels of those assessments, in the order they were written (%1: the evidence, or NULL).
const QString LevelsOfLatest = QStringLiteral(") SELECT l.assessment_id, l.dimension, l.level, %1 FROM latest"
                                              " JOIN readiness_level l ON l.assessment_id = latest.id ORDER BY l.id");
const QString LatestLevels = QStringLiteral("WITH latest (id) AS (SELECT ") + LatestOfPilot + Pilots + Chosen
    + LevelsOfLatest;
// Every pilot's: found without the joins that only the filters need (a third less time at
// 24,000 pilots).
const QString LatestLevelsOfAll = QStringLiteral("WITH latest (id) AS (SELECT ") + LatestOfPilot
    + QStringLiteral(" FROM pilot p") + LevelsOfLatest;

// The filters are bound twice each: SQLite's named parameters cannot be reused by Qt's binding.
void bindFilter(BoundStatement &statement, const PilotFilter &filter)
{
    statement.bind(QStringLiteral(":pairing"), filter.pairingId);
    statement.bind(QStringLiteral(":pairing2"), filter.pairingId);
    statement.bind(QStringLiteral(":theme"), filter.themeId);
    statement.bind(QStringLiteral(":theme2"), filter.themeId);
    statement.bind(QStringLiteral(":city"), filter.cityId);
    statement.bind(QStringLiteral(":city2"), filter.cityId);
}

BoundStatement chosen(const QString &sql, const PilotFilter &filter, qint64 pilotId)
{
    BoundStatement statement{sql, {}};
    statement.bind(QStringLiteral(":pilot"), pilotId);
    statement.bind(QStringLiteral(":pilot2"), pilotId);
    bindFilter(statement, filter);
    return statement;
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
    return {chosen(Standings.arg(full ? QStringLiteral("la.summary") : QStringLiteral("NULL")), filter, pilotId),
            everyPilot ? BoundStatement{LatestLevelsOfAll.arg(evidence), {}}
                       : chosen(LatestLevels.arg(evidence), filter, pilotId)};
}

// Two reads whatever the number of pilots: the standings with their latest assessments, then
// those assessments' levels (each found again by the same filter, which SQLite answers from
// indexes faster than from a list of ids bound in chunks).
static Result<QList<PilotStanding>> readStandings(QSqlDatabase db, const Rubric &rubric,
                                                  const PilotFilter &filter, qint64 pilotId,
                                                  ReadinessQueries::Detail detail)
{
    const QList<BoundStatement> statements = ReadinessQueries::standingsStatements(filter, pilotId, detail);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!statements.at(0).prepareOn(q) || !q.exec())
        return failed(q);
    QList<PilotStanding> rows;
    QHash<qint64, int> byAssessment;
    while (q.next()) {
        PilotStanding s;
        s.pilotId = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.cityId = q.value(2).toLongLong();
        s.cityName = q.value(3).toString();
        s.countryCode = q.value(4).toString();
        s.pairingId = q.value(5).toLongLong();
        s.pairingCode = q.value(6).toString();
        s.themeId = q.value(7).toLongLong();
        s.themeCode = q.value(8).toString();
        s.themeName = q.value(9).toString();
        s.expectedStart = dateOf(q.value(10));
        s.assessments = q.value(11).toInt();
        if (!q.value(12).isNull()) {
            AssessmentRecord a;
            a.id = q.value(12).toLongLong();
            a.uuid = q.value(13).toString();
            a.pilotId = s.pilotId;
            a.sessionId = SqlValues::optionalId(q.value(14));
            a.assessedOn = dateOf(q.value(15));
            a.summary = q.value(16).toString();
            a.createdAt = q.value(17).toString();
            a.updatedAt = q.value(18).toString();
            byAssessment.insert(a.id, int(rows.size()));
            s.latest = std::move(a);
        }
        rows << s;
    }
    QSqlQuery l(db);
    l.setForwardOnly(true);
    if (!statements.at(1).prepareOn(l) || !l.exec())
        return failed(l);
    while (l.next()) {
        const int row = byAssessment.value(l.value(0).toLongLong(), -1);
        if (row >= 0 && rows[row].latest)
            rows[row].latest->levels << DimensionLevel{l.value(1).toString(), l.value(2).toInt(), l.value(3).toString()};
    }
    for (PilotStanding &s : rows)
        s.readiness = rubric.evaluate(s.latest ? &*s.latest : nullptr);
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
    BoundStatement statement{QStringLiteral(
        "SELECT %1 FROM pilot_plan_action a JOIN pilot p ON p.id = a.pilot_id"
        " JOIN pairing pr ON pr.id = p.pairing_id"
        " WHERE (:pairing = 0 OR p.pairing_id = :pairing2) AND (:theme = 0 OR pr.theme_id = :theme2)"
        " AND (:city = 0 OR p.city_id = :city2) ORDER BY a.pilot_id, a.position, a.id")
                  .arg(PlanActionStore::columns()), {}};
    bindFilter(statement, filter);
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
