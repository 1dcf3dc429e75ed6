#include "TablePage.h"

#include "common/RowCounter.h"
#include "common/TabOrder.h"
#include "itemmodels/PagedTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

TablePage::TablePage(const QString &databasePath, PagedTableModel *model, const QString &filterPlaceholder,
                     CountText countText, QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new QLineEdit(this)), m_view(new QTableView(this)),
      m_count(new QLabel(this)), m_add(new QPushButton(tr("&Add…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_delete(new QPushButton(tr("&Delete"), this)), m_filterTimer(new QTimer(this)), m_countText(std::move(countText)),
      m_counter(new RowCounter(databasePath, model,
                               [this](int count) {
                                   m_count->setText(m_countText(count, !m_model->filterText().trimmed().isEmpty()));
                               }, this))
{
    model->setParent(this);
    m_filter->setPlaceholderText(filterPlaceholder);
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(filterPlaceholder);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);

    m_view->setModel(model);
    // The indicator first: enabling sorting sorts by it (the header's default is descending).
    m_view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows it has not fetched.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    TabOrder::chain({m_filter, m_add, m_edit, m_delete, m_view}); // the bar's row, then the list

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] { m_model->setFilterText(m_filter->text()); });
    connect(m_add, &QPushButton::clicked, this, &TablePage::addRecord);
    connect(m_edit, &QPushButton::clicked, this, &TablePage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &TablePage::deleteCurrent);
    connect(m_view, &QTableView::activated, this, &TablePage::editCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, &TablePage::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TablePage::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &TablePage::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TablePage::updateButtons);
    updateCount();
    updateButtons();
}

void TablePage::setColumnWidths(const QList<int> &characters)
{
    const int unit = fontMetrics().averageCharWidth();
    for (int column = 0; column < characters.size(); ++column)
        m_view->setColumnWidth(column, characters.at(column) * unit);
}

QList<QWidget *> TablePage::editingControls() const
{
    return {m_add, m_edit, m_delete};
}

qint64 TablePage::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() && m_view->selectionModel()->isRowSelected(index.row(), QModelIndex())
               ? m_model->idAt(index.row())
               : 0;
}

void TablePage::selectId(qint64 id)
{
    int row = m_model->rowOfId(id);
    while (row < 0 && m_model->canFetchMore(QModelIndex())) {
        m_model->fetchMore(QModelIndex());
        row = m_model->rowOfId(id);
    }
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

void TablePage::editCurrent()
{
    if (const qint64 id = currentId())
        editRecord(id);
}

void TablePage::deleteCurrent()
{
    if (const qint64 id = currentId())
        deleteRecord(id);
}

void TablePage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TablePage::updateCount()
{
    m_counter->count();
}

void TablePage::updateButtons()
{
    const bool selected = currentId() != 0;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}
