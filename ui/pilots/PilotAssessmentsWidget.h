#pragma once

#include <QWidget>

struct AppContext;
class AssessmentHistoryModel;
class QPushButton;
class QTableView;

// A pilot's assessment history, oldest first, with Assess… (a new assessment, the earlier ones
// stay), Edit… and Delete.
class PilotAssessmentsWidget : public QWidget
{
    Q_OBJECT
public:
    PilotAssessmentsWidget(AppContext &context, QWidget *parent = nullptr);

    void setPilot(qint64 pilotId);
    AssessmentHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *assessButton() const { return m_assess; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    qint64 currentAssessmentId() const;

public slots:
    void assess();
    void editAssessment();
    void deleteAssessment();

signals:
    void failed(const QString &message);
    void done(const QString &message);

private:
    void updateButtons();

    AppContext &m_context;
    AssessmentHistoryModel *m_model;
    QTableView *m_view;
    QPushButton *m_assess;
    QPushButton *m_edit;
    QPushButton *m_delete;
};
