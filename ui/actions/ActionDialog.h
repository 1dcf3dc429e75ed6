#pragma once

#include "common/RecordDialog.h"
#include "domain/MinutesRecords.h"

struct AppContext;
class ChoiceListModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QPlainTextEdit;

// Adds or edits an action item: what, who, for which city, by when, and how far it is.
class ActionDialog : public RecordDialog
{
    Q_OBJECT
public:
    ActionDialog(AppContext &context, QWidget *parent = nullptr);

    void setAction(const ActionItemRecord &action);
    ActionItemRecord action() const;

    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *ownerCombo() const { return m_owner; }
    QComboBox *statusCombo() const { return m_status; }
    QCheckBox *hasDueCheck() const { return m_hasDue; }
    QDateEdit *dueEdit() const { return m_due; }

private:
    ActionItemRecord m_action;
    ChoiceListModel *m_people;
    ChoiceListModel *m_cities;
    QPlainTextEdit *m_description;
    QComboBox *m_owner;
    QComboBox *m_city;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QComboBox *m_status;
};
