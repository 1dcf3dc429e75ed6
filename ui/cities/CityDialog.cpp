#include "CityDialog.h"

#include "common/OptionalBoolCombo.h"
#include "domain/Eligibility.h"
#include "domain/Vocabulary.h"
#include "itemmodels/ChoiceListModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QTimeZone>

namespace {
QComboBox *searchableCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return combo;
}
} // namespace

CityDialog::CityDialog(QSqlDatabase db, QWidget *parent)
    : RecordDialog(parent), m_countries(ChoiceListModel::countries(db, this)),
      m_name(new QLineEdit(this)), m_country(searchableCombo(this)), m_timeZone(searchableCombo(this)),
      m_population(new QLineEdit(this)), m_gcom(new OptionalBoolCombo(this)),
      m_planType(new QComboBox(this)), m_planCitywide(new OptionalBoolCombo(this)),
      m_cohort(new QComboBox(this)), m_eligibility(new QLabel(this))
{
    setWindowTitle(tr("City"));
    m_country->setModel(m_countries);
    m_country->setCurrentIndex(-1);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id.contains('/') && !id.startsWith("Etc/"))
            m_timeZone->addItem(QString::fromUtf8(id));
    }
    m_timeZone->setCurrentIndex(-1);
    m_timeZone->setToolTip(tr("The city's IANA time zone, e.g. Europe/Kyiv"));
    m_population->setPlaceholderText(tr("Unknown"));
    m_population->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), this));
    m_planType->setEditable(true);
    m_planType->addItem(QString());
    m_planType->addItems(Vocabulary::planTypes());
    m_planType->lineEdit()->setPlaceholderText(tr("Unknown, or e.g. SECAP"));
    // An editable combo's text field is a control of its own to a screen reader.
    m_planType->lineEdit()->setAccessibleName(tr("Climate plan type"));
    m_country->lineEdit()->setAccessibleName(tr("Country"));
    m_timeZone->lineEdit()->setAccessibleName(tr("Time zone"));
    m_cohort->addItem(Vocabulary::cohortStatusLabel(QString()), QString());
    for (const QString &key : Vocabulary::cohortStatuses())
        m_cohort->addItem(Vocabulary::cohortStatusLabel(key), key);
    m_eligibility->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("C&ountry:"), m_country);
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(tr("&Population:"), m_population);
    form->addRow(tr("&GCoM signatory:"), m_gcom);
    form->addRow(tr("Climate &plan type:"), m_planType);
    form->addRow(tr("Plan covers the &whole city:"), m_planCitywide);
    form->addRow(tr("&Cohort status:"), m_cohort);
    form->addRow(tr("Eligibility:"), m_eligibility);
    contentLayout()->addLayout(form);
    setMinimumWidth(460);

    connect(m_population, &QLineEdit::textChanged, this, &CityDialog::updateEligibility);
    connect(m_gcom, &QComboBox::currentIndexChanged, this, &CityDialog::updateEligibility);
    connect(m_planCitywide, &QComboBox::currentIndexChanged, this, &CityDialog::updateEligibility);
    connect(m_country, &QComboBox::currentIndexChanged, this, &CityDialog::suggestTimeZone);
    updateEligibility();
}

void CityDialog::setCity(const CityRecord &city)
{
    m_city = city;
    m_name->setText(city.name);
    m_country->setCurrentIndex(m_countries->rowOfId(city.countryId));
    m_timeZone->setCurrentText(city.timeZone);
    m_population->setText(city.population ? QString::number(*city.population) : QString());
    m_gcom->setValue(city.gcomSignatory);
    m_planType->setCurrentText(city.planType);
    m_planCitywide->setValue(city.planCitywide);
    m_cohort->setCurrentIndex(qMax(0, m_cohort->findData(city.cohortStatus)));
    setWindowTitle(city.id ? tr("Edit %1").arg(city.name) : tr("Add City"));
}

CityRecord CityDialog::city() const
{
    CityRecord city = m_city;
    city.name = m_name->text().trimmed();
    // The typed text decides, so a country typed without picking from the popup still counts.
    const int row = m_country->findText(m_country->currentText(), Qt::MatchFixedString);
    city.countryId = m_countries->idAt(row);
    city.timeZone = m_timeZone->currentText().trimmed();
    bool ok = false;
    const qint64 population = m_population->text().toLongLong(&ok);
    city.population = ok ? std::optional<qint64>(population) : std::nullopt;
    city.gcomSignatory = m_gcom->value();
    city.planType = m_planType->currentText().trimmed();
    city.planCitywide = m_planCitywide->value();
    city.cohortStatus = m_cohort->currentData().toString();
    return city;
}

QString CityDialog::eligibilityText() const
{
    return m_eligibility->text();
}

void CityDialog::updateEligibility()
{
    m_eligibility->setText(Eligibility::of(city()).summary());
}

// A new city in a country with one time zone gets that zone without a search.
void CityDialog::suggestTimeZone()
{
    if (!m_timeZone->currentText().isEmpty())
        return;
    const QString code = m_countries->data(m_countries->index(m_country->currentIndex()),
                                           ChoiceListModel::CodeRole).toString();
    const auto territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return;
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds(territory);
    if (zones.size() == 1)
        m_timeZone->setCurrentText(QString::fromUtf8(zones.constFirst()));
}
