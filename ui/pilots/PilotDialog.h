#pragma once

#include "common/RecordDialog.h"
#include "readiness/PilotRecords.h"
#include "store/ProgrammeQueries.h"

#include <optional>

struct AppContext;
class ChoiceListModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Adds or edits a city's pilot: the pairing and member city it belongs to (fixed once it
// exists), title, description, the peer city or practice that inspired it, its partners by
// kind and its expected start (or "unknown"). The Editor writes it; refusals show inline.
class PilotDialog : public RecordDialog
{
    Q_OBJECT
public:
    PilotDialog(AppContext &context, QWidget *parent = nullptr);

    // A new pilot for this place (0: let the user choose).
    void setPlace(qint64 pairingId, qint64 cityId);
    void setPilot(const PilotRecord &pilot);
    PilotRecord pilot() const;

    // Opens the dialog and saves through the Editor: the new pilot's id, or nothing when cancelled.
    static std::optional<qint64> addPilot(AppContext &context, qint64 pairingId, qint64 cityId,
                                          QWidget *parent);
    static bool editPilot(AppContext &context, qint64 pilotId, QWidget *parent);

    QComboBox *pairingCombo() const { return m_pairing; }
    QComboBox *cityCombo() const { return m_city; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *inspiredByCombo() const { return m_inspiredBy; }
    QLineEdit *practiceEdit() const { return m_practice; }
    QLineEdit *academicEdit() const { return m_academic; }
    QLineEdit *privateEdit() const { return m_private; }
    QLineEdit *otherEdit() const { return m_other; }
    QCheckBox *startKnownCheck() const { return m_startKnown; }
    QDateEdit *startEdit() const { return m_start; }
    QString placeNote() const;

private:
    void pairingChosen();
    void cityChosen();
    void fillInspiredBy(qint64 keep);

    AppContext &m_context;
    PilotRecord m_pilot;
    QList<ProgrammeQueries::MemberCity> m_members;
    ChoiceListModel *m_pairings;
    QList<ProgrammeQueries::Choice> m_allCities;
    QComboBox *m_pairing;
    QComboBox *m_city;
    QLabel *m_placeNote;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_inspiredBy;
    QLineEdit *m_practice;
    QLineEdit *m_academic;
    QLineEdit *m_private;
    QLineEdit *m_other;
    QCheckBox *m_startKnown;
    QDateEdit *m_start;
};
