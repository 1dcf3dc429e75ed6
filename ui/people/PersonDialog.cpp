#include "PersonDialog.h"

#include "domain/Vocabulary.h"
#include "itemmodels/ChoiceListModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLineEdit>

PersonDialog::PersonDialog(QSqlDatabase db, QWidget *parent)
    : RecordDialog(parent), m_cities(ChoiceListModel::cities(db, tr("— none —"), this)),
      m_name(new QLineEdit(this)), m_role(new QComboBox(this)), m_organisation(new QLineEdit(this)),
      m_city(new QComboBox(this)), m_email(new QLineEdit(this))
{
    for (const QString &key : Vocabulary::personRoles())
        m_role->addItem(Vocabulary::personRoleLabel(key), key);
    m_city->setModel(m_cities);
    m_city->setEditable(true);
    m_city->setInsertPolicy(QComboBox::NoInsert);
    m_city->lineEdit()->setAccessibleName(tr("City"));
    m_city->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_city->completer()->setFilterMode(Qt::MatchContains);
    m_email->setPlaceholderText(tr("name@example.org"));
    m_organisation->setPlaceholderText(tr("e.g. City Council, university, company"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("&E-mail:"), m_email);
    contentLayout()->addLayout(form);
    setMinimumWidth(420);
}

void PersonDialog::setPerson(const PersonRecord &person)
{
    m_person = person;
    m_name->setText(person.name);
    m_role->setCurrentIndex(qMax(0, m_role->findData(person.role)));
    m_organisation->setText(person.organisation);
    m_city->setCurrentIndex(qMax(0, m_cities->rowOfId(person.cityId.value_or(0))));
    m_email->setText(person.email);
    setWindowTitle(person.id ? tr("Edit %1").arg(person.name) : tr("Add Person"));
}

PersonRecord PersonDialog::person() const
{
    PersonRecord person = m_person;
    person.name = m_name->text().trimmed();
    person.role = m_role->currentData().toString();
    person.organisation = m_organisation->text().trimmed();
    const qint64 cityId = m_cities->idAt(m_city->findText(m_city->currentText(), Qt::MatchFixedString));
    person.cityId = cityId > 0 ? std::optional<qint64>(cityId) : std::nullopt;
    person.email = m_email->text().trimmed();
    return person;
}
