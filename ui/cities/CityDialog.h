#pragma once

#include "common/RecordDialog.h"
#include "domain/Records.h"

#include <QSqlDatabase>

class ChoiceListModel;
class OptionalBoolCombo;
class QComboBox;
class QLabel;
class QLineEdit;

// Adds or edits a city; shows its cohort eligibility as the facts are typed.
class CityDialog : public RecordDialog
{
    Q_OBJECT
public:
    CityDialog(QSqlDatabase db, QWidget *parent = nullptr);

    void setCity(const CityRecord &city);
    CityRecord city() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *timeZoneCombo() const { return m_timeZone; }
    QComboBox *countryCombo() const { return m_country; }
    QLineEdit *populationEdit() const { return m_population; }
    QString eligibilityText() const;

private:
    void updateEligibility();
    void suggestTimeZone();

    CityRecord m_city;
    ChoiceListModel *m_countries;
    QLineEdit *m_name;
    QComboBox *m_country;
    QComboBox *m_timeZone;
    QLineEdit *m_population;
    OptionalBoolCombo *m_gcom;
    QComboBox *m_planType;
    OptionalBoolCombo *m_planCitywide;
    QComboBox *m_cohort;
    QLabel *m_eligibility;
};
