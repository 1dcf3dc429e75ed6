#include "ActionsPage.h"

#include "ActionDialog.h"
#include "common/AppContext.h"
#include "common/ChoiceLoader.h"
#include "common/ColumnWidths.h"
#include "common/RowCounter.h"
#include "common/TabOrder.h"
#include "common/ReadOnlyControls.h"
#include "core/Clock.h"
#include "database/Database.h"
#include "domain/Vocabulary.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "itemmodels/ActionTableModel.h"
#include "itemmodels/ChoiceListModel.h"
#include "store/ActionStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

ActionsPage::ActionsPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_model(new ActionTableModel(context.database.connection(), &context.notifier, context.clock.nowUtc().date(), this)),
      m_pairings(new ChoiceListModel(this)), m_cities(new ChoiceListModel(this)), m_people(new ChoiceListModel(this)),
      m_pairing(new QComboBox(this)), m_city(new QComboBox(this)), m_owner(new QComboBox(this)),
      m_status(new QComboBox(this)), m_overdue(new QCheckBox(tr("O&verdue only"), this)),
      m_search(new QLineEdit(this)), m_count(new QLabel(this)),
      m_counter(new RowCounter(context.database.path(), m_model,
                               [this](int count) { m_count->setText(tr("Actions: %1").arg(count)); }, this)),
      m_view(new QTableView(this)),
      m_searchTimer(new QTimer(this))
{
    m_pairing->setModel(m_pairings);
    m_city->setModel(m_cities);
    m_owner->setModel(m_people);
    const QString path = context.database.path();
    m_pairingChoices = new ChoiceLoader(path, ChoiceListModel::Kind::Pairings, tr("All pairings"), m_pairing, m_pairings, this);
    m_cityChoices = new ChoiceLoader(path, ChoiceListModel::Kind::Cities, tr("All cities"), m_city, m_cities, this);
    m_ownerChoices = new ChoiceLoader(path, ChoiceListModel::Kind::People, tr("Anyone"), m_owner, m_people, this);
    for (ChoiceLoader *choices : {m_pairingChoices, m_cityChoices, m_ownerChoices})
        choices->reload();
    for (QComboBox *combo : {m_pairing, m_city, m_owner}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    m_pairing->setAccessibleName(tr("Pairing"));
    m_city->setAccessibleName(tr("City"));
    m_owner->setAccessibleName(tr("Owner"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString &key : Vocabulary::actionStatuses())
        m_status->addItem(Vocabulary::actionStatusLabel(key), key);
    m_search->setPlaceholderText(tr("Search actions, owners, cities…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter action items"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Action items"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // The indicator first: enabling sorting sorts by it, and by the header's default (the first
    // column, not indexed) that would read all 200,000 rows of a large programme once more.
    m_view->horizontalHeader()->setSortIndicator(ActionTableModel::Due, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(ActionTableModel::Description, QHeaderView::Stretch);
    // Owners and due dates on one line; the description takes the rest of the width and wraps.
    ColumnWidths::setCharacters(m_view, ActionTableModel::Owner, 22);
    ColumnWidths::setCharacters(m_view, ActionTableModel::City, 16);
    QStringList dues{QCoreApplication::translate("ActionTableModel", "No due date")};
    for (int month = 1; month <= 12; ++month)
        dues << QCoreApplication::translate("ActionTableModel", "%1 — overdue")
                    .arg(QLocale().toString(QDate(2026, month, 28), QLocale::ShortFormat));
    ColumnWidths::fit(m_view, ActionTableModel::Due, dues, true);
    QStringList statuses;
    for (const QString &key : Vocabulary::actionStatuses())
        statuses << Vocabulary::actionStatusLabel(key);
    ColumnWidths::fit(m_view, ActionTableModel::Status, statuses);
    ColumnWidths::setCharacters(m_view, ActionTableModel::Pairing, 6);
    ColumnWidths::fit(m_view, ActionTableModel::Session,
                      {QCoreApplication::translate("ActionTableModel", "Session %1").arg(99)});
    m_view->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_pairing, 1);
    filters->addWidget(m_city, 1);
    filters->addWidget(m_owner, 1);
    filters->addWidget(m_status);
    filters->addWidget(m_overdue);
    filters->addWidget(m_count);

    auto *edit = new QPushButton(tr("&Edit…"), this);
    auto *remove = new QPushButton(tr("&Delete"), this);
    auto *open = new QPushButton(tr("Open &Session"), this);
    ReadOnlyControls::hide(context, {edit, remove});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addStretch(1);
    buttons->addWidget(edit);
    buttons->addWidget(remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    TabOrder::chain({m_search, m_pairing, m_city, m_owner, m_status, m_overdue, m_view, open, edit, remove});

    for (QComboBox *combo : {m_pairing, m_city, m_owner, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &ActionsPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &ActionsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model->setFilterText(m_search->text()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &ActionsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActionsPage::updateCount);
    connect(m_view, &QTableView::doubleClicked, this, &ActionsPage::editCurrent);
    connect(edit, &QPushButton::clicked, this, &ActionsPage::editCurrent);
    connect(remove, &QPushButton::clicked, this, &ActionsPage::deleteCurrent);
    connect(open, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->selectionModel()->currentIndex();
        if (current.isValid())
            emit openSessionRequested(current.data(ActionTableModel::SessionIdRole).toLongLong());
    });
    for (ChoiceLoader *choices : {m_pairingChoices, m_cityChoices, m_ownerChoices})
        connect(choices, &ChoiceLoader::choiceChanged, this, &ActionsPage::applyFilter);
    connect(&context.notifier, &ChangeNotifier::changed, this, [this](ChangeNotifier::Entity entity) {
        // New people, cities or pairings belong in the filters; a filter on something deleted
        // falls back to "All" when they are read again.
        if (entity == ChangeNotifier::Entity::Person)
            m_ownerChoices->reload();
        if (entity == ChangeNotifier::Entity::City)
            m_cityChoices->reload();
        if (entity == ChangeNotifier::Entity::Pairing || entity == ChangeNotifier::Entity::City)
            m_pairingChoices->reload();
        if (entity == ChangeNotifier::Entity::Person || entity == ChangeNotifier::Entity::City
            || entity == ChangeNotifier::Entity::Pairing)
            applyFilter(); // renamed owners and cities in the rows
    });
    updateCount();
}

void ActionsPage::applyFilter()
{
    ActionTableModel::Filter filter;
    filter.pairingId = m_pairingChoices->chosenId();
    filter.cityId = m_cityChoices->chosenId();
    filter.ownerPersonId = m_ownerChoices->chosenId();
    filter.status = m_status->currentData().toString();
    filter.overdueOnly = m_overdue->isChecked();
    m_model->setToday(m_context.clock.nowUtc().date());
    m_model->setFilter(filter);
}

void ActionsPage::showActions(qint64 pairingId, bool overdueOnly)
{
    const QSignalBlocker pairing(m_pairing);
    const QSignalBlocker city(m_city);
    const QSignalBlocker owner(m_owner);
    const QSignalBlocker status(m_status);
    const QSignalBlocker overdue(m_overdue);
    m_pairingChoices->select(pairingId);
    m_cityChoices->select(0);
    m_ownerChoices->select(0);
    m_status->setCurrentIndex(0);
    m_overdue->setChecked(overdueOnly);
    m_search->clear();
    m_model->setFilterText(QString());
    applyFilter();
}

void ActionsPage::updateCount()
{
    m_counter->count();
}

qint64 ActionsPage::currentId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void ActionsPage::addRecord()
{
    emit failed(tr("Action items are created in a session: open the session and press Ctrl+Shift+A "
                   "on the entry they come from."));
}

void ActionsPage::editCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return;
    const auto action = ActionStore(m_context.database.connection(), m_context.clock).fetch(id);
    if (!action) {
        emit failed(action.error());
        return;
    }
    ActionDialog dialog(m_context, this);
    dialog.setAction(action.value());
    dialog.setSave([&] { return m_context.editor.editAction(dialog.action()); });
    if (dialog.exec() == QDialog::Accepted)
        emit done(tr("Saved the action item."));
}

void ActionsPage::deleteCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return;
    if (const Status s = m_context.editor.deleteAction(id); !s)
        emit failed(s.error());
    else
        emit done(tr("Deleted the action item. Undo brings it back."));
}

void ActionsPage::focusFilter()
{
    m_search->setFocus();
    m_search->selectAll();
}
