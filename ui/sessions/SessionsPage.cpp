#include "SessionsPage.h"

#include "CycleTimeline.h"
#include "MonthCalendar.h"
#include "PlanCycleDialog.h"
#include "SessionDialog.h"
#include "TemplatesDialog.h"
#include "common/AppContext.h"
#include "common/ChoiceLoader.h"
#include "common/ColumnWidths.h"
#include "common/ReadOnlyControls.h"
#include "common/RowCounter.h"
#include "common/TabOrder.h"
#include "database/Database.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "exchange/IcsCalendar.h"
#include "exchange/MinutesExportJob.h"
#include "exchange/SessionCalendar.h"
#include "itemmodels/AgendaTableModel.h"
#include "itemmodels/ChoiceListModel.h"
#include "itemmodels/SessionTableModel.h"
#include "planning/SessionSchedule.h"
#include "store/ProgrammeQueries.h"
#include "store/SessionStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {
QStringList labels(const QStringList &keys, QString (*label)(const QString &))
{
    QStringList texts;
    for (const QString &key : keys)
        texts << label(key);
    return texts;
}

// Each column but the local times as wide as the longest text it can show, in this locale.
void fitSessionColumns(QTableView *view)
{
    QStringList starts;
    for (int month = 1; month <= 12; ++month) {
        for (int day = 22; day <= 28; ++day) // a whole week: every day's name
            starts << QCoreApplication::translate("SessionTableModel", "%1 UTC")
                          .arg(QLocale().toString(QDateTime(QDate(2026, month, day), QTime(23, 59), QTimeZone::utc()),
                                                  QStringLiteral("ddd d MMM yyyy HH:mm")));
    }
    ColumnWidths::setCharacters(view, SessionTableModel::Pairing, 6);
    ColumnWidths::fit(view, SessionTableModel::Number, {QStringLiteral("99")});
    ColumnWidths::fit(view, SessionTableModel::Kind, labels(Vocabulary::sessionKinds(), &Vocabulary::sessionKindLabel));
    ColumnWidths::fit(view, SessionTableModel::Status,
                      labels(Vocabulary::sessionStatuses(), &Vocabulary::sessionStatusLabel));
    ColumnWidths::fit(view, SessionTableModel::Start, starts);
    ColumnWidths::fit(view, SessionTableModel::Duration,
                      {QCoreApplication::translate("SessionTableModel", "%1 min").arg(999)});
    ColumnWidths::fit(view, SessionTableModel::Mode, labels(Vocabulary::sessionModes(), &Vocabulary::sessionModeLabel));
}
} // namespace

SessionsPage::SessionsPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_model(new SessionTableModel(context.database.connection(), &context.notifier, this)),
      m_pairings(new ChoiceListModel(this)),
      m_themes(new ChoiceListModel(this)), m_agenda(new AgendaTableModel(this)),
      m_pairing(new QComboBox(this)), m_theme(new QComboBox(this)), m_status(new QComboBox(this)),
      m_dates(new QCheckBox(tr("D&ates:"), this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_count(new QLabel(this)),
      m_counter(new RowCounter(context.database.path(), m_model,
                               [this](int count) { m_count->setText(tr("Sessions: %1").arg(count)); }, this)),
      m_tabs(new QTabWidget(this)), m_view(new QTableView(this)),
      m_calendar(new MonthCalendar(this)), m_dayList(new QListWidget(this)), m_timeline(new CycleTimeline(this)),
      m_detailTitle(new QLabel(this)), m_detailTimes(new QLabel(this)), m_detailWarnings(new QLabel(this)),
      m_agendaView(new QTableView(this))
{
    m_themes->setChoices(ProgrammeQueries(context.database.connection()).themes().value_or({}), tr("All themes"));
    m_pairing->setModel(m_pairings);
    m_pairingChoices = new ChoiceLoader(context.database.path(), ChoiceListModel::Kind::Pairings, tr("All pairings"),
                                        m_pairing, m_pairings, this);
    m_pairingChoices->reload();
    m_pairing->setAccessibleName(tr("Pairing"));
    // Long pairing and theme names must not widen the window; the popups show them in full.
    for (QComboBox *combo : {m_pairing, m_theme}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    m_theme->setModel(m_themes);
    m_theme->setAccessibleName(tr("Theme"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString &key : Vocabulary::sessionStatuses())
        m_status->addItem(Vocabulary::sessionStatusLabel(key), key);
    m_status->setAccessibleName(tr("Status"));
    const QDate today = context.clock.nowUtc().date();
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(m_from->date().addMonths(12).addDays(-1));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Sessions"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // The indicator first: enabling sorting sorts by it (the model reads its rows in this order).
    m_view->horizontalHeader()->setSortIndicator(SessionTableModel::Start, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The local times (one line per city, wrapped) take the room the other columns leave;
    // those are as wide as their longest text, so the last (Mode) is never cut off.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(SessionTableModel::LocalTimes, QHeaderView::Stretch);
    fitSessionColumns(m_view);
    m_view->setWordWrap(true);

    auto *monthTab = new QWidget(this);
    auto *monthLayout = new QHBoxLayout(monthTab);
    monthLayout->addWidget(m_calendar, 2);
    monthLayout->addWidget(m_dayList, 1);
    m_dayList->setAccessibleName(tr("Sessions of the chosen day"));
    m_dayList->setWordWrap(true);

    m_tabs->setAccessibleName(tr("Sessions as a list, a month or a cycle"));
    m_tabs->addTab(m_view, tr("&List"));
    m_tabs->addTab(monthTab, tr("&Month"));
    m_tabs->addTab(m_timeline, tr("C&ycle"));

    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_detailTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    m_detailTimes->setWordWrap(true);
    m_detailTimes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailWarnings->setWordWrap(true);
    QFont warningFont = m_detailWarnings->font();
    warningFont.setBold(true);
    m_detailWarnings->setFont(warningFont);
    m_agendaView->setModel(m_agenda);
    m_agendaView->setAccessibleName(tr("Agenda of the selected session"));
    m_agendaView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agendaView->verticalHeader()->hide();
    m_agendaView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agendaView->horizontalHeader()->moveSection(AgendaTableModel::Start, 0);
    m_agendaView->horizontalHeader()->setStretchLastSection(true);
    for (int column : {int(AgendaTableModel::LocalStart), int(AgendaTableModel::Owner),
                       int(AgendaTableModel::Objectives), int(AgendaTableModel::Notes)})
        m_agendaView->setColumnHidden(column, true);

    auto *open = new QPushButton(tr("&Open Session"), this);
    open->setToolTip(tr("Run the session: minutes, attendance and action items (Enter)"));
    auto *add = new QPushButton(tr("&New Session…"), this);
    auto *edit = new QPushButton(tr("&Edit…"), this);
    auto *remove = new QPushButton(tr("&Delete"), this);
    auto *plan = new QPushButton(tr("&Plan Cycle…"), this);
    auto *exportIcs = new QPushButton(tr("E&xport Calendar…"), this);
    auto *templates = new QPushButton(tr("&Templates…"), this);
    auto *minutes = new QPushButton(tr("Export &Minutes…"), this);
    minutes->setToolTip(tr("The minutes as PDFs: of the chosen pairing, of every session of the chosen status, or of the selected session"));
    templates->setToolTip(tr("The default agendas of each kind of session"));
    plan->setToolTip(tr("Propose the four sessions of the chosen pairing's cycle"));
    exportIcs->setToolTip(tr("Write the selected session, or the chosen pairing's whole cycle, as an .ics file"));
    ReadOnlyControls::hide(context, {add, edit, remove, plan, templates});

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_pairing, 2);
    filters->addWidget(m_theme, 1);
    filters->addWidget(m_status);
    filters->addWidget(m_dates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_count);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(plan);
    buttons->addWidget(exportIcs);
    buttons->addWidget(templates);
    buttons->addWidget(minutes);
    buttons->addStretch(1);
    buttons->addWidget(open);
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    TabOrder::chain({plan, exportIcs, templates, minutes, open, add, edit, remove}); // left to right

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailTimes);
    detailLayout->addWidget(m_detailWarnings);
    detailLayout->addWidget(m_agendaView, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    detail->setMinimumWidth(260);
    m_agendaView->setMinimumWidth(200);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    const auto filterChanged = [this] { applyFilter(); };
    connect(m_pairing, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_theme, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_dates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, filterChanged);
    connect(m_to, &QDateEdit::dateChanged, this, filterChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SessionsPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionsPage::showDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SessionsPage::showDetail);
    // Running the session is what a facilitator opens it for; F2 edits its plan.
    connect(m_view, &QTableView::activated, this, [this] {
        if (const qint64 id = currentId())
            emit openSessionRequested(id);
    });
    connect(open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            emit openSessionRequested(id);
    });
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &SessionsPage::refreshCalendar);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] { showDay(m_calendar->selectedDate()); });
    connect(m_dayList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        editSession(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_timeline, &CycleTimeline::sessionActivated, this, &SessionsPage::editSession);
    connect(m_pairingChoices, &ChoiceLoader::choiceChanged, this, filterChanged); // the chosen one is gone
    connect(m_pairings, &QAbstractItemModel::modelReset, this, [this] { // the pairings' codes and names
        showDay(m_calendar->selectedDate());
        refreshTimeline();
    });
    connect(&context.notifier, &ChangeNotifier::changed, this, [this](ChangeNotifier::Entity entity) {
        if (entity == ChangeNotifier::Entity::Pairing || entity == ChangeNotifier::Entity::City)
            m_pairingChoices->reload(); // new, renamed or deleted pairings in the filter
        if (entity == ChangeNotifier::Entity::Session || entity == ChangeNotifier::Entity::Pairing) {
            refreshCalendar();
            refreshTimeline();
        }
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &SessionsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionsPage::updateCount);
    connect(add, &QPushButton::clicked, this, &SessionsPage::addRecord);
    connect(edit, &QPushButton::clicked, this, &SessionsPage::editCurrent);
    connect(remove, &QPushButton::clicked, this, &SessionsPage::deleteCurrent);
    connect(plan, &QPushButton::clicked, this, &SessionsPage::planCycle);
    connect(exportIcs, &QPushButton::clicked, this, &SessionsPage::exportCalendar);
    connect(templates, &QPushButton::clicked, this, [this] { TemplatesDialog(m_context, this).exec(); });
    connect(minutes, &QPushButton::clicked, this, &SessionsPage::exportMinutes);
    applyFilter();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void SessionsPage::applyFilter()
{
    SessionTableModel::Filter filter;
    filter.pairingId = m_pairingChoices->chosenId();
    filter.themeId = m_themes->idAt(m_theme->currentIndex());
    filter.status = m_status->currentData().toString();
    if (m_dates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    m_model->setFilter(filter);
    updateCount();
    refreshCalendar();
    refreshTimeline();
    showDetail();
}

void SessionsPage::updateCount()
{
    m_counter->count();
}

void SessionsPage::setPairingFilter(qint64 pairingId)
{
    const bool loaded = m_pairingChoices->isLoaded();
    m_pairingChoices->select(pairingId); // once read, through the combo box's signal
    if (!loaded)
        applyFilter();
}

qint64 SessionsPage::currentId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void SessionsPage::selectId(qint64 id)
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

QString SessionsPage::detailText() const
{
    return m_detailTitle->text() + u'\n' + m_detailTimes->text();
}

void SessionsPage::showDetail()
{
    const qint64 id = currentId();
    const auto session = id ? SessionStore(m_context.database.connection(), m_context.clock).fetch(id)
                            : Result<SessionRecord>::failure(QString());
    if (!session) {
        m_detailTitle->setText(m_model->rowCount() == 0 ? tr("No sessions yet. Choose a pairing and "
                                                             "Plan Cycle, or add a session.")
                                                        : tr("Select a session."));
        m_detailTimes->clear();
        m_detailWarnings->clear();
        m_agenda->setAgenda({});
        return;
    }
    const auto pairing = ProgrammeQueries(m_context.database.connection()).pairing(session->pairingId);
    const auto members = pairing ? pairing->cities : QList<ProgrammeQueries::MemberCity>();
    m_detailTitle->setText(tr("%1 · Session %2: %3")
                               .arg(pairing ? pairing->code : QString()).arg(session->sequence)
                               .arg(session->title.isEmpty() ? Vocabulary::sessionKindLabel(session->kind) : session->title));
    QStringList lines;
    lines << tr("%1 · %2 · %3 min").arg(Vocabulary::sessionStatusLabel(session->status),
                                       Vocabulary::sessionModeLabel(session->mode)).arg(session->durationMinutes);
    if (session->startUtc.isValid()) {
        // The month view follows the selection, so switching to it shows this session's month.
        m_calendar->setSelectedDate(session->startUtc.date());
        lines << tr("%1 UTC").arg(QLocale().toString(session->startUtc, QStringLiteral("dddd d MMMM yyyy, HH:mm")));
        for (const auto &t : SessionSchedule::localTimes(session->startUtc, members))
            lines << tr("%1: %2, %3 (%4)").arg(t.city, QLocale().toString(t.local.date(), QStringLiteral("ddd d MMM")),
                                               t.local.time().toString(QStringLiteral("HH:mm")), t.offsetLabel);
    } else {
        lines << tr("No date and time yet.");
    }
    if (!session->link.isEmpty())
        lines << session->link;
    if (!session->location.isEmpty())
        lines << session->location;
    m_detailTimes->setText(lines.join(u'\n'));
    const QStringList warnings = Validation::sessionWarnings(session.value());
    m_detailWarnings->setText(warnings.isEmpty() ? QString() : QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
    m_agenda->setCities(members);
    m_agenda->setSessionStart(session->startUtc);
    m_agenda->setAgenda(session->agenda);
}

void SessionsPage::refreshCalendar()
{
    const QDate first(m_calendar->yearShown(), m_calendar->monthShown(), 1);
    // The grid shows a few days of the months around: cover them too.
    const QDateTime from(first.addDays(-7), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(first.addMonths(1).addDays(14), QTime(0, 0), QTimeZone::utc());
    const qint64 pairingId = m_pairingChoices->chosenId();
    const auto counts = SessionStore(m_context.database.connection(), m_context.clock).countsByDay(from, to, pairingId);
    m_calendar->setSessionCounts(counts.value_or({}));
    showDay(m_calendar->selectedDate());
}

void SessionsPage::showDay(QDate day)
{
    m_dayList->clear();
    const QDateTime from(day, QTime(0, 0), QTimeZone::utc());
    const qint64 pairingId = m_pairingChoices->chosenId();
    const auto sessions = SessionStore(m_context.database.connection(), m_context.clock)
                              .startingBetween(from, from.addDays(1), pairingId);
    for (const SessionRecord &s : sessions.value_or({})) {
        const int row = m_pairings->rowOfId(s.pairingId);
        const QString code = row >= 0 ? m_pairings->index(row).data(ChoiceListModel::CodeRole).toString() : QString();
        auto *item = new QListWidgetItem(tr("%1 UTC · %2 #%3 %4 (%5)")
                                             .arg(s.startUtc.time().toString(QStringLiteral("HH:mm")), code)
                                             .arg(s.sequence)
                                             .arg(Vocabulary::sessionKindLabel(s.kind), Vocabulary::sessionStatusLabel(s.status)),
                                         m_dayList);
        item->setData(Qt::UserRole, s.id);
    }
    if (m_dayList->count() == 0)
        m_dayList->addItem(tr("No sessions on %1").arg(QLocale().toString(day, QLocale::ShortFormat)));
}

void SessionsPage::refreshTimeline()
{
    const qint64 pairingId = m_pairingChoices->chosenId();
    if (pairingId == 0) {
        m_timeline->setMessage(tr("Choose a pairing above to see its cycle."));
        return;
    }
    const auto sessions = SessionStore(m_context.database.connection(), m_context.clock).ofPairing(pairingId);
    const int row = m_pairings->rowOfId(pairingId);
    m_timeline->setSessions(sessions.value_or({}), m_pairings->index(row).data().toString());
}

void SessionsPage::addRecord()
{
    SessionRecord session;
    session.pairingId = m_pairingChoices->chosenId();
    if (session.pairingId == 0 && m_pairings->rowCount() > 1)
        session.pairingId = m_pairings->idAt(1);
    session.sequence = SessionStore(m_context.database.connection(), m_context.clock).nextSequence(session.pairingId);
    SessionDialog dialog(m_context, this);
    dialog.setSession(session);
    dialog.useKindTemplates(); // a new session starts from the template of its kind
    qint64 newId = 0;
    dialog.setSave([&] {
        const auto id = m_context.editor.addSession(dialog.session());
        newId = id ? id.value() : 0;
        return id.status();
    });
    if (dialog.exec() == QDialog::Accepted) {
        selectId(newId);
        emit done(tr("Added session %1.").arg(dialog.session().sequence));
    }
}

void SessionsPage::editCurrent()
{
    if (const qint64 id = currentId())
        editSession(id);
}

void SessionsPage::editSession(qint64 id)
{
    const auto session = SessionStore(m_context.database.connection(), m_context.clock).fetch(id);
    if (!session) {
        emit failed(session.error());
        return;
    }
    SessionDialog dialog(m_context, this);
    dialog.setSession(session.value());
    dialog.setSave([&] { return m_context.editor.editSession(dialog.session()); });
    if (dialog.exec() == QDialog::Accepted) {
        selectId(id); // an edit can move the row, or reload the list
        showDetail();
        emit done(tr("Saved session %1.").arg(dialog.session().sequence));
    }
}

void SessionsPage::deleteCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return;
    if (const Status s = m_context.editor.deleteSession(id); !s)
        emit failed(s.error());
    else
        emit done(tr("Deleted the session. Undo brings it back with its agenda."));
}

void SessionsPage::focusFilter()
{
    m_pairing->setFocus();
}

void SessionsPage::planCycle()
{
    const qint64 pairingId = m_pairingChoices->chosenId();
    if (pairingId == 0) {
        emit failed(tr("Choose the pairing whose cycle you want to plan in the list above."));
        m_pairing->setFocus();
        return;
    }
    PlanCycleDialog dialog(m_context, pairingId, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (!dialog.createdIds().isEmpty())
            selectId(dialog.createdIds().first());
        emit done(tr("Planned %n session(s). Undo removes them together.", nullptr, int(dialog.createdIds().size())));
    }
}

void SessionsPage::exportMinutes()
{
    // A whole pairing, or every session of a status (e.g. every held one), or the selected one.
    QList<qint64> ids;
    const SessionStore store(m_context.database.connection(), m_context.clock);
    const qint64 pairingId = m_pairingChoices->chosenId();
    const QString status = m_status->currentData().toString();
    if (pairingId != 0) {
        for (const SessionRecord &s : store.ofPairing(pairingId).value_or({}))
            if (status.isEmpty() || s.status == status)
                ids << s.id;
    } else if (!status.isEmpty()) {
        for (const SessionRecord &s : store.withStatus(status).value_or({}))
            ids << s.id;
    } else if (const qint64 id = currentId()) {
        ids << id;
    }
    if (ids.isEmpty()) {
        emit failed(tr("Choose a pairing or a status (e.g. Held), or select a session, whose minutes to export."));
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Minutes to Folder"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    const QStringList files = exportMinutesTo(ids, folder);
    if (!files.isEmpty())
        emit done(tr("Wrote %n PDF file(s) to %1.", nullptr, int(files.size())).arg(QDir::toNativeSeparators(folder)));
}

QStringList SessionsPage::exportMinutesTo(const QList<qint64> &sessionIds, const QString &folder)
{
    QProgressDialog progress(tr("Writing the minutes…"), tr("Cancel"), 0, int(sessionIds.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    std::atomic_bool cancelled(false);
    Result<QStringList> result = QStringList();
    const MinutesExportJob job(m_context.database.path(), sessionIds, folder, QString());
    // The window stays responsive: the PDFs are laid out on a worker with its own connection.
    QThread *worker = QThread::create([&] {
        result = job.run(cancelled, [&progress](int done, int, const QString &file) {
            QMetaObject::invokeMethod(&progress, [&progress, done, file] {
                progress.setValue(done);
                progress.setLabelText(QDir::toNativeSeparators(file));
            }, Qt::QueuedConnection);
        });
    });
    connect(&progress, &QProgressDialog::canceled, this, [&cancelled] { cancelled = true; });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    delete worker;
    QCoreApplication::sendPostedEvents(&progress); // the last progress report, before it goes
    if (!result) {
        emit failed(result.error());
        return {};
    }
    if (cancelled) { // the files written so far stay
        emit done(tr("Cancelled after %n file(s).", nullptr, int(result->size())));
        return {};
    }
    return result.value();
}

void SessionsPage::exportCalendar()
{
    QSqlDatabase db = m_context.database.connection();
    const SessionStore store(db, m_context.clock);
    qint64 pairingId = m_pairingChoices->chosenId();
    QList<SessionRecord> sessions;
    if (pairingId != 0) {
        for (const SessionRecord &s : store.ofPairing(pairingId).value_or({})) {
            if (s.startUtc.isValid())
                sessions << store.fetch(s.id).value_or(s);
        }
    } else if (const qint64 id = currentId()) {
        const auto one = store.fetch(id);
        if (one && one->startUtc.isValid()) {
            sessions << one.value();
            pairingId = one->pairingId;
        }
    }
    if (sessions.isEmpty()) {
        emit failed(tr("Nothing to export: choose a pairing with scheduled sessions, or select a session "
                       "that has a date and time."));
        return;
    }
    const auto pairing = ProgrammeQueries(db).pairing(pairingId);
    if (!pairing) {
        emit failed(pairing.error());
        return;
    }
    QList<CalendarEvent> events;
    for (const SessionRecord &s : std::as_const(sessions))
        events << SessionCalendar::eventOf(s, pairing.value(), m_context.clock.nowUtc());
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              + QStringLiteral("/%1.ics").arg(pairing->code);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Calendar"), suggested,
                                                      tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (const Status s = IcsCalendar::writeFile(path, events, tr("UTM City2City %1").arg(pairing->code)); !s) {
        emit failed(s.error());
        return;
    }
    emit done(tr("Wrote %n session(s) to %1.", nullptr, int(events.size())).arg(QDir::toNativeSeparators(path)));
}
