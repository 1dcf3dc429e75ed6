#pragma once

#include "KeyedRowsModel.h"
#include "edit/ChangeNotifier.h"
#include "readiness/PilotRecords.h"

#include <QSqlDatabase>

class Clock;
class Editor;

// A pilot's plan: its actions in order with their timing, who is responsible, cost and its
// funding, monitoring indicator and risk. Every cell is edited in place, each edit one
// undoable step through the Editor; an edit the rules refuse returns false and editFailed()
// says why.
class PlanActionsModel : public KeyedRowsModel<PlanActionRecord>
{
    Q_OBJECT
public:
    enum Column
    {
        Title,
        Start,
        End,
        Responsible,
        Cost,
        Currency,
        Funding,
        Indicator,
        Risk,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    PlanActionsModel(QSqlDatabase db, const Clock &clock, Editor *editor, ChangeNotifier *notifier,
                     QObject *parent = nullptr);

    void setPilot(qint64 pilotId); // 0: none
    qint64 pilotId() const { return m_pilotId; }
    const PlanActionRecord &actionAt(int row) const { return rows().at(row); }
    qint64 idAt(int row) const;
    QString lastError() const { return m_lastError; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Start and End take a QDate (an invalid or null one clears it); Cost a number or text in
    // the user's locale (empty clears it).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void editFailed(const QString &message);

protected:
    qint64 keyOf(const PlanActionRecord &row) const override { return row.id; }
    bool sameRow(const PlanActionRecord &a, const PlanActionRecord &b) const override
    {
        return a == b;
    }

private:
    void reread();
    bool fail(const QString &message);
    QString planCurrency() const;
    void onChanged(ChangeNotifier::Entity entity, qint64 id, ChangeNotifier::Change change);

    QSqlDatabase m_db;
    const Clock &m_clock;
    Editor *m_editor;
    qint64 m_pilotId = 0;
    QString m_lastError;
};
