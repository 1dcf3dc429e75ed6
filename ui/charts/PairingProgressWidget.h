#pragma once

#include <QWidget>

struct AppContext;
class ChartPanel;
class RefreshWhenShown;

// One pairing's progress as charts: its cycle (sessions held against planned, at least four),
// its action items open, overdue and done, and each member city's pilot side by side. Follows
// edits of sessions, actions, pilots and assessments while shown.
class PairingProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PairingProgressWidget(AppContext &context, QWidget *parent = nullptr);

    // 0 shows empty charts.
    void setPairing(qint64 pairingId);
    qint64 pairingId() const { return m_pairingId; }
    ChartPanel *cyclePanel() const { return m_cycle; }
    ChartPanel *actionsPanel() const { return m_actions; }
    ChartPanel *pilotsPanel() const { return m_pilots; }

signals:
    void openSession(qint64 sessionId);
    void openActions(bool overdueOnly, qint64 pairingId);
    void openPilot(qint64 pilotId);
    void failed(const QString &message);
    void done(const QString &message);

private:
    void refresh();

    AppContext &m_context;
    qint64 m_pairingId = 0;
    ChartPanel *m_cycle;
    ChartPanel *m_actions;
    ChartPanel *m_pilots;
    RefreshWhenShown *m_refresher;
};
