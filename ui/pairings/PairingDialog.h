#pragma once

#include "common/RecordDialog.h"
#include "domain/Records.h"

#include <QSqlDatabase>

class ChoiceListModel;
class Clock;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// Adds or edits a pairing and its member cities. Warns (but allows) outside 2–4 cities;
// refuses the same city twice.
class PairingDialog : public RecordDialog
{
    Q_OBJECT
public:
    PairingDialog(QSqlDatabase db, const Clock &clock, QWidget *parent = nullptr);

    void setPairing(const PairingRecord &pairing);
    PairingRecord pairing() const;

    QLineEdit *codeEdit() const { return m_code; }
    QComboBox *cityCombo() const { return m_cityChoice; }
    QPushButton *addCityButton() const { return m_addCity; }
    QString warningText() const;
    void addCity(qint64 cityId);

private:
    void addChosenCity();
    void removeSelectedCity();
    void moveSelectedCity(int delta);
    void updateMembersState();

    QSqlDatabase m_db;
    const Clock &m_clock;
    PairingRecord m_pairing;
    ChoiceListModel *m_themes;
    ChoiceListModel *m_facilitators;
    ChoiceListModel *m_cities;
    QLineEdit *m_code;
    QComboBox *m_theme;
    QComboBox *m_status;
    QCheckBox *m_hasStart;
    QDateEdit *m_start;
    QComboBox *m_lead;
    QPlainTextEdit *m_challenge;
    QListWidget *m_members;
    QComboBox *m_cityChoice;
    QPushButton *m_addCity;
    QPushButton *m_removeCity;
    QLabel *m_membersWarning;
};
