#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "readiness/PilotRecords.h"

#include <QSqlDatabase>

class QSqlQuery;

// Reads and writes pilots. Deleting one takes its plan and assessments with it (the editor
// keeps them for undo). Writes run inside the caller's transaction.
class PilotStore
{
public:
    PilotStore(QSqlDatabase db, const Clock &clock);

    Result<PilotRecord> fetch(qint64 id) const;
    // Keeps a given id and uuid (an undone delete comes back as it was).
    Result<qint64> insert(PilotRecord &pilot);
    Status update(PilotRecord &pilot);
    Status remove(qint64 id);
    // The pilot of a city in a pairing, if it has one.
    Result<std::optional<qint64>> ofCity(qint64 pairingId, qint64 cityId) const;

private:
    Status prepareWrite(QSqlQuery &q, const QString &sql, PilotRecord &pilot) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};

// Reads and writes the actions of pilot plans, kept in their order.
class PlanActionStore
{
public:
    PlanActionStore(QSqlDatabase db, const Clock &clock);

    Result<PlanActionRecord> fetch(qint64 id) const;
    // A position of -1 appends the action to its plan.
    Result<qint64> insert(PlanActionRecord &action);
    Status update(PlanActionRecord &action);
    Status remove(qint64 id);
    Result<QList<PlanActionRecord>> ofPilot(qint64 pilotId) const;

    // For reads that select plan actions with other rows: the columns (of table alias a) in the
    // order fromRow() reads them.
    static QString columns();
    static PlanActionRecord fromRow(const QSqlQuery &q);

private:
    Status prepareWrite(QSqlQuery &q, const QString &sql, PlanActionRecord &action) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};

// Reads and writes readiness assessments with their levels, checked against the shipped
// rubric. An assessment at a session must be of a session of the pilot's pairing; without a
// date it takes the session's (UTC) date.
class AssessmentStore
{
public:
    AssessmentStore(QSqlDatabase db, const Clock &clock);

    Result<AssessmentRecord> fetch(qint64 id) const;
    Result<qint64> insert(AssessmentRecord &assessment);
    Status update(AssessmentRecord &assessment);
    Status remove(qint64 id);
    // Oldest first: by date, then by when it was recorded.
    Result<QList<AssessmentRecord>> history(qint64 pilotId) const;

private:
    Status settle(AssessmentRecord &assessment, const QList<DimensionLevel> &kept) const;
    Status writeLevels(const AssessmentRecord &assessment) const;
    Result<QList<DimensionLevel>> levelsOf(qint64 assessmentId) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};
