#pragma once

#include "common/RecordDialog.h"
#include "domain/Records.h"
#include "store/ProgrammeQueries.h"

struct AppContext;
class AgendaEditor;
class AgendaTableModel;
class ChoiceListModel;
class QComboBox;
class QDateTimeEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Adds or edits a session with its agenda: kind, status, mode, link or venue, the start in UTC
// shown in every member city's local time, and the agenda blocks with their computed times.
// The whole session is saved as one undoable edit.
class SessionDialog : public RecordDialog
{
    Q_OBJECT
public:
    SessionDialog(AppContext &context, QWidget *parent = nullptr);

    void setSession(const SessionRecord &session);
    SessionRecord session() const;

    AgendaTableModel *agendaModel() const { return m_agenda; }
    AgendaEditor *agendaEditor() const { return m_agendaEditor; }
    QDateTimeEdit *startEdit() const { return m_start; }
    QCheckBox *hasTimeCheck() const { return m_hasTime; }
    QSpinBox *durationSpin() const { return m_duration; }
    QComboBox *templateCombo() const { return m_templates; }
    QString localTimesText() const;
    QString agendaTotalText() const;
    QString warningText() const;

    void applyTemplate(int templateIndex);
    // For a new session: fill the agenda from the template of the chosen kind, and again when
    // the kind changes, as long as the facilitator has not changed the agenda.
    void useKindTemplates();
    // A proposal of the cycle stays in its pairing.
    void setPairingLocked(bool locked);
    void saveAsTemplate();
    void findTime();

private:
    void pairingChosen();
    void pairingChanged();
    void kindChanged();
    void updateTimes();
    void updateChecks();
    QDateTime startUtc() const;

    AppContext &m_context;
    bool m_kindTemplates = false;
    QList<AgendaItemRecord> m_autoAgenda; // what the kind's template put in, to see if it was changed
    SessionRecord m_session;
    QList<ProgrammeQueries::MemberCity> m_members; // of the chosen pairing, read when it changes
    ChoiceListModel *m_pairings;
    AgendaTableModel *m_agenda;
    QComboBox *m_pairing;
    QSpinBox *m_sequence;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QComboBox *m_status;
    QComboBox *m_mode;
    QCheckBox *m_hasTime;
    QDateTimeEdit *m_start;
    QLabel *m_localTimes;
    QSpinBox *m_duration;
    QLineEdit *m_link;
    QLineEdit *m_location;
    QPlainTextEdit *m_objectives;
    AgendaEditor *m_agendaEditor;
    QComboBox *m_templates;
    QLabel *m_total;
    QLabel *m_warnings;
};
