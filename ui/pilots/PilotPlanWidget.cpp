#include "PilotPlanWidget.h"

#include "CostDelegate.h"
#include "CurrencyDelegate.h"
#include "common/AppContext.h"
#include "common/ReadOnlyControls.h"
#include "common/DateDelegate.h"
#include "core/Clock.h"
#include "database/Database.h"
#include "edit/Editor.h"
#include "itemmodels/PlanActionsModel.h"
#include "store/ProgrammeQueries.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PilotPlanWidget::PilotPlanWidget(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_model(new PlanActionsModel(context.database.connection(), context.clock, &context.editor,
                                   &context.notifier, this)),
      m_currency(new CurrencyDelegate(this)), m_view(new QTableView(this)),
      m_newAction(new QLineEdit(this)), m_add(new QPushButton(tr("&Add Action"), this)),
      m_delete(new QPushButton(tr("Delete Action"), this)),
      m_up(new QPushButton(tr("Move &Up"), this)), m_down(new QPushButton(tr("Move Do&wn"), this)),
      m_message(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Pilot plan"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    if (context.database.isReadOnly())
        m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    ReadOnlyControls::hide(context, {m_newAction, m_add, m_delete, m_up, m_down});
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The title takes the room left; the other columns show the rest of a long text as a tooltip.
    m_view->horizontalHeader()->setSectionResizeMode(PlanActionsModel::Title, QHeaderView::Stretch);
    const int unit = fontMetrics().averageCharWidth();
    const QList<int> widths{30, 14, 14, 18, 10, 10, 18, 22, 22};
    for (int column = 1; column < widths.size(); ++column)
        m_view->setColumnWidth(column, widths.at(column) * unit);
    m_view->horizontalHeader()->setMinimumSectionSize(6 * unit);
    const QDate today = context.clock.nowUtc().date();
    // An end date starts from the start date; a start from the end date, else today.
    auto *dates = new DateDelegate(
        [today](const QModelIndex &index) {
            const int other = index.column() == PlanActionsModel::Start ? PlanActionsModel::End
                                                                        : PlanActionsModel::Start;
            const QDate date = index.siblingAtColumn(other).data(Qt::EditRole).toDate();
            return date.isValid() ? date : today;
        },
        this);
    m_view->setItemDelegateForColumn(PlanActionsModel::Start, dates);
    m_view->setItemDelegateForColumn(PlanActionsModel::End, dates);
    m_view->setItemDelegateForColumn(PlanActionsModel::Cost, new CostDelegate(this));
    m_view->setItemDelegateForColumn(PlanActionsModel::Currency, m_currency);
    auto *clear = new QAction(tr("&Clear Cell"), m_view);
    clear->setShortcut(QKeySequence(Qt::Key_Backspace));
    clear->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(clear);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(clear, &QAction::triggered, this, &PilotPlanWidget::clearCell);

    m_newAction->setPlaceholderText(tr("New action: its title, then Enter"));
    m_newAction->setAccessibleName(tr("New plan action"));
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::BrightText);
    m_message->setBackgroundRole(QPalette::Dark);
    m_message->setAutoFillBackground(true);
    m_message->setMargin(4);
    m_message->hide();

    auto *add = new QHBoxLayout;
    add->addWidget(m_newAction, 1);
    add->addWidget(m_add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(add);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_newAction, &QLineEdit::returnPressed, this, &PilotPlanWidget::addAction);
    connect(m_newAction, &QLineEdit::textChanged, this, &PilotPlanWidget::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &PilotPlanWidget::addAction);
    connect(m_delete, &QPushButton::clicked, this, &PilotPlanWidget::deleteAction);
    connect(m_up, &QPushButton::clicked, this, [this] { moveAction(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveAction(+1); });
    connect(m_model, &PlanActionsModel::editFailed, this, &PilotPlanWidget::showMessage);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { showMessage(QString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PilotPlanWidget::updateButtons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &PilotPlanWidget::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &PilotPlanWidget::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PilotPlanWidget::updateButtons);
    updateButtons();
}

void PilotPlanWidget::setPilot(qint64 pilotId, qint64 pairingId)
{
    m_model->setPilot(pilotId);
    showMessage(QString());
    // The currencies of the pairing's countries, then those the programme's plans use most.
    QStringList countries;
    for (const ProgrammeQueries::MemberCity &c :
         ProgrammeQueries(m_context.database.connection()).membersOf(pairingId).value_or({}))
        countries << c.countryCode;
    QStringList codes = CurrencyDelegate::currenciesOf(countries);
    for (const QString &common : {QStringLiteral("EUR"), QStringLiteral("USD")}) {
        if (!codes.contains(common))
            codes << common;
    }
    m_currency->setSuggestions(codes);
    m_newAction->setEnabled(pilotId > 0);
    updateButtons();
}

qint64 PilotPlanWidget::currentActionId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

QString PilotPlanWidget::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PilotPlanWidget::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void PilotPlanWidget::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    m_add->setEnabled(m_model->pilotId() > 0 && !m_newAction->text().trimmed().isEmpty());
    m_delete->setEnabled(current.isValid());
    m_up->setEnabled(current.isValid() && current.row() > 0);
    m_down->setEnabled(current.isValid() && current.row() < m_model->rowCount() - 1);
}

void PilotPlanWidget::selectAction(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const int column = m_view->currentIndex().isValid() ? m_view->currentIndex().column() : 0;
    m_view->setCurrentIndex(m_model->index(row, column));
}

void PilotPlanWidget::addAction()
{
    const QString title = m_newAction->text().trimmed();
    if (m_model->pilotId() <= 0 || title.isEmpty()) {
        m_newAction->setFocus();
        return;
    }
    PlanActionRecord action;
    action.pilotId = m_model->pilotId();
    action.title = title;
    const auto id = m_context.editor.addPlanAction(action);
    if (!id) {
        showMessage(id.error());
        return;
    }
    m_newAction->clear();
    showMessage(QString());
    selectAction(id.value());
    emit done(tr("Added the plan action “%1”.").arg(title));
}

void PilotPlanWidget::deleteAction()
{
    const qint64 id = currentActionId();
    if (!id)
        return;
    const QString title = m_model->actionAt(m_view->currentIndex().row()).title;
    if (const Status s = m_context.editor.deletePlanAction(id); !s)
        showMessage(s.error());
    else
        emit done(tr("Deleted the plan action “%1”. Undo brings it back.").arg(title));
}

void PilotPlanWidget::moveAction(int direction)
{
    const qint64 id = currentActionId();
    if (!id)
        return;
    if (const Status s = m_context.editor.movePlanAction(id, direction); !s)
        showMessage(s.error());
    selectAction(id);
    updateButtons();
}

void PilotPlanWidget::clearCell()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && current.column() != PlanActionsModel::Title)
        m_model->setData(current, QVariant(), Qt::EditRole);
}
