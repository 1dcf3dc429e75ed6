#pragma once

#include "KeyedRowsModel.h"
#include "edit/ChangeNotifier.h"
#include "progress/ReadinessQueries.h"

#include <QSqlDatabase>

// A pilot's readiness assessments, oldest first: when, at which session ("S2 · Sharing"), the
// level of each rubric dimension, the overall readiness, whether it was ready, and the summary.
class AssessmentHistoryModel : public KeyedRowsModel<AssessmentPoint>
{
    Q_OBJECT
public:
    // Then one column per rubric dimension, then overallColumn(), readyColumn(), summaryColumn().
    enum Column
    {
        Date,
        Session,
        FirstDimension
    };
    Q_ENUM(Column)
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SessionIdRole,
        ReadyRole,
        LevelRole
    };

    AssessmentHistoryModel(QSqlDatabase db, ChangeNotifier *notifier,
                           const Rubric &rubric = Rubric::shipped(), QObject *parent = nullptr);

    void setPilot(qint64 pilotId); // 0: none
    qint64 pilotId() const { return m_pilotId; }
    const AssessmentPoint &pointAt(int row) const { return rows().at(row); }
    qint64 idAt(int row) const;
    QString lastError() const { return m_lastError; }

    int dimensionColumn(const QString &dimension) const;
    QString dimensionAt(int column) const;
    int overallColumn() const;
    int readyColumn() const;
    int summaryColumn() const;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    qint64 keyOf(const AssessmentPoint &row) const override { return row.assessment.id; }
    bool sameRow(const AssessmentPoint &a, const AssessmentPoint &b) const override;

private:
    void reread();
    void onChanged(ChangeNotifier::Entity entity, qint64 id, ChangeNotifier::Change change);

    QSqlDatabase m_db;
    const Rubric &m_rubric;
    ReadinessQueries m_queries;
    qint64 m_pilotId = 0;
    QString m_lastError;
};
