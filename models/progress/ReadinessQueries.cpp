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

// Every filter is bound; 0 switches it off. The latest assessment is the one with the latest
// date, then the latest recorded: the same order as a pilot's history.
const QString Standings = QStringLiteral(
    "SELECT p.id, p.title, p.city_id, c.name, co.code, p.pairing_id, pr.code, t.id, t.code, t.name,"
    " p.expected_start,"
    " (SELECT count(*) FROM readiness_assessment a WHERE a.pilot_id = p.id),"
    " (SELECT a.id FROM readiness_assessment a WHERE a.pilot_id = p.id"
    "   ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC LIMIT 1)"
    " FROM pilot p JOIN city c ON c.id = p.city_id JOIN country co ON co.id = c.country_id"
    " JOIN pairing pr ON pr.id = p.pairing_id JOIN theme t ON t.id = pr.theme_id"
    " WHERE (:pilot = 0 OR p.id = :pilot2) AND (:pairing = 0 OR p.pairing_id = :pairing2)"
    " AND (:theme = 0 OR pr.theme_id = :theme2) AND (:city = 0 OR p.city_id = :city2)"
    " ORDER BY pr.code, c.name, p.id");

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

// %2: the summary, or NULL when only the levels are read.
const QString LatestHeaders = QStringLiteral(
    "SELECT id, uuid, pilot_id, session_id, assessed_on, %2, created_at, updated_at"
    " FROM readiness_assessment WHERE id IN (%1)");

// %2: the evidence, or NULL when only the levels are read.
const QString LatestLevels = QStringLiteral(
    "SELECT assessment_id, dimension, level, %2 FROM readiness_level"
    " WHERE assessment_id IN (%1) ORDER BY id");

} // namespace

ReadinessQueries::ReadinessQueries(QSqlDatabase db, const Rubric &rubric)
    : m_db(std::move(db)), m_rubric(rubric)
{
}

BoundStatement ReadinessQueries::standingsStatement(const PilotFilter &filter, qint64 pilotId)
{
    BoundStatement statement{Standings, {}};
    statement.bind(QStringLiteral(":pilot"), pilotId);
    statement.bind(QStringLiteral(":pilot2"), pilotId);
    bindFilter(statement, filter);
    return statement;
}

static Result<QList<PilotStanding>> readStandings(QSqlDatabase db, const Rubric &rubric,
                                                  const PilotFilter &filter, qint64 pilotId,
                                                  ReadinessQueries::Detail detail)
{
    const bool full = detail == ReadinessQueries::Detail::Full;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!ReadinessQueries::standingsStatement(filter, pilotId).prepareOn(q) || !q.exec())
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
        if (!q.value(12).isNull())
            byAssessment.insert(q.value(12).toLongLong(), int(rows.size()));
        rows << s;
    }
    // The latest assessments in two narrow reads, in chunks that stay within SQLite's limits
    // on bound values; ids come from the database, so they are bound, not spliced as text.
    const QList<qint64> ids = byAssessment.keys();
    constexpr int Chunk = 500;
    for (int from = 0; from < ids.size(); from += Chunk) {
        const QList<qint64> chunk = ids.mid(from, Chunk);
        QStringList marks;
        for (int i = 0; i < chunk.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery h(db);
        h.setForwardOnly(true);
        h.prepare(LatestHeaders.arg(marks.join(QLatin1Char(',')), full ? QStringLiteral("summary") : QStringLiteral("NULL")));
        for (qint64 id : chunk)
            h.addBindValue(id);
        if (!h.exec())
            return failed(h);
        while (h.next()) {
            AssessmentRecord a;
            a.id = h.value(0).toLongLong();
            a.uuid = h.value(1).toString();
            a.pilotId = h.value(2).toLongLong();
            a.sessionId = SqlValues::optionalId(h.value(3));
            a.assessedOn = dateOf(h.value(4));
            a.summary = h.value(5).toString();
            a.createdAt = h.value(6).toString();
            a.updatedAt = h.value(7).toString();
            rows[byAssessment.value(a.id)].latest = a;
        }
        QSqlQuery l(db);
        l.setForwardOnly(true);
        l.prepare(LatestLevels.arg(marks.join(QLatin1Char(',')), full ? QStringLiteral("evidence") : QStringLiteral("NULL")));
        for (qint64 id : chunk)
            l.addBindValue(id);
        if (!l.exec())
            return failed(l);
        while (l.next()) {
            PilotStanding &s = rows[byAssessment.value(l.value(0).toLongLong())];
            if (s.latest)
                s.latest->levels << DimensionLevel{l.value(1).toString(), l.value(2).toInt(), l.value(3).toString()};
        }
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
