#pragma once

#include "common/RecordDialog.h"
#include "domain/Records.h"

#include <QSqlDatabase>

class ChoiceListModel;
class QComboBox;
class QLineEdit;

// Adds or edits a person: a city representative, an expert, a facilitator or an observer.
class PersonDialog : public RecordDialog
{
    Q_OBJECT
public:
    PersonDialog(QSqlDatabase db, QWidget *parent = nullptr);

    void setPerson(const PersonRecord &person);
    PersonRecord person() const;
    QLineEdit *nameEdit() const { return m_name; }

private:
    PersonRecord m_person;
    ChoiceListModel *m_cities;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_organisation;
    QComboBox *m_city;
    QLineEdit *m_email;
};
