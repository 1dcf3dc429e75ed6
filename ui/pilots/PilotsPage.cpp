#include "PilotsPage.h"

#include "AssessmentDialog.h"
#include "PilotAssessmentsWidget.h"
#include "PilotDetailWidget.h"
#include "PilotDialog.h"
#include "PilotPlanWidget.h"
#include "common/AppContext.h"
#include "common/BackgroundRead.h"
#include "common/ChoiceLoader.h"
#include "common/ColumnWidths.h"
#include "common/ReadOnlyControls.h"
#include "common/RefreshWhenShown.h"
#include "common/TabOrder.h"
#include "database/Database.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "itemmodels/ChoiceListModel.h"
#include "itemmodels/PilotTableModel.h"
#include "progress/ReadinessQueries.h"
#include "readiness/ReadinessText.h"
#include "store/PilotStore.h"
#include "store/ProgrammeQueries.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

PilotsPage::PilotsPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_model(new PilotTableModel(context.database.connection(), &context.notifier,
                                  Rubric::shipped(), this, PilotTableModel::Load::OnFirstReload)),
      m_themes(new ChoiceListModel(this)), m_pairings(new ChoiceListModel(this)),
      m_theme(new QComboBox(this)), m_pairing(new QComboBox(this)),
      m_readiness(new QComboBox(this)), m_search(new QLineEdit(this)), m_count(new QLabel(this)),
      m_view(new QTableView(this)), m_detail(new PilotDetailWidget(context, this)),
      m_splitter(new QSplitter(this)), m_searchTimer(new QTimer(this))
{
    m_theme->setModel(m_themes);
    m_pairing->setModel(m_pairings);
    m_pairingChoices = new ChoiceLoader(context.database.path(), ChoiceListModel::Kind::Pairings, tr("All pairings"),
                                        m_pairing, m_pairings, this);
    for (QComboBox *combo : {m_theme, m_pairing}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    m_theme->setAccessibleName(tr("Theme"));
    m_pairing->setAccessibleName(tr("Pairing"));
    m_readiness->setAccessibleName(tr("Readiness"));
    m_readiness->addItem(tr("Ready or not"), int(PilotTableModel::ReadyFilter::Any));
    m_readiness->addItem(tr("Ready to pilot"), int(PilotTableModel::ReadyFilter::Ready));
    m_readiness->addItem(tr("Not ready"), int(PilotTableModel::ReadyFilter::NotReady));
    m_search->setPlaceholderText(tr("Filter by title, city or pairing…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter pilots"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Pilots"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // pairing, then city
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);
    const int unit = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(PilotTableModel::City, 14 * unit);
    m_view->setColumnWidth(PilotTableModel::Pairing, 10 * unit); // "C-00003", the heading may be cut
    m_view->setColumnWidth(PilotTableModel::Theme, 18 * unit);
    m_view->horizontalHeader()->setSectionResizeMode(PilotTableModel::Title, QHeaderView::Stretch);
    for (int column = PilotTableModel::FirstDimension; column < m_model->overallColumn(); ++column)
        m_view->setColumnWidth(column, 12 * unit);
    // The dates and the readiness as wide as their longest text in the language shown
    // ("17 mar 2027", "3 (media 2,7)", "No preparado").
    const auto text = [](const char *source) { return QCoreApplication::translate("PilotTableModel", source); };
    QStringList dates{text("Not yet")};
    for (int month = 1; month <= 12; ++month)
        dates << QLocale().toString(QDate(2027, month, 28), QStringLiteral("d MMM yyyy"));
    ColumnWidths::fit(m_view, PilotTableModel::Assessed, dates);
    Readiness widest;
    widest.assessed = true;
    widest.overall = Rubric::shipped().maxLevel();
    widest.beside = Rubric::shipped().maxLevel() - 0.5;
    ColumnWidths::fit(m_view, m_model->overallColumn(), {ReadinessText::overallShort(Rubric::shipped(), widest)});
    ColumnWidths::fit(m_view, m_model->readyColumn(), {text("✔ Ready"), text("Not ready")}, true);
    m_view->setColumnHidden(PilotTableModel::Theme,
                            true); // the theme filter says it; the tooltip too
    reloadChoices();
    // Every pilot's standing is a read of its own: done on a worker when the area is first
    // shown, not while the window opens (BENCHMARKS.md).
    auto *reader = new BackgroundRead(context.database.path(), this);
    new RefreshWhenShown(this, 0, [this, reader] {
        const PilotFilter filter = m_model->readFilter();
        // Chosen and sorted on the worker too: 24,000 standings took the UI thread 90 ms.
        const PilotTableModel::Arrangement arrangement = m_model->arrangement();
        reader->start<QList<PilotStanding>>(
            [filter, arrangement](QSqlDatabase db) -> Result<QList<PilotStanding>> {
                auto standings = ReadinessQueries(db).standings(filter);
                if (!standings)
                    return standings;
                return arrangement.apply(std::move(standings).value());
            },
            [this, arrangement](Result<QList<PilotStanding>> standings) {
                m_model->setArrangedStandings(std::move(standings), arrangement);
                if (const qint64 pending = std::exchange(m_pendingPilot, 0))
                    showPilot(pending);
            });
    }, true);

    auto *add = new QPushButton(tr("&New Pilot…"), this);
    ReadOnlyControls::hide(context, {add});
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_theme, 1);
    filters->addWidget(m_pairing, 1);
    filters->addWidget(m_readiness);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(add);
    auto *listPane = new QWidget(this);
    auto *list = new QVBoxLayout(listPane);
    list->setContentsMargins(0, 0, 0, 0);
    list->addLayout(filters);
    list->addWidget(m_view, 1);
    list->addLayout(footer);
    TabOrder::chain({m_search, m_theme, m_pairing, m_readiness, m_view, add});
    // The detail's tables would otherwise squeeze the list to a few rows on a laptop screen.
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 9);

    m_splitter->setOrientation(Qt::Vertical);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    for (QComboBox *combo : {m_theme, m_pairing, m_readiness})
        connect(combo, &QComboBox::currentIndexChanged, this, &PilotsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &PilotsPage::applyFilter);
    connect(add, &QPushButton::clicked, this, &PilotsPage::addRecord);
    connect(m_view, &QTableView::activated, this, [this] { editPilot(currentId()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_detail->setPilot(currentId()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &PilotsPage::updateCount);
    // A reset (a new filter) drops the selection: the detail follows.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        m_detail->setPilot(currentId());
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            [this] { m_detail->setPilot(currentId()); });
    connect(m_detail, &PilotDetailWidget::editRequested, this, &PilotsPage::editPilot);
    connect(m_detail, &PilotDetailWidget::openPairingRequested, this,
            &PilotsPage::openPairingRequested);
    connect(m_detail, &PilotDetailWidget::openSessionRequested, this, &PilotsPage::openSessionRequested);
    connect(m_detail, &PilotDetailWidget::failed, this, &PilotsPage::failed);
    connect(m_detail, &PilotDetailWidget::done, this, &PilotsPage::done);
    connect(m_pairingChoices, &ChoiceLoader::choiceChanged, this, &PilotsPage::applyFilter);
    connect(
        &context.notifier, &ChangeNotifier::changed, this, [this](ChangeNotifier::Entity entity) {
            if (entity == ChangeNotifier::Entity::Pairing || entity == ChangeNotifier::Entity::City)
                reloadChoices(); // new pairings belong in the filter; a deleted one falls back to
                                 // "All"
        });
    updateCount();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void PilotsPage::reloadChoices()
{
    const ProgrammeQueries queries(m_context.database.connection());
    const auto reload = [](QComboBox *combo, ChoiceListModel *model,
                           const QList<ProgrammeQueries::Choice> &choices, const QString &none) {
        const qint64 current = model->idAt(combo->currentIndex());
        const QSignalBlocker blocker(combo);
        model->setChoices(choices, none);
        combo->setCurrentIndex(qMax(0, model->rowOfId(current)));
    };
    reload(m_theme, m_themes, queries.themes().value_or({}), tr("All themes"));
    m_pairingChoices->reload();
    applyFilter();
}

void PilotsPage::applyFilter()
{
    PilotTableModel::Filter filter;
    filter.themeId = m_themes->idAt(m_theme->currentIndex());
    filter.pairingId = m_pairingChoices->chosenId();
    filter.readiness = PilotTableModel::ReadyFilter(m_readiness->currentData().toInt());
    filter.text = m_search->text();
    const qint64 selected = currentId();
    m_model->setFilter(filter);
    const int row = m_model->rowOfId(selected);
    if (row >= 0)
        m_view->selectRow(row);
}

void PilotsPage::updateCount()
{
    m_count->setText(countText());
}

QString PilotsPage::countText() const
{
    int ready = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ready += m_model->standingAt(row).readiness.ready;
    return tr("Pilots: %1 · ready to pilot: %2").arg(m_model->rowCount()).arg(ready);
}

qint64 PilotsPage::currentId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void PilotsPage::showPilot(qint64 pilotId)
{
    if (m_model->rowOfId(pilotId) < 0) {
        const QSignalBlocker theme(m_theme), pairing(m_pairing), readiness(m_readiness),
            search(m_search);
        m_theme->setCurrentIndex(0);
        m_pairingChoices->select(0);
        m_readiness->setCurrentIndex(0);
        m_search->clear();
        applyFilter();
    }
    if (!m_model->isLoaded()) { // opened from elsewhere before the rows arrived
        m_pendingPilot = pilotId;
        return;
    }
    const int row = m_model->rowOfId(pilotId);
    if (row < 0)
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    m_detail->setPilot(pilotId);
}

void PilotsPage::addRecord()
{
    if (m_detail->plan()->isAncestorOf(focusWidget())) {
        m_detail->plan()->newActionEdit()->setFocus();
        return;
    }
    if (m_detail->assessments()->isAncestorOf(focusWidget())) {
        m_detail->assessments()->assess();
        return;
    }
    const qint64 pairing = m_pairingChoices->chosenId();
    if (const auto id = PilotDialog::addPilot(m_context, pairing, 0, this)) {
        showPilot(*id);
        emit done(tr("Added the pilot."));
    }
}

void PilotsPage::editCurrent()
{
    if (m_detail->plan()->view()->hasFocus()) {
        m_detail->plan()->view()->edit(m_detail->plan()->view()->currentIndex());
        return;
    }
    if (m_detail->assessments()->isAncestorOf(focusWidget())) {
        m_detail->assessments()->editAssessment();
        return;
    }
    editPilot(currentId());
}

void PilotsPage::editPilot(qint64 pilotId)
{
    if (pilotId > 0 && PilotDialog::editPilot(m_context, pilotId, this))
        emit done(tr("Saved the pilot."));
}

void PilotsPage::deleteCurrent()
{
    if (m_detail->plan()->view()->hasFocus()) {
        m_detail->plan()->deleteAction();
        return;
    }
    if (m_detail->assessments()->view()->hasFocus()) {
        m_detail->assessments()->deleteAssessment();
        return;
    }
    const qint64 id = currentId();
    if (!id)
        return;
    const auto pilot = PilotStore(m_context.database.connection(), m_context.clock).fetch(id);
    if (const Status s = m_context.editor.deletePilot(id); !s)
        emit failed(s.error());
    else
        emit done(tr("Deleted the pilot “%1” with its plan and assessments. Undo brings them back.")
                      .arg(pilot ? pilot->title : QString()));
}

void PilotsPage::focusFilter()
{
    m_search->setFocus();
    m_search->selectAll();
}
