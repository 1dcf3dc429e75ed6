#include "PilotStore.h"

#include "SqlValues.h"
#include "database/SqlErrors.h"
#include "readiness/PilotValidation.h"
#include "readiness/Rubric.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

// Q_DECLARE_TR_FUNCTIONS tells lupdate the context of each Text::tr() in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PilotStore)
};

Status failed(const QSqlQuery &q)
{
    return Status::failure(sqlErrorMessage(q.lastError()));
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

Status removeRow(QSqlDatabase db, const QString &sql, qint64 id, const QString &goneMessage)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return failed(q);
    if (q.numRowsAffected() != 1)
        return Status::failure(goneMessage);
    return {};
}

// ---- pilots

const QString PilotColumns = QStringLiteral(
    "id, uuid, pairing_id, city_id, title, description, inspired_by_city_id, inspired_by_practice,"
    " academic_partners, private_partners, partners, expected_start, created_at, updated_at");

const QString InsertPilot = QStringLiteral(
    "INSERT INTO pilot (id, uuid, pairing_id, city_id, title, description, inspired_by_city_id,"
    " inspired_by_practice, academic_partners, private_partners, partners, expected_start,"
    " created_at, updated_at)"
    " VALUES (:id, :uuid, :pairing_id, :city_id, :title, :description, :inspired_by_city_id,"
    " :inspired_by_practice, :academic_partners, :private_partners, :partners, :expected_start,"
    " :created_at, :updated_at)");

// The pairing and city of a pilot do not change: a pilot belongs to one city's place in a pairing.
const QString UpdatePilot = QStringLiteral(
    "UPDATE pilot SET title = :title, description = :description,"
    " inspired_by_city_id = :inspired_by_city_id, inspired_by_practice = :inspired_by_practice,"
    " academic_partners = :academic_partners, private_partners = :private_partners,"
    " partners = :partners, expected_start = :expected_start, updated_at = :updated_at"
    " WHERE id = :id AND pairing_id = :pairing_id AND city_id = :city_id");

QString pilotGone()
{
    return Text::tr("The pilot no longer exists.");
}

PilotRecord pilotFrom(const QSqlQuery &q)
{
    PilotRecord p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.pairingId = q.value(2).toLongLong();
    p.cityId = q.value(3).toLongLong();
    p.title = q.value(4).toString();
    p.description = q.value(5).toString();
    p.inspiredByCityId = optionalId(q.value(6));
    p.inspiredByPractice = q.value(7).toString();
    p.academicPartners = q.value(8).toString();
    p.privatePartners = q.value(9).toString();
    p.otherPartners = q.value(10).toString();
    p.expectedStart = dateOf(q.value(11));
    p.createdAt = q.value(12).toString();
    p.updatedAt = q.value(13).toString();
    return p;
}

// ---- plan actions

const QString ActionColumns = QStringLiteral(
    "a.id, a.uuid, a.pilot_id, a.position, a.title, a.start_date, a.end_date, a.responsible,"
    " a.cost_amount, a.cost_currency, a.funding_source, a.indicator, a.risk, a.created_at, a.updated_at");

const QString InsertAction = QStringLiteral(
    "INSERT INTO pilot_plan_action (id, uuid, pilot_id, position, title, start_date, end_date,"
    " responsible, cost_amount, cost_currency, funding_source, indicator, risk, created_at, updated_at)"
    " VALUES (:id, :uuid, :pilot_id, :position, :title, :start_date, :end_date, :responsible,"
    " :cost_amount, :cost_currency, :funding_source, :indicator, :risk, :created_at, :updated_at)");

const QString UpdateAction = QStringLiteral(
    "UPDATE pilot_plan_action SET position = :position, title = :title, start_date = :start_date,"
    " end_date = :end_date, responsible = :responsible, cost_amount = :cost_amount,"
    " cost_currency = :cost_currency, funding_source = :funding_source, indicator = :indicator,"
    " risk = :risk, updated_at = :updated_at WHERE id = :id AND pilot_id = :pilot_id");

PlanActionRecord actionFrom(const QSqlQuery &q)
{
    PlanActionRecord a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.pilotId = q.value(2).toLongLong();
    a.position = q.value(3).toInt();
    a.title = q.value(4).toString();
    a.startDate = dateOf(q.value(5));
    a.endDate = dateOf(q.value(6));
    a.responsible = q.value(7).toString();
    a.costAmount = q.value(8).isNull() ? std::nullopt : std::optional<double>(q.value(8).toDouble());
    a.costCurrency = q.value(9).toString();
    a.fundingSource = q.value(10).toString();
    a.indicator = q.value(11).toString();
    a.risk = q.value(12).toString();
    a.createdAt = q.value(13).toString();
    a.updatedAt = q.value(14).toString();
    return a;
}

QString actionGone()
{
    return Text::tr("The plan action no longer exists.");
}

// ---- assessments

const QString AssessmentColumns = QStringLiteral(
    "id, uuid, pilot_id, session_id, assessed_on, summary, created_at, updated_at");

const QString InsertAssessment = QStringLiteral(
    "INSERT INTO readiness_assessment (id, uuid, pilot_id, session_id, assessed_on, summary,"
    " created_at, updated_at)"
    " VALUES (:id, :uuid, :pilot_id, :session_id, :assessed_on, :summary, :created_at, :updated_at)");

const QString UpdateAssessment = QStringLiteral(
    "UPDATE readiness_assessment SET session_id = :session_id, assessed_on = :assessed_on,"
    " summary = :summary, updated_at = :updated_at WHERE id = :id AND pilot_id = :pilot_id");

AssessmentRecord assessmentFrom(const QSqlQuery &q)
{
    AssessmentRecord a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.pilotId = q.value(2).toLongLong();
    a.sessionId = optionalId(q.value(3));
    a.assessedOn = dateOf(q.value(4));
    a.summary = q.value(5).toString();
    a.createdAt = q.value(6).toString();
    a.updatedAt = q.value(7).toString();
    return a;
}

QString assessmentGone()
{
    return Text::tr("The assessment no longer exists.");
}

} // namespace

// ================= PilotStore

PilotStore::PilotStore(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

Result<PilotRecord> PilotStore::fetch(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM pilot WHERE id = :id").arg(PilotColumns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return Status::failure(pilotGone());
    return pilotFrom(q);
}

Status PilotStore::prepareWrite(QSqlQuery &q, const QString &sql, PilotRecord &pilot) const
{
    if (Status s = PilotValidation::pilot(pilot); !s)
        return s;
    pilot.title = pilot.title.trimmed();
    pilot.updatedAt = m_clock.nowIso();
    q.prepare(sql);
    q.bindValue(QStringLiteral(":pairing_id"), pilot.pairingId);
    q.bindValue(QStringLiteral(":city_id"), pilot.cityId);
    q.bindValue(QStringLiteral(":title"), pilot.title);
    q.bindValue(QStringLiteral(":description"), nullableText(pilot.description));
    q.bindValue(QStringLiteral(":inspired_by_city_id"), nullable(pilot.inspiredByCityId));
    q.bindValue(QStringLiteral(":inspired_by_practice"), nullableText(pilot.inspiredByPractice));
    q.bindValue(QStringLiteral(":academic_partners"), nullableText(pilot.academicPartners));
    q.bindValue(QStringLiteral(":private_partners"), nullableText(pilot.privatePartners));
    q.bindValue(QStringLiteral(":partners"), nullableText(pilot.otherPartners));
    q.bindValue(QStringLiteral(":expected_start"), nullableDate(pilot.expectedStart));
    q.bindValue(QStringLiteral(":updated_at"), pilot.updatedAt);
    return {};
}

Result<qint64> PilotStore::insert(PilotRecord &pilot)
{
    QSqlQuery q(m_db);
    if (Status s = prepareWrite(q, InsertPilot, pilot); !s)
        return s;
    bindNewRow(q, pilot);
    if (!q.exec()) {
        if (!isConstraintViolation(q.lastError()))
            return failed(q);
        auto existing = ofCity(pilot.pairingId, pilot.cityId);
        if (existing && existing.value())
            return Status::failure(Text::tr("This city already has a pilot in this pairing."));
        return Status::failure(Text::tr("The city is not a member of the pairing, or the inspiring city no longer exists."));
    }
    pilot.id = q.lastInsertId().toLongLong();
    return pilot.id;
}

Status PilotStore::update(PilotRecord &pilot)
{
    QSqlQuery q(m_db);
    if (Status s = prepareWrite(q, UpdatePilot, pilot); !s)
        return s;
    q.bindValue(QStringLiteral(":id"), pilot.id);
    if (!q.exec())
        return isConstraintViolation(q.lastError())
                   ? Status::failure(Text::tr("The inspiring city no longer exists."))
                   : failed(q);
    if (q.numRowsAffected() != 1) {
        // The update matches the pairing and city too: say which of the two went wrong.
        const auto stored = fetch(pilot.id);
        if (stored && (stored->pairingId != pilot.pairingId || stored->cityId != pilot.cityId))
            return Status::failure(
                Text::tr("A pilot stays with its pairing and city; add a pilot for another city instead."));
        return Status::failure(pilotGone());
    }
    return {};
}

Status PilotStore::remove(qint64 id)
{
    return removeRow(m_db, QStringLiteral("DELETE FROM pilot WHERE id = :id"), id, pilotGone());
}

Result<std::optional<qint64>> PilotStore::ofCity(qint64 pairingId, qint64 cityId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM pilot WHERE pairing_id = :pairing AND city_id = :city"));
    q.bindValue(QStringLiteral(":pairing"), pairingId);
    q.bindValue(QStringLiteral(":city"), cityId);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

// ================= PlanActionStore

PlanActionStore::PlanActionStore(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

Result<PlanActionRecord> PlanActionStore::fetch(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM pilot_plan_action a WHERE a.id = :id").arg(ActionColumns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return Status::failure(actionGone());
    return actionFrom(q);
}

Status PlanActionStore::prepareWrite(QSqlQuery &q, const QString &sql, PlanActionRecord &action) const
{
    action.costCurrency = action.costCurrency.trimmed().toUpper();
    if (Status s = PilotValidation::planAction(action); !s)
        return s;
    if (action.position < 0) {
        QSqlQuery next(m_db);
        next.prepare(QStringLiteral(
            "SELECT coalesce(max(position) + 1, 0) FROM pilot_plan_action WHERE pilot_id = :pilot"));
        next.bindValue(QStringLiteral(":pilot"), action.pilotId);
        if (!next.exec() || !next.next())
            return failed(next);
        action.position = next.value(0).toInt();
    }
    action.title = action.title.trimmed();
    action.updatedAt = m_clock.nowIso();
    q.prepare(sql);
    q.bindValue(QStringLiteral(":pilot_id"), action.pilotId);
    q.bindValue(QStringLiteral(":position"), action.position);
    q.bindValue(QStringLiteral(":title"), action.title);
    q.bindValue(QStringLiteral(":start_date"), nullableDate(action.startDate));
    q.bindValue(QStringLiteral(":end_date"), nullableDate(action.endDate));
    q.bindValue(QStringLiteral(":responsible"), nullableText(action.responsible));
    q.bindValue(QStringLiteral(":cost_amount"), nullable(action.costAmount));
    q.bindValue(QStringLiteral(":cost_currency"), nullableText(action.costCurrency));
    q.bindValue(QStringLiteral(":funding_source"), nullableText(action.fundingSource));
    q.bindValue(QStringLiteral(":indicator"), nullableText(action.indicator));
    q.bindValue(QStringLiteral(":risk"), nullableText(action.risk));
    q.bindValue(QStringLiteral(":updated_at"), action.updatedAt);
    return {};
}

Result<qint64> PlanActionStore::insert(PlanActionRecord &action)
{
    QSqlQuery q(m_db);
    if (Status s = prepareWrite(q, InsertAction, action); !s)
        return s;
    bindNewRow(q, action);
    if (!q.exec())
        return isConstraintViolation(q.lastError()) ? Status::failure(Text::tr("The pilot no longer exists."))
                                                    : failed(q);
    action.id = q.lastInsertId().toLongLong();
    return action.id;
}

Status PlanActionStore::update(PlanActionRecord &action)
{
    QSqlQuery q(m_db);
    if (Status s = prepareWrite(q, UpdateAction, action); !s)
        return s;
    q.bindValue(QStringLiteral(":id"), action.id);
    if (!q.exec())
        return failed(q);
    if (q.numRowsAffected() != 1)
        return Status::failure(actionGone());
    return {};
}

Status PlanActionStore::remove(qint64 id)
{
    return removeRow(m_db, QStringLiteral("DELETE FROM pilot_plan_action WHERE id = :id"), id,
                     actionGone());
}

Result<QList<PlanActionRecord>> PlanActionStore::ofPilot(qint64 pilotId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM pilot_plan_action a WHERE a.pilot_id = :pilot"
                             " ORDER BY a.position, a.id").arg(ActionColumns));
    q.bindValue(QStringLiteral(":pilot"), pilotId);
    if (!q.exec())
        return failed(q);
    QList<PlanActionRecord> actions;
    while (q.next())
        actions << actionFrom(q);
    return actions;
}

QString PlanActionStore::columns()
{
    return ActionColumns;
}

PlanActionRecord PlanActionStore::fromRow(const QSqlQuery &q)
{
    return actionFrom(q);
}

// ================= AssessmentStore

AssessmentStore::AssessmentStore(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

Result<QList<DimensionLevel>> AssessmentStore::levelsOf(qint64 assessmentId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT dimension, level, evidence FROM readiness_level"
                             " WHERE assessment_id = :id ORDER BY id"));
    q.bindValue(QStringLiteral(":id"), assessmentId);
    if (!q.exec())
        return failed(q);
    QList<DimensionLevel> levels;
    while (q.next())
        levels << DimensionLevel{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString()};
    return levels;
}

Result<AssessmentRecord> AssessmentStore::fetch(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM readiness_assessment WHERE id = :id").arg(AssessmentColumns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return Status::failure(assessmentGone());
    AssessmentRecord a = assessmentFrom(q);
    auto levels = levelsOf(id);
    if (!levels)
        return levels.status();
    a.levels = std::move(levels).value();
    return a;
}

// Validates, puts the levels in the rubric's order (levels of dimensions it no longer has, kept
// from an earlier rubric, after them), checks the session is the pairing's and takes its date
// when none is given.
Status AssessmentStore::settle(AssessmentRecord &assessment, const QList<DimensionLevel> &kept) const
{
    const Rubric &rubric = Rubric::shipped();
    if (Status s = PilotValidation::assessment(assessment, rubric, kept); !s)
        return s;
    QList<DimensionLevel> ordered;
    for (const RubricDimension &d : rubric.dimensions()) {
        for (DimensionLevel l : assessment.levels) {
            if (l.dimension == d.id) {
                l.evidence = l.evidence.trimmed();
                ordered << l;
            }
        }
    }
    for (const DimensionLevel &l : assessment.levels) {
        if (!rubric.dimension(l.dimension))
            ordered << l;
    }
    assessment.levels = ordered;
    assessment.summary = assessment.summary.trimmed();
    if (assessment.sessionId) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "SELECT s.start_utc FROM session s JOIN pilot p ON p.pairing_id = s.pairing_id"
            " WHERE s.id = :session AND p.id = :pilot"));
        q.bindValue(QStringLiteral(":session"), *assessment.sessionId);
        q.bindValue(QStringLiteral(":pilot"), assessment.pilotId);
        if (!q.exec())
            return failed(q);
        if (!q.next())
            return Status::failure(Text::tr("The session is not one of the pilot's pairing, or no longer exists."));
        if (!assessment.assessedOn.isValid()) {
            const QDateTime start = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
            assessment.assessedOn = start.isValid() ? start.toUTC().date() : m_clock.nowUtc().toUTC().date();
        }
    }
    assessment.updatedAt = m_clock.nowIso();
    return {};
}

// Rows of dimensions still assessed are updated in place, not deleted and written again, so
// that the change log records "level 2 -> 3" rather than a removal and an addition.
Status AssessmentStore::writeLevels(const AssessmentRecord &assessment) const
{
    QStringList dimensions;
    for (const DimensionLevel &l : assessment.levels)
        dimensions << l.dimension;
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM readiness_level WHERE assessment_id = :id"
                                 " AND dimension NOT IN (SELECT value FROM json_each(:dimensions))"));
    clear.bindValue(QStringLiteral(":id"), assessment.id);
    clear.bindValue(QStringLiteral(":dimensions"),
                    QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(dimensions)).toJson(QJsonDocument::Compact)));
    if (!clear.exec())
        return failed(clear);
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO readiness_level (assessment_id, dimension, level, evidence)"
                                  " VALUES (:assessment, :dimension, :level, :evidence)"
                                  " ON CONFLICT (assessment_id, dimension)"
                                  " DO UPDATE SET level = excluded.level, evidence = excluded.evidence")))
        return failed(q);
    for (const DimensionLevel &l : assessment.levels) {
        q.bindValue(QStringLiteral(":assessment"), assessment.id);
        q.bindValue(QStringLiteral(":dimension"), l.dimension);
        q.bindValue(QStringLiteral(":level"), l.level);
        q.bindValue(QStringLiteral(":evidence"), nullableText(l.evidence));
        if (!q.exec())
            return failed(q);
    }
    return {};
}

Result<qint64> AssessmentStore::insert(AssessmentRecord &assessment)
{
    // An assessment with an id comes back as it was (an undone delete): not judged again.
    if (Status s = settle(assessment, assessment.id > 0 ? assessment.levels : QList<DimensionLevel>()); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(InsertAssessment);
    q.bindValue(QStringLiteral(":pilot_id"), assessment.pilotId);
    q.bindValue(QStringLiteral(":session_id"), nullable(assessment.sessionId));
    q.bindValue(QStringLiteral(":assessed_on"), assessment.assessedOn.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":summary"), nullableText(assessment.summary));
    q.bindValue(QStringLiteral(":updated_at"), assessment.updatedAt);
    bindNewRow(q, assessment);
    if (!q.exec())
        return isConstraintViolation(q.lastError()) ? Status::failure(Text::tr("The pilot no longer exists."))
                                                    : failed(q);
    assessment.id = q.lastInsertId().toLongLong();
    if (Status s = writeLevels(assessment); !s)
        return s;
    return assessment.id;
}

Status AssessmentStore::update(AssessmentRecord &assessment)
{
    const auto stored = levelsOf(assessment.id);
    if (!stored)
        return stored.status();
    if (Status s = settle(assessment, stored.value()); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(UpdateAssessment);
    q.bindValue(QStringLiteral(":id"), assessment.id);
    q.bindValue(QStringLiteral(":pilot_id"), assessment.pilotId);
    q.bindValue(QStringLiteral(":session_id"), nullable(assessment.sessionId));
    q.bindValue(QStringLiteral(":assessed_on"), assessment.assessedOn.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":summary"), nullableText(assessment.summary));
    q.bindValue(QStringLiteral(":updated_at"), assessment.updatedAt);
    if (!q.exec())
        return failed(q);
    if (q.numRowsAffected() != 1)
        return Status::failure(assessmentGone());
    return writeLevels(assessment);
}

Status AssessmentStore::remove(qint64 id)
{
    return removeRow(m_db, QStringLiteral("DELETE FROM readiness_assessment WHERE id = :id"), id,
                     assessmentGone());
}

Result<QList<AssessmentRecord>> AssessmentStore::history(qint64 pilotId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM readiness_assessment WHERE pilot_id = :pilot"
                             " ORDER BY assessed_on, created_at, id").arg(AssessmentColumns));
    q.bindValue(QStringLiteral(":pilot"), pilotId);
    if (!q.exec())
        return failed(q);
    QList<AssessmentRecord> history;
    while (q.next())
        history << assessmentFrom(q);
    QSqlQuery levels(m_db);
    levels.setForwardOnly(true);
    levels.prepare(QStringLiteral(
        "SELECT l.assessment_id, l.dimension, l.level, l.evidence FROM readiness_level l"
        " JOIN readiness_assessment a ON a.id = l.assessment_id WHERE a.pilot_id = :pilot ORDER BY l.id"));
    levels.bindValue(QStringLiteral(":pilot"), pilotId);
    if (!levels.exec())
        return failed(levels);
    QHash<qint64, int> index;
    for (int i = 0; i < history.size(); ++i)
        index.insert(history.at(i).id, i);
    while (levels.next()) {
        const int i = index.value(levels.value(0).toLongLong(), -1);
        if (i >= 0)
            history[i].levels << DimensionLevel{levels.value(1).toString(), levels.value(2).toInt(),
                                                levels.value(3).toString()};
    }
    return history;
}
