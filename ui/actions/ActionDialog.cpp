#include "ActionDialog.h"

#include "common/AppContext.h"
#include "core/Clock.h"
#include "database/Database.h"
#include "domain/Vocabulary.h"
#include "itemmodels/ChoiceListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>

ActionDialog::ActionDialog(AppContext &context, QWidget *parent)
    : RecordDialog(parent),
      m_people(ChoiceListModel::people(context.database.connection(), tr("— nobody yet —"), this)),
      m_cities(ChoiceListModel::cities(context.database.connection(), tr("— none —"), this)),
      m_description(new QPlainTextEdit(this)), m_owner(new QComboBox(this)), m_city(new QComboBox(this)),
      m_hasDue(new QCheckBox(tr("B&y"), this)), m_due(new QDateEdit(this)), m_status(new QComboBox(this))
{
    setWindowTitle(tr("Action Item"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_description->setPlaceholderText(tr("What is to be done, by whom, to what end"));
    m_owner->setModel(m_people);
    m_city->setModel(m_cities);
    m_due->setCalendarPopup(true);
    m_due->setDate(context.clock.nowUtc().date().addDays(14));
    m_due->setEnabled(false);
    for (const QString &key : Vocabulary::actionStatuses())
        m_status->addItem(Vocabulary::actionStatusLabel(key), key);

    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Action:"), m_description);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("Due:"), dueRow);
    form->addRow(tr("&Status:"), m_status);
    contentLayout()->addLayout(form);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
}

void ActionDialog::setAction(const ActionItemRecord &action)
{
    m_action = action;
    m_description->setPlainText(action.description);
    m_owner->setCurrentIndex(qMax(0, m_people->rowOfId(action.ownerPersonId.value_or(0))));
    m_city->setCurrentIndex(qMax(0, m_cities->rowOfId(action.cityId.value_or(0))));
    m_hasDue->setChecked(action.dueDate.isValid());
    if (action.dueDate.isValid())
        m_due->setDate(action.dueDate);
    m_status->setCurrentIndex(qMax(0, m_status->findData(action.status)));
}

ActionItemRecord ActionDialog::action() const
{
    ActionItemRecord a = m_action;
    a.description = m_description->toPlainText().trimmed();
    const qint64 owner = m_people->idAt(m_owner->currentIndex());
    a.ownerPersonId = owner > 0 ? std::optional<qint64>(owner) : std::nullopt;
    const qint64 city = m_cities->idAt(m_city->currentIndex());
    a.cityId = city > 0 ? std::optional<qint64>(city) : std::nullopt;
    a.dueDate = m_hasDue->isChecked() ? m_due->date() : QDate();
    a.status = m_status->currentData().toString();
    if (a.status != QLatin1String("done"))
        a.doneDate = QDate(); // reopened: no longer done
    return a;
}
