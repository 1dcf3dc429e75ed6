#pragma once

#include "common/Area.h"

#include <QWidget>

struct AppContext;
class ActionTableModel;
class ChoiceListModel;
class ChoiceLoader;
class QCheckBox;
class QComboBox;
class QLabel;
class RowCounter;
class QLineEdit;
class QTableView;
class QTimer;

// Every action item of every session: filtered by pairing, city, owner, status and "overdue",
// searched as you type, sorted by due date; edited in place or opened in its session.
class ActionsPage : public QWidget, public Area
{
    Q_OBJECT
public:
    ActionsPage(AppContext &context, QWidget *parent = nullptr);

    ActionTableModel *model() const { return m_model; }
    QLabel *countLabel() const { return m_count; }
    QTableView *view() const { return m_view; }
    QComboBox *pairingFilter() const { return m_pairing; }
    QComboBox *statusFilter() const { return m_status; }
    QCheckBox *overdueFilter() const { return m_overdue; }
    qint64 currentId() const;

public slots:
    void addRecord() override;
    void editCurrent() override;
    void deleteCurrent() override;
    void focusFilter() override;
    // Shows a pairing's action items (0: every pairing's), only the overdue ones when asked;
    // the other filters are cleared so that nothing hides them.
    void showActions(qint64 pairingId, bool overdueOnly);

signals:
    void failed(const QString &message);
    void done(const QString &message);
    void openSessionRequested(qint64 sessionId);

private:
    void applyFilter();
    void updateCount();

    AppContext &m_context;
    ActionTableModel *m_model;
    ChoiceListModel *m_pairings;
    ChoiceListModel *m_cities;
    ChoiceListModel *m_people;
    ChoiceLoader *m_pairingChoices;
    ChoiceLoader *m_cityChoices;
    ChoiceLoader *m_ownerChoices;
    QComboBox *m_pairing;
    QComboBox *m_city;
    QComboBox *m_owner;
    QComboBox *m_status;
    QCheckBox *m_overdue;
    QLineEdit *m_search;
    QLabel *m_count;
    RowCounter *m_counter;
    QTableView *m_view;
    QTimer *m_searchTimer;
};
