#pragma once

#include <QWidget>

struct AppContext;
class ChangeHistoryWidget;
class PilotAssessmentsWidget;
class PilotChartsWidget;
class PilotPlanWidget;
class QLabel;
class QPushButton;
class QTabWidget;

// The selected pilot: title, city and pairing, what inspired it, partners by kind, expected
// start; its readiness by the rubric (overall level, stage, average, and ready to pilot or what
// keeps it from it); tabs with its plan, its assessments, its readiness charts and its history.
class PilotDetailWidget : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        PlanTab,
        AssessmentsTab,
        ChartsTab
    };

    PilotDetailWidget(AppContext &context, QWidget *parent = nullptr);

    void setPilot(qint64 pilotId);
    qint64 pilotId() const { return m_pilotId; }
    QTabWidget *tabs() const { return m_tabs; }
    PilotPlanWidget *plan() const { return m_plan; }
    PilotAssessmentsWidget *assessments() const { return m_assessments; }
    PilotChartsWidget *charts() const { return m_charts; }
    ChangeHistoryWidget *history() const { return m_history; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *openPairingButton() const { return m_openPairing; }
    QString titleText() const;
    QString placeText() const;
    QString factsText() const;
    QString headlineText() const;
    QString verdictText() const;

signals:
    void editRequested(qint64 pilotId);
    void openPairingRequested(qint64 pairingId);
    void openSessionRequested(qint64 sessionId);
    void failed(const QString &message);
    void done(const QString &message);

private:
    void refresh();

    AppContext &m_context;
    qint64 m_pilotId = 0;
    qint64 m_pairingId = 0;
    QLabel *m_empty;
    QWidget *m_body;
    QLabel *m_title;
    QLabel *m_place;
    QLabel *m_description;
    QLabel *m_facts;
    QLabel *m_headline;
    QLabel *m_verdict;
    QPushButton *m_edit;
    QPushButton *m_openPairing;
    QTabWidget *m_tabs;
    PilotPlanWidget *m_plan;
    PilotAssessmentsWidget *m_assessments;
    PilotChartsWidget *m_charts;
    ChangeHistoryWidget *m_history;
};
