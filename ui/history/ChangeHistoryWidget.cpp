#include "ChangeHistoryWidget.h"

#include "common/AppContext.h"
#include "common/ReadOnlyControls.h"
#include "database/Database.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "history/ChangeRestorer.h"
#include "itemmodels/ChangeHistoryModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <iterator>

ChangeHistoryWidget::ChangeHistoryWidget(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_model(new ChangeHistoryModel(context.database.connection(), &context.notifier, this)),
      m_view(new QTableView(this)), m_restore(new QPushButton(tr("Restore Old Value"), this)),
      m_status(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Changes, newest first"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // The log can be long: fixed row heights and column widths, nothing measured.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // The change itself (the last column) gets the room the others leave: they take shares of
    // the width, so that old → new stays in sight in a narrow detail pane (fitColumns).
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->viewport()->installEventFilter(this);
    const QFontMetrics metrics = m_view->fontMetrics();
    m_view->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    m_restore->setToolTip(tr("Put the selected change's old value back (Edit ▸ Undo takes it back again)"));
    m_restore->setEnabled(false);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    ReadOnlyControls::hide(context, {m_restore});

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_restore, &QPushButton::clicked, this, &ChangeHistoryWidget::restoreSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChangeHistoryWidget::updateRestore);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChangeHistoryWidget::updateRestore);
    // After any edit the selected change may have become restorable or not (its record deleted,
    // its field set back by hand). The model has read the new changes first: it was connected first.
    connect(&context.notifier, &ChangeNotifier::changed, this, &ChangeHistoryWidget::updateRestore);
}

void ChangeHistoryWidget::setScope(HistoryScope scope, qint64 id)
{
    if (m_model->scope() == scope && m_model->scopeId() == id && id > 0)
        return;
    m_model->setScope(scope, id);
    m_status->clear();
}

bool ChangeHistoryWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void ChangeHistoryWidget::fitColumns()
{
    // Shares of the width in percent: when, who, record, field; the change takes the rest.
    static constexpr int Shares[] = {20, 13, 24, 17};
    const int width = m_view->viewport()->width();
    for (int column = 0; column < int(std::size(Shares)); ++column)
        m_view->setColumnWidth(column, width * Shares[column] / 100);
}

QString ChangeHistoryWidget::statusText() const
{
    return m_status->text();
}

int ChangeHistoryWidget::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void ChangeHistoryWidget::updateRestore()
{
    const int row = selectedRow();
    if (row < 0) {
        m_restore->setEnabled(false);
        m_status->clear();
        return;
    }
    const Status possible = ChangeRestorer(m_context.editor).check(m_model->entryAt(row));
    m_restore->setEnabled(possible.ok());
    m_status->setText(possible.error());
}

void ChangeHistoryWidget::restoreSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const ChangeEntry entry = m_model->entryAt(row); // the model grows on top while restoring
    if (const Status s = ChangeRestorer(m_context.editor).restore(entry); !s) {
        m_status->setText(s.error());
        emit failed(s.error());
        return;
    }
    emit done(tr("Restored the old value; Undo takes it back."));
    updateRestore();
}
