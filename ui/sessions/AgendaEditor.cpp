#include "AgendaEditor.h"

#include "common/TabOrder.h"
#include "common/AppContext.h"
#include "common/ChoiceDelegate.h"
#include "database/Database.h"
#include "itemmodels/AgendaTableModel.h"
#include "itemmodels/ChoiceListModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QHash<qint64, QString> namesOf(const ChoiceListModel *model)
{
    QHash<qint64, QString> names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.insert(model->idAt(row), model->index(row).data().toString());
    return names;
}
} // namespace

AgendaEditor::AgendaEditor(AppContext &context, AgendaTableModel *model, QWidget *parent)
    : QWidget(parent), m_model(model),
      m_methods(ChoiceListModel::methods(context.database.connection(), tr("— none —"), this)),
      m_people(ChoiceListModel::people(context.database.connection(), tr("— none —"), this)),
      m_view(new QTableView(this)), m_methodPicker(new QComboBox(this))
{
    m_model->setMethodNames(namesOf(m_methods));
    m_model->setOwnerNames(namesOf(m_people));

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Agenda"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setItemDelegateForColumn(AgendaTableModel::Method, new ChoiceDelegate(m_methods, m_view));
    m_view->setItemDelegateForColumn(AgendaTableModel::Owner, new ChoiceDelegate(m_people, m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->moveSection(AgendaTableModel::Start, 0); // times first, though the title is column 0
    header->moveSection(AgendaTableModel::LocalStart, 1);
    m_view->setColumnWidth(AgendaTableModel::Start, 60);
    m_view->setColumnWidth(AgendaTableModel::LocalStart, 220);
    m_view->setColumnWidth(AgendaTableModel::Title, 220);
    m_view->setColumnWidth(AgendaTableModel::Method, 170);
    m_view->setColumnWidth(AgendaTableModel::Minutes, 70);

    m_methodPicker->setModel(m_methods);
    m_methodPicker->setEditable(true);
    m_methodPicker->setInsertPolicy(QComboBox::NoInsert);
    m_methodPicker->lineEdit()->setAccessibleName(tr("Method library"));
    m_methodPicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_methodPicker->completer()->setFilterMode(Qt::MatchContains);
    m_methodPicker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_methodPicker->setCurrentIndex(-1);
    m_methodPicker->lineEdit()->setPlaceholderText(tr("Search the method library…"));
    m_methodPicker->setToolTip(tr("Choose a method to insert it as a block after the selected one"));
    m_methodPicker->setAccessibleName(tr("Method library"));

    auto *add = new QPushButton(tr("&Add Block"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *up = new QPushButton(tr("Mov&e Up"), this);
    auto *down = new QPushButton(tr("Move Do&wn"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_methodPicker, 1);
    buttons->addWidget(remove);
    buttons->addWidget(up);
    buttons->addWidget(down);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    TabOrder::chain({m_view, add, m_methodPicker, remove, up, down});

    connect(add, &QPushButton::clicked, this, &AgendaEditor::addBlock);
    connect(remove, &QPushButton::clicked, this, &AgendaEditor::removeSelected);
    connect(up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_methodPicker, &QComboBox::activated, this, [this](int index) {
        insertMethod(m_methods->idAt(index));
        m_methodPicker->setCurrentIndex(-1);
    });
}

void AgendaEditor::setTemplateMode()
{
    for (int column : {int(AgendaTableModel::Start), int(AgendaTableModel::LocalStart),
                       int(AgendaTableModel::Owner), int(AgendaTableModel::Notes)})
        m_view->setColumnHidden(column, true);
}

int AgendaEditor::insertionRow() const
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    return selected.isEmpty() ? m_model->rowCount() : selected.first().row() + 1;
}

void AgendaEditor::addBlock()
{
    AgendaItemRecord item;
    item.title = tr("New block");
    item.durationMinutes = 10;
    const int row = insertionRow();
    m_model->insertItem(row, item);
    m_view->selectRow(row);
    m_view->edit(m_model->index(row, AgendaTableModel::Title));
}

void AgendaEditor::insertMethod(qint64 methodId)
{
    const int choice = m_methods->rowOfId(methodId);
    if (methodId <= 0 || choice < 0)
        return;
    AgendaItemRecord item;
    item.title = m_methods->index(choice).data().toString();
    item.methodId = methodId;
    item.methodName = item.title;
    item.durationMinutes = qMax(5, m_methods->index(choice).data(ChoiceListModel::CodeRole).toInt());
    const int row = insertionRow();
    m_model->insertItem(row, item);
    m_view->selectRow(row);
}

void AgendaEditor::removeSelected()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (!selected.isEmpty())
        m_model->removeRows(selected.first().row(), 1);
}

void AgendaEditor::moveSelected(int delta)
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const int row = selected.first().row();
    const int target = row + delta;
    if (target < 0 || target >= m_model->rowCount())
        return;
    m_model->moveRows(QModelIndex(), row, 1, QModelIndex(), delta > 0 ? target + 1 : target);
    m_view->selectRow(target);
}
