#pragma once

#include "domain/Records.h"

#include <QDialog>

struct AppContext;
class QDateEdit;
class QLabel;
class QListWidget;

// "Plan cycle": proposes a pairing's four sessions over twelve months from a start date, each
// at the best time for every member city with its default agenda; each proposal can be edited
// before all four are created as one undoable edit.
class PlanCycleDialog : public QDialog
{
    Q_OBJECT
public:
    PlanCycleDialog(AppContext &context, qint64 pairingId, QWidget *parent = nullptr);

    void propose();
    void editProposal(int row);
    QList<SessionRecord> proposal() const { return m_proposal; }
    QListWidget *list() const { return m_list; }
    QDateEdit *startEdit() const { return m_start; }
    QList<qint64> createdIds() const { return m_created; }
    void accept() override;

private:
    void showProposal();
    void startChanged();

    AppContext &m_context;
    qint64 m_pairingId;
    QDateEdit *m_start;
    QListWidget *m_list;
    QLabel *m_message;
    QList<SessionRecord> m_proposal;
    QList<qint64> m_created;
    bool m_edited = false;
};
