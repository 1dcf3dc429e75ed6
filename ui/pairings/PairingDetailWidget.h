#pragma once

#include <QWidget>

struct AppContext;
class PairingMembersModel;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

// The selected pairing: its challenge, theme, status, lead facilitator and member cities with
// the current local time in each.
class PairingDetailWidget : public QWidget
{
    Q_OBJECT
public:
    PairingDetailWidget(AppContext &context, QWidget *parent = nullptr);

    void setPairing(qint64 id);
    qint64 pairingId() const { return m_pairingId; }
    PairingMembersModel *membersModel() const { return m_members; }
    QString titleText() const;
    QString challengeText() const;
    QString cycleText() const;

signals:
    void editRequested(qint64 id);
    void deleteRequested(qint64 id);
    void sessionsRequested(qint64 id);
    void planCycleRequested(qint64 id);

private:
    void refresh();

    AppContext &m_context;
    qint64 m_pairingId = 0;
    PairingMembersModel *m_members;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_challenge;
    QLabel *m_facts;
    QLabel *m_warning;
    QLabel *m_cycle;
    QLabel *m_empty;
    QTableView *m_membersView;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_sessions;
    QPushButton *m_plan;
    QWidget *m_body;
    QTimer *m_clockTimer;
};
