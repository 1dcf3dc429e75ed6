#include "PairingsPage.h"

#include "PairingDetailWidget.h"
#include "PairingDialog.h"
#include "common/AppContext.h"
#include "common/BackgroundRead.h"
#include "common/ReadOnlyControls.h"
#include "database/Database.h"
#include "domain/Validation.h"
#include "edit/Editor.h"
#include "itemmodels/ChoiceListModel.h"
#include "itemmodels/PairingFilterProxy.h"
#include "itemmodels/PairingListModel.h"
#include "store/PairingStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

PairingsPage::PairingsPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_model(new PairingListModel(context.database.connection(), &context.notifier, this,
                                   PairingListModel::Load::OnRequest)),
      m_proxy(new PairingFilterProxy(this)), m_theme(new QComboBox(this)),
      m_filter(new QLineEdit(this)), m_count(new QLabel(this)), m_view(new QTableView(this)),
      m_detail(new PairingDetailWidget(context, this)), m_splitter(new QSplitter(this))
{
    m_proxy->setSourceModel(m_model);
    m_theme->addItem(tr("All themes"), QString());
    auto *themes = ChoiceListModel::themes(context.database.connection(), this);
    for (int row = 0; row < themes->rowCount(); ++row) {
        const QString name = themes->index(row).data().toString();
        m_theme->addItem(name, name);
    }
    m_theme->setAccessibleName(tr("Theme"));
    m_filter->setPlaceholderText(tr("Filter by code, city, country or challenge…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter pairings"));
    auto *add = new QPushButton(tr("&New Pairing…"), this);
    ReadOnlyControls::hide(context, {add});

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    // The programme's own order (theme, then code) until a header is clicked.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_proxy->sort(-1);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    const int unit = fontMetrics().averageCharWidth();
    m_view->horizontalHeader()->setSectionResizeMode(PairingListModel::Cities, QHeaderView::Stretch);
    m_view->setColumnWidth(PairingListModel::Code, 9 * unit);
    m_view->setColumnWidth(PairingListModel::Theme, 30 * unit);
    m_view->setColumnWidth(PairingListModel::Status, 12 * unit);
    m_view->setAccessibleName(tr("Pairings"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_theme);
    bar->addWidget(m_filter, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(add);
    auto *listPane = new QWidget(this);
    auto *list = new QVBoxLayout(listPane);
    list->setContentsMargins(0, 0, 0, 0);
    list->addLayout(bar);
    list->addWidget(m_view, 1);
    list->addLayout(footer);

    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    // Filtering is in memory and takes a few milliseconds even for 10,000 pairings
    // (BENCHMARKS.md): each keystroke narrows the list at once, without waiting for a pause.
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &PairingFilterProxy::setSearchText);
    connect(m_theme, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTheme(m_theme->currentData().toString()); });
    connect(add, &QPushButton::clicked, this, &PairingsPage::addRecord);
    connect(m_view, &QTableView::activated, this, &PairingsPage::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_detail->setPairing(currentId()); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PairingsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PairingsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PairingsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PairingsPage::updateCount);
    connect(m_detail, &PairingDetailWidget::editRequested, this, &PairingsPage::editPairing);
    connect(m_detail, &PairingDetailWidget::deleteRequested, this, &PairingsPage::deletePairing);
    connect(m_detail, &PairingDetailWidget::sessionsRequested, this, &PairingsPage::showSessionsRequested);
    connect(m_detail, &PairingDetailWidget::planCycleRequested, this, &PairingsPage::planCycleRequested);
    connect(m_detail, &PairingDetailWidget::openPilotRequested, this, &PairingsPage::openPilotRequested);
    connect(m_detail, &PairingDetailWidget::done, this, &PairingsPage::done);
    connect(m_detail, &PairingDetailWidget::failed, this, &PairingsPage::failed);
    connect(m_detail, &PairingDetailWidget::openSessionRequested, this, &PairingsPage::openSessionRequested);
    connect(m_detail, &PairingDetailWidget::openActionsRequested, this, &PairingsPage::openActionsRequested);
    updateCount();

    // The rows are read on a worker: the area shows at once and fills a moment later.
    auto *reader = new BackgroundRead(context.database.path(), this);
    connect(m_model, &PairingListModel::readRequested, this, [this, reader] {
        reader->start<QList<PairingListModel::Row>>(&PairingListModel::readRows,
                                                    [this](Result<QList<PairingListModel::Row>> rows) { showRows(rows); });
    });
    m_model->reload();
}

qint64 PairingsPage::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(PairingListModel::IdRole).toLongLong() : 0;
}

void PairingsPage::showRows(const Result<QList<PairingListModel::Row>> &rows)
{
    const bool first = !m_model->isLoaded();
    const qint64 shown = currentId(); // read again after a city was renamed: stay on it
    m_model->setRows(rows);
    if (const qint64 pending = std::exchange(m_pendingId, 0)) {
        selectId(pending);
    } else if (const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOfId(shown), 0));
               index.isValid()) {
        m_view->selectRow(index.row());
    } else if (first && m_proxy->rowCount() > 0) {
        m_view->selectRow(0);
    }
}

bool PairingsPage::isUpToDate() const
{
    return m_model->isLoaded() && !m_model->isReading();
}

void PairingsPage::selectId(qint64 id)
{
    if (!m_model->isLoaded()) {
        m_pendingId = id;
        return;
    }
    const int sourceRow = m_model->rowOfId(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) { // hidden by the filter: show everything rather than hide the new row
        m_filter->clear();
        m_theme->setCurrentIndex(0);
        m_proxy->setSearchText(QString());
        return selectId(id);
    }
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
}

void PairingsPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void PairingsPage::updateCount()
{
    if (!m_model->isLoaded()) {
        m_count->setText(tr("Reading the pairings…"));
        return;
    }
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("Pairings: %n", nullptr, all)
                                  : tr("Pairings: %1 of %n", nullptr, all).arg(shown));
}

void PairingsPage::showWarnings(qint64 id)
{
    const auto pairing = PairingStore(m_context.database.connection(), m_context.clock).fetch(id);
    if (pairing) {
        const QStringList warnings = Validation::pairingWarnings(pairing.value());
        if (!warnings.isEmpty())
            emit done(tr("Saved %1. Note: %2").arg(pairing->code, warnings.join(QStringLiteral(" "))));
        else
            emit done(tr("Saved %1.").arg(pairing->code));
    }
}

void PairingsPage::addRecord()
{
    PairingDialog dialog(m_context.database.connection(), m_context.clock, this);
    PairingRecord pairing;
    const QString theme = m_theme->currentData().toString();
    if (!theme.isEmpty()) { // start in the theme the facilitator is looking at
        auto *themes = ChoiceListModel::themes(m_context.database.connection(), &dialog);
        pairing.themeId = themes->idAt(themes->match(themes->index(0), Qt::DisplayRole, theme).value(0).row());
    }
    dialog.setPairing(pairing);
    qint64 newId = 0;
    dialog.setSave([&] {
        const auto id = m_context.editor.addPairing(dialog.pairing());
        newId = id ? id.value() : 0;
        return id.status();
    });
    if (dialog.exec() == QDialog::Accepted) {
        selectId(newId);
        showWarnings(newId);
    }
}

void PairingsPage::editPairing(qint64 id)
{
    const auto pairing = PairingStore(m_context.database.connection(), m_context.clock).fetch(id);
    if (!pairing) {
        emit failed(pairing.error());
        return;
    }
    PairingDialog dialog(m_context.database.connection(), m_context.clock, this);
    dialog.setPairing(pairing.value());
    dialog.setSave([&] { return m_context.editor.editPairing(dialog.pairing()); });
    if (dialog.exec() == QDialog::Accepted)
        showWarnings(id);
}

void PairingsPage::deletePairing(qint64 id)
{
    const auto pairing = PairingStore(m_context.database.connection(), m_context.clock).fetch(id);
    const Status status = m_context.editor.deletePairing(id);
    if (!status)
        emit failed(status.error());
    else
        emit done(tr("Deleted pairing %1.").arg(pairing ? pairing->code : QString()));
}

void PairingsPage::editCurrent()
{
    if (const qint64 id = currentId())
        editPairing(id);
}

void PairingsPage::deleteCurrent()
{
    if (const qint64 id = currentId())
        deletePairing(id);
}
