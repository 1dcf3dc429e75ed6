#pragma once

#include "common/RecordDialog.h"
#include "domain/Records.h"
#include "readiness/PilotRecords.h"

#include <QHash>

#include <optional>

struct AppContext;
class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class Rubric;

// Assesses a pilot on the readiness rubric: at which session (or on which date), then per
// dimension its question, a level from 1 to 5 with that level's descriptor shown as it is
// picked, and the evidence; a summary. The overall readiness and "ready to pilot" follow the
// rubric's rules as levels are picked. A new assessment starts from the pilot's latest one.
class AssessmentDialog : public RecordDialog
{
    Q_OBJECT
public:
    AssessmentDialog(AppContext &context, qint64 pilotId, QWidget *parent = nullptr);

    // Edits an assessment made earlier instead of adding a new one.
    void setAssessment(const AssessmentRecord &assessment);
    // Chooses the session the assessment is made at, when it is one of the pairing's.
    void setSession(qint64 sessionId);
    AssessmentRecord assessment() const;

    // Opens the dialog and saves through the Editor: a new assessment (the history keeps the
    // earlier ones), or an edit of an existing one. True when saved.
    // sessionId: the session the assessment is made at (from the session's window); 0 lets
    // the dialog pick the latest held one.
    static bool assessPilot(AppContext &context, qint64 pilotId, QWidget *parent, qint64 sessionId = 0);
    static bool editAssessment(AppContext &context, qint64 assessmentId, QWidget *parent);

    // 0 leaves the dimension not assessed.
    void setLevel(const QString &dimension, int level);
    int level(const QString &dimension) const;
    QAbstractButton *levelButton(const QString &dimension, int level) const;
    QLineEdit *evidenceEdit(const QString &dimension) const;
    QString descriptorText(const QString &dimension) const;
    QComboBox *sessionCombo() const { return m_session; }
    QDateEdit *dateEdit() const { return m_date; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    QPushButton *rubricButton() const { return m_rubricButton; }
    QString headerText() const;
    QString resultText() const;

private:
    struct DimensionRow
    {
        QButtonGroup *levels = nullptr;
        QLabel *descriptor = nullptr;
        QLineEdit *evidence = nullptr;
    };

    QWidget *buildDimensions();
    void levelClicked(const QString &dimension, int level, bool checked);
    void showDescriptor(const QString &dimension);
    void sessionChosen();
    void updateResult();
    void prefill(const AssessmentRecord &from);
    int defaultSessionRow() const;

    AppContext &m_context;
    const Rubric &m_rubric;
    PilotRecord m_pilot;
    AssessmentRecord m_assessment;
    QList<SessionRecord> m_sessions;
    QHash<QString, DimensionRow> m_rows;
    QLabel *m_header;
    QComboBox *m_session;
    QDateEdit *m_date;
    QPlainTextEdit *m_summary;
    QLabel *m_result;
    QPushButton *m_rubricButton;
};
