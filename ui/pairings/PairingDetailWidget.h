#pragma once

#include <QWidget>

struct AppContext;
class ChangeHistoryWidget;
class PairingMembersModel;
class PairingPilotsWidget;
class PairingProgressWidget;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

// The selected pairing: its code, cities and theme above tabs; "Overview" has its challenge,
// status, lead facilitator and member cities with the current local time in each, "Pilots" each
// member city's pilot and readiness, "Progress" its cycle, action items and pilots as charts,
// "History" who changed what in the pairing, its sessions, minutes and pilots.
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
    QTabWidget *tabs() const { return m_tabs; }
    PairingPilotsWidget *pilotsWidget() const { return m_pilots; }
    PairingProgressWidget *progressWidget() const { return m_progress; }
    ChangeHistoryWidget *historyWidget() const { return m_history; }

signals:
    void editRequested(qint64 id);
    void deleteRequested(qint64 id);
    void sessionsRequested(qint64 id);
    void planCycleRequested(qint64 id);
    void openPilotRequested(qint64 pilotId);
    void openSessionRequested(qint64 sessionId);
    void openActionsRequested(bool overdueOnly, qint64 pairingId);
    void failed(const QString &message);
    void done(const QString &message);

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
    QTabWidget *m_tabs;
    PairingPilotsWidget *m_pilots;
    PairingProgressWidget *m_progress;
    ChangeHistoryWidget *m_history;
    QTimer *m_clockTimer;
};
