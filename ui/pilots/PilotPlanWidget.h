#pragma once

#include <QWidget>

struct AppContext;
class CurrencyDelegate;
class PlanActionsModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// A pilot's plan, edited in place: a table of its actions (each cell an undoable edit), a line
// to add an action by its title, and buttons to delete and reorder. Why an edit was refused
// shows under the table.
class PilotPlanWidget : public QWidget
{
    Q_OBJECT
public:
    PilotPlanWidget(AppContext &context, QWidget *parent = nullptr);

    void setPilot(qint64 pilotId, qint64 pairingId);
    PlanActionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *newActionEdit() const { return m_newAction; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QString messageText() const;
    qint64 currentActionId() const;

public slots:
    void addAction();
    void deleteAction();
    void moveAction(int direction);
    // Empties the current cell (dates, cost, ...); a title cannot be emptied.
    void clearCell();

signals:
    void done(const QString &message);

private:
    void showMessage(const QString &message);
    void updateButtons();
    void selectAction(qint64 id);

    AppContext &m_context;
    PlanActionsModel *m_model;
    CurrencyDelegate *m_currency;
    QTableView *m_view;
    QLineEdit *m_newAction;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_message;
};
