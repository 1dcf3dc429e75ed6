#pragma once

#include <QWidget>

struct AppContext;
class ChartPanel;
class RefreshWhenShown;

// One pilot's readiness charts side by side: the radar of its latest assessment against the
// previous one, and its overall readiness over the cycle. Reads the pilot's history on the UI
// thread (a handful of rows) and follows edits of its pilot and assessments.
class PilotChartsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PilotChartsWidget(AppContext &context, QWidget *parent = nullptr);

    // 0 shows empty charts.
    void setPilot(qint64 pilotId);
    qint64 pilotId() const { return m_pilotId; }
    ChartPanel *radarPanel() const { return m_radar; }
    ChartPanel *trendPanel() const { return m_trend; }

signals:
    // A point of the trend made at a session.
    void openSession(qint64 sessionId);
    void failed(const QString &message);
    void done(const QString &message);

private:
    void refresh();

    AppContext &m_context;
    qint64 m_pilotId = 0;
    ChartPanel *m_radar;
    ChartPanel *m_trend;
    RefreshWhenShown *m_refresher;
};
