#include "MainWindow.h"

#include "cities/CitiesPage.h"
#include "common/AppContext.h"
#include "common/MessageBanner.h"
#include "common/WindowPlacement.h"
#include "core/Preferences.h"
#include "dashboard/DashboardPage.h"
#include "database/BackupActions.h"
#include "database/RecentDatabasesMenu.h"
#include "database/RestoreBackupDialog.h"
#include "directory/DirectoryActions.h"
#include "database/Database.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "database/LibraryVersions.h"
#include "help/UserGuideDialog.h"
#include "pairings/PairingsPage.h"
#include "people/PeoplePage.h"
#include "pilots/PilotsPage.h"
#include "preferences/PreferencesDialog.h"
#include "pilots/RubricDialog.h"
#include "readiness/Rubric.h"
#include "actions/ActionsPage.h"
#include "minutes/MinutesPrinting.h"
#include "minutes/SessionWorkspace.h"
#include "search/SearchPage.h"
#include "sessions/SessionsPage.h"
#include "store/ProgrammeQueries.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtCharts/qchartglobal.h>

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString PairingsSplitterKey = QStringLiteral("window/pairingsSplitter");
const QString PilotsSplitterKey = QStringLiteral("window/pilotsSplitter");
const QString LastAreaKey = QStringLiteral("window/area");
} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent), m_database(std::move(database)), m_undoStack(new QUndoStack(this)),
      m_banner(new MessageBanner(this)), m_accessBanner(new MessageBanner(this)),
      m_backups(new BackupActions(this)), m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_counts(new QLabel(this))
{
    m_navigation->addItems({tr("Dashboard"), tr("Pairings"), tr("Cities"), tr("People"), tr("Sessions"), tr("Actions"), tr("Pilots"), tr("Search")});
    m_navigation->setAccessibleName(tr("Areas"));
    // As wide as the longest area name in the language shown ("Emparejamientos").
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = qMax(widest, fontMetrics().horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(qMax(fontMetrics().averageCharWidth() * 16, widest + fontMetrics().averageCharWidth() * 4));
    m_navigation->setSpacing(2);

    auto *central = new QWidget(this);
    auto *areas = new QHBoxLayout;
    areas->addWidget(m_navigation);
    areas->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_accessBanner);
    layout->addWidget(m_banner);
    layout->addLayout(areas, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_counts);

    m_accessBanner->setAutoHide(false); // read-only stays true as long as the file is open
    QSettings settings;
    m_navigation->setCurrentRow(qBound(0, settings.value(LastAreaKey, 0).toInt(), m_navigation->count() - 1));
    buildMenus();
    buildWorkspace();
    m_backups->backUpIfDue();
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        ensureArea(AreaId(row));
        m_stack->setCurrentIndex(row);
    });

    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(QGuiApplication::primaryScreen()->availableSize() * 0.8);
    WindowPlacement::keepOnScreen(this); // saved on a monitor that is gone
    restoreState(settings.value(StateKey).toByteArray());
    Preferences::noteRecentDatabase(m_database->path());
}

MainWindow::~MainWindow()
{
    teardownWorkspace();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_firstShown)
        return;
    m_firstShown = true;
    // The pages were shown before the window: a dashboard on screen has started its read.
    const auto ready = [this] { QTimer::singleShot(0, this, &MainWindow::firstScreenReady); };
    if (currentArea() == AreaId::Dashboard && m_dashboard->isReading())
        connect(m_dashboard, &DashboardPage::progressShown, this, ready, Qt::SingleShotConnection);
    else
        ready();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New Database…"), this, &MainWindow::chooseDatabaseToCreate);
    newDb->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::chooseDatabaseToOpen);
    open->setShortcut(QKeySequence::Open);
    auto *recent = new RecentDatabasesMenu(this);
    file->addMenu(recent);
    connect(recent, &RecentDatabasesMenu::openRequested, this, &MainWindow::openDatabase);
    connect(recent, &RecentDatabasesMenu::failed, this, &MainWindow::showError);
    file->addSeparator();
    m_backups->addTo(file);
    file->addSeparator();
    m_directory = new DirectoryActions([this] { return m_context.get(); }, this);
    m_directory->addTo(file);
    connect(m_directory, &DirectoryActions::failed, this, &MainWindow::showError);
    connect(m_directory, &DirectoryActions::done, this, &MainWindow::showDone);
    file->addSeparator();
    QAction *print = file->addAction(tr("Pr&int Minutes…"), this, &MainWindow::printMinutes);
    print->setShortcut(QKeySequence::Print);
    print->setToolTip(tr("Print the minutes of the session selected in the Sessions area"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *add = edit->addAction(tr("&New…"), this, [this] { currentAreaPage()->addRecord(); });
    add->setShortcut(QKeySequence::New);
    QAction *change = edit->addAction(tr("&Edit…"), this, [this] { currentAreaPage()->editCurrent(); });
    change->setShortcut(QKeySequence(Qt::Key_F2));
    QAction *remove = edit->addAction(tr("&Delete"), this, [this] { currentAreaPage()->deleteCurrent(); });
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut); // Delete in a text field edits the text
    m_editActions = {add, change, remove};
    m_stack->addAction(remove);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), this, [this] { currentAreaPage()->focusFilter(); });
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            showDone(tr("Saved the preferences."));
    });
    // The desktop's Preferences keys; most Linux desktops define none, so Ctrl+, as elsewhere.
    const QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    preferences->setShortcuts(preferenceKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(tr("Ctrl+,"))}
                                                       : preferenceKeys);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList areas{tr("&Dashboard"), tr("&Pairings"), tr("&Cities"), tr("P&eople"), tr("&Sessions"), tr("&Actions"), tr("Pi&lots"), tr("Sea&rch")};
    for (int i = 0; i < areas.size(); ++i) {
        QAction *action = view->addAction(areas.at(i), this, [this, i] { m_navigation->setCurrentRow(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // F1 (the desktop's help key) opens the guide; the guide lists the shortcuts too.
    QAction *guide = help->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence(tr("Ctrl+/")));
    help->addAction(tr("Readiness &Rubric"), this, &MainWindow::showRubric);
    help->addAction(tr("&About City2City Facilitator"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::buildWorkspace()
{
    m_notifier = std::make_unique<ChangeNotifier>();
    m_editor = std::make_unique<Editor>(*m_database, m_undoStack, m_notifier.get());
    m_context.reset(new AppContext{*m_database, *m_editor, *m_notifier, m_database->clock()});

    // An area is built when it is first shown or asked for: on a large file the hidden ones
    // would read their lists while the window opens. Until then an empty widget keeps its place.
    const int current = qMax(0, m_navigation->currentRow());
    for (int i = 0; i < AreaCount; ++i)
        m_stack->addWidget(new QWidget(m_stack));
    m_stack->setCurrentIndex(current);
    ensureArea(AreaId(current));
    // The dashboard's figures are read (or loaded) on a worker while the rest of the window is
    // built, not once it is shown: 30–40 ms sooner on screen at 10,000 pairings.
    if (m_dashboard && AreaId(current) == AreaId::Dashboard)
        m_dashboard->refresh();

    connect(m_notifier.get(), &ChangeNotifier::failed, this, &MainWindow::showError);
    connect(m_notifier.get(), &ChangeNotifier::changed, this, &MainWindow::updateTitleAndCounts);
    connect(m_notifier.get(), &ChangeNotifier::changed, this,
            [this](ChangeNotifier::Entity, qint64, ChangeNotifier::Change change) {
                // Announced while the edit is carried out, before its command is pushed.
                const int index = m_undoStack->index();
                if (change == ChangeNotifier::Change::Removed)
                    m_removalBeforeIndex = index;
                else if (m_removalBeforeIndex != index)
                    m_removalBeforeIndex = -1;
            });
    updateTitleAndCounts();
    showAccess();
}

QWidget *MainWindow::areaWidget(AreaId area) const
{
    switch (area) {
    case AreaId::Dashboard: return m_dashboard;
    case AreaId::Pairings: return m_pairings;
    case AreaId::Cities: return m_cities;
    case AreaId::People: return m_people;
    case AreaId::Sessions: return m_sessions;
    case AreaId::Actions: return m_actions;
    case AreaId::Pilots: return m_pilots;
    case AreaId::Search: return m_search;
    }
    return nullptr;
}

QWidget *MainWindow::ensureArea(AreaId area)
{
    if (QWidget *page = areaWidget(area))
        return page;
    QWidget *page = createArea(area);
    const int index = int(area);
    QWidget *placeholder = m_stack->widget(index);
    const bool current = m_stack->currentIndex() == index;
    m_stack->insertWidget(index, page);
    if (current)
        m_stack->setCurrentIndex(index);
    m_stack->removeWidget(placeholder);
    delete placeholder;
    return page;
}

QWidget *MainWindow::createArea(AreaId area)
{
    const QSettings settings;
    switch (area) {
    case AreaId::Dashboard:
        m_dashboard = new DashboardPage(*m_context, m_stack);
        connect(m_dashboard, &DashboardPage::failed, this, &MainWindow::showError);
        connect(m_dashboard, &DashboardPage::done, this, &MainWindow::showDone);
        connect(m_dashboard, &DashboardPage::openPairing, this, [this](qint64 pairingId) {
            showArea(AreaId::Pairings);
            pairingsPage()->selectId(pairingId);
        });
        connect(m_dashboard, &DashboardPage::openSession, this, &MainWindow::openSession);
        connect(m_dashboard, &DashboardPage::openPilot, this, &MainWindow::openPilot);
        connect(m_dashboard, &DashboardPage::openActions, this, &MainWindow::openActions);
        return m_dashboard;
    case AreaId::Pairings:
        m_pairings = new PairingsPage(*m_context, m_stack);
        m_pairings->splitter()->restoreState(settings.value(PairingsSplitterKey).toByteArray());
        connect(m_pairings, &PairingsPage::openSessionRequested, this, &MainWindow::openSession);
        connect(m_pairings, &PairingsPage::openActionsRequested, this, &MainWindow::openActions);
        connect(m_pairings, &PairingsPage::openPilotRequested, this, &MainWindow::openPilot);
        connect(m_pairings, &PairingsPage::failed, this, &MainWindow::showError);
        connect(m_pairings, &PairingsPage::done, this, &MainWindow::showDone);
        connect(m_pairings, &PairingsPage::showSessionsRequested, this, [this](qint64 pairingId) {
            sessionsPage()->setPairingFilter(pairingId);
            showArea(AreaId::Sessions);
        });
        connect(m_pairings, &PairingsPage::planCycleRequested, this, [this](qint64 pairingId) {
            sessionsPage()->setPairingFilter(pairingId);
            showArea(AreaId::Sessions);
            m_sessions->planCycle();
        });
        return m_pairings;
    case AreaId::Cities:
        m_cities = new CitiesPage(*m_context, m_stack);
        connect(m_cities, &TablePage::failed, this, &MainWindow::showError);
        connect(m_cities, &TablePage::done, this, &MainWindow::showDone);
        return m_cities;
    case AreaId::People:
        m_people = new PeoplePage(*m_context, m_stack);
        connect(m_people, &TablePage::failed, this, &MainWindow::showError);
        connect(m_people, &TablePage::done, this, &MainWindow::showDone);
        return m_people;
    case AreaId::Sessions:
        m_sessions = new SessionsPage(*m_context, m_stack);
        connect(m_sessions, &SessionsPage::failed, this, &MainWindow::showError);
        connect(m_sessions, &SessionsPage::done, this, &MainWindow::showDone);
        connect(m_sessions, &SessionsPage::openSessionRequested, this, &MainWindow::openSession);
        return m_sessions;
    case AreaId::Actions:
        m_actions = new ActionsPage(*m_context, m_stack);
        connect(m_actions, &ActionsPage::failed, this, &MainWindow::showError);
        connect(m_actions, &ActionsPage::done, this, &MainWindow::showDone);
        connect(m_actions, &ActionsPage::openSessionRequested, this, &MainWindow::openSession);
        return m_actions;
    case AreaId::Pilots:
        m_pilots = new PilotsPage(*m_context, m_stack);
        m_pilots->splitter()->restoreState(settings.value(PilotsSplitterKey).toByteArray());
        connect(m_pilots, &PilotsPage::openSessionRequested, this, &MainWindow::openSession);
        connect(m_pilots, &PilotsPage::failed, this, &MainWindow::showError);
        connect(m_pilots, &PilotsPage::done, this, &MainWindow::showDone);
        connect(m_pilots, &PilotsPage::openPairingRequested, this, [this](qint64 pairingId) {
            pairingsPage()->selectId(pairingId);
            showArea(AreaId::Pairings);
        });
        return m_pilots;
    case AreaId::Search:
        m_search = new SearchPage(*m_context, m_stack);
        connect(m_search, &SearchPage::openEntryRequested, this, [this](qint64 sessionId, const QString &source, qint64 id) {
            if (SessionWorkspace *workspace = openSession(sessionId))
                workspace->showItem(source, id);
        });
        return m_search;
    }
    Q_UNREACHABLE();
    return nullptr;
}

void MainWindow::openPilot(qint64 pilotId)
{
    showArea(AreaId::Pilots);
    pilotsPage()->showPilot(pilotId);
}

void MainWindow::openActions(bool overdueOnly, qint64 pairingId)
{
    actionsPage()->showActions(pairingId, overdueOnly);
    showArea(AreaId::Actions);
}

DashboardPage *MainWindow::dashboardPage() { return static_cast<DashboardPage *>(ensureArea(AreaId::Dashboard)); }
PairingsPage *MainWindow::pairingsPage() { return static_cast<PairingsPage *>(ensureArea(AreaId::Pairings)); }
CitiesPage *MainWindow::citiesPage() { return static_cast<CitiesPage *>(ensureArea(AreaId::Cities)); }
PeoplePage *MainWindow::peoplePage() { return static_cast<PeoplePage *>(ensureArea(AreaId::People)); }
SessionsPage *MainWindow::sessionsPage() { return static_cast<SessionsPage *>(ensureArea(AreaId::Sessions)); }
ActionsPage *MainWindow::actionsPage() { return static_cast<ActionsPage *>(ensureArea(AreaId::Actions)); }
PilotsPage *MainWindow::pilotsPage() { return static_cast<PilotsPage *>(ensureArea(AreaId::Pilots)); }
SearchPage *MainWindow::searchPage() { return static_cast<SearchPage *>(ensureArea(AreaId::Search)); }

void MainWindow::showAccess()
{
    const bool readOnly = m_database->isReadOnly();
    for (QAction *action : std::as_const(m_editActions))
        action->setEnabled(!readOnly);
    m_backups->updateActions();
    m_directory->updateActions();
    if (readOnly)
        m_accessBanner->show(MessageBanner::Kind::Warning, m_database->readOnlyReason());
    else
        m_accessBanner->hide();
}

void MainWindow::rebuildAround(const std::function<void()> &work)
{
    teardownWorkspace();
    work();
    buildWorkspace();
}

SessionWorkspace *MainWindow::openSession(qint64 sessionId)
{
    QPointer<SessionWorkspace> &workspace = m_workspaces[sessionId];
    if (!workspace)
        workspace = new SessionWorkspace(*m_context, sessionId, this);
    workspace->show();
    workspace->raise();
    workspace->activateWindow();
    return workspace;
}

void MainWindow::teardownWorkspace()
{
    // Session windows save what is typed as they close; they belong to the old database.
    for (const QPointer<SessionWorkspace> &workspace : std::as_const(m_workspaces)) {
        if (workspace) {
            workspace->saveNow();
            delete workspace.data();
        }
    }
    m_workspaces.clear();
    m_undoStack->clear(); // its commands hold the old connection
    if (m_pairings)
        QSettings().setValue(PairingsSplitterKey, m_pairings->splitter()->saveState());
    if (m_pilots)
        QSettings().setValue(PilotsSplitterKey, m_pilots->splitter()->saveState());
    while (QWidget *page = m_stack->widget(0)) { // the areas and the places of those never shown
        m_stack->removeWidget(page);
        delete page;
    }
    m_dashboard = nullptr;
    m_pairings = nullptr;
    m_cities = nullptr;
    m_people = nullptr;
    m_sessions = nullptr;
    m_actions = nullptr;
    m_pilots = nullptr;
    m_search = nullptr;
    m_context.reset();
    m_editor.reset();
    m_notifier.reset();
}

bool MainWindow::openDatabase(const QString &path)
{
    if (QFileInfo(path).absoluteFilePath() == m_database->path())
        return true;
    Database::Options options;
    options.clock = &m_database->clock();
    options.sharing = Database::Sharing::Claim; // another window has it: read-only here
    options.keepBackups = RestoreBackupDialog::keepSetting();
    auto opened = Database::open(path, options);
    if (!opened) {
        m_backups->reportUnopenable(QFileInfo(path).absoluteFilePath(), opened.error());
        return false;
    }
    teardownWorkspace();
    m_database = std::move(opened).value();
    buildWorkspace();
    m_backups->backUpIfDue();
    QSettings().setValue(QStringLiteral("database/last"), m_database->path());
    Preferences::noteRecentDatabase(m_database->path());
    showDone(m_database->wasCreated()
                 ? tr("Created %1 with the programme's data.").arg(QDir::toNativeSeparators(m_database->path()))
                 : tr("Opened %1.").arg(QDir::toNativeSeparators(m_database->path())));
    return true;
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QFileInfo(m_database->path()).absolutePath(),
        tr("City2City databases (*.c2c *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::chooseDatabaseToCreate()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), QFileInfo(m_database->path()).absolutePath() + QStringLiteral("/untitled.c2c"),
        tr("City2City databases (*.c2c)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists; a new database never replaces a file. Use Open to open it.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::showArea(AreaId area)
{
    m_navigation->setCurrentRow(int(area));
}

MainWindow::AreaId MainWindow::currentArea() const
{
    return AreaId(m_stack->currentIndex());
}

Area *MainWindow::currentAreaPage()
{
    return dynamic_cast<Area *>(ensureArea(currentArea()));
}

QString MainWindow::shortcutsHtml()
{
    const QList<QPair<QString, QString>> rows = {
        {tr("Ctrl+1 … Ctrl+8"), tr("Dashboard, Pairings, Cities, People, Sessions, Actions, Pilots, Search")},
        {tr("Ctrl+N / F2 / Delete"), tr("New, edit, delete in the current area")},
        {tr("Ctrl+F"), tr("Filter or search the current area")},
        {tr("Ctrl+Z / Ctrl+Shift+Z"), tr("Undo, redo")},
        {tr("Ctrl+O / Ctrl+Shift+N"), tr("Open a database, create a new one")},
        {tr("Ctrl+Shift+B"), tr("Back up the database now")},
        {tr("Enter (on a session)"), tr("Run the session in its own window")},
        {tr("In a session: Ctrl+Shift+1 … 5"), tr("New discussion, decision, insight, good practice, challenge entry")},
        {tr("In a session: Ctrl+Shift+A"), tr("Action item from the entry")},
        {tr("In a session: Alt+Up / Alt+Down"), tr("Previous / next agenda block")},
        {tr("In a session: Ctrl+S"), tr("Save now (it is saved as you type anyway)")},
        {tr("Ctrl+,"), tr("Preferences")},
        {tr("F1"), tr("User guide")},
        {tr("Ctrl+/"), tr("This list")},
    };
    QString html = QStringLiteral("<table cellspacing=6>");
    for (const auto &[keys, action] : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(keys.toHtmlEscaped(), action.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

void MainWindow::showShortcuts()
{
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), shortcutsHtml(), QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::updateTitleAndCounts()
{
    setWindowFilePath(m_database->path());
    setWindowTitle((m_database->isReadOnly() ? tr("%1 (read-only) — City2City Facilitator")
                                             : tr("%1 — City2City Facilitator"))
                       .arg(QFileInfo(m_database->path()).fileName()));
    const auto summary = ProgrammeQueries(m_database->connection()).totals();
    if (summary)
        m_counts->setText(QStringList{tr("%Ln pairing(s)", nullptr, summary->pairings), tr("%Ln city(ies)", nullptr, summary->cities),
                                      tr("%Ln country(ies)", nullptr, summary->countries),
                                      tr("%Ln theme(s)", nullptr, summary->themes)}
                              .join(QStringLiteral(" · ")));
}

void MainWindow::printMinutes()
{
    const qint64 session = currentArea() == AreaId::Sessions ? sessionsPage()->currentId() : 0;
    if (session <= 0) {
        showError(tr("Select a session in the Sessions area to print its minutes; a session's own "
                     "window prints them too."));
        return;
    }
    if (const Status s = MinutesPrinting::preview(m_database->connection(), session, this); !s)
        showError(s.error());
}

void MainWindow::showError(const QString &message)
{
    m_banner->show(MessageBanner::Kind::Error, message);
}

void MainWindow::showDone(const QString &message)
{
    // The edit just pushed removed something (not an undo, nor any later edit): offer its undo.
    const bool removed = m_undoStack->canUndo() && m_removalBeforeIndex == m_undoStack->index() - 1;
    m_removalBeforeIndex = -1;
    if (removed)
        m_banner->show(MessageBanner::Kind::Information, message, tr("Undo"), [this] { m_undoStack->undo(); });
    else
        statusBar()->showMessage(message, 6000);
}

QString MainWindow::aboutHtml() const
{
    const QString unknown = tr("unknown");
    const QString sqlite = LibraryVersions::sqlite(m_database->connection());
    const QString rows = tr("<tr><td>Qt</td><td>%1 (built with %2)</td></tr>"
                            "<tr><td>Qt Charts</td><td>%3</td></tr>"
                            "<tr><td>SQLite</td><td>%4</td></tr>"
                            "<tr><td>libical</td><td>%5 (built with)</td></tr>")
                             .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                                  QStringLiteral(QT_CHARTS_VERSION_STR), sqlite.isEmpty() ? unknown : sqlite,
                                  LibraryVersions::libical());
    return tr("<h3>City2City Facilitator %1</h3>"
              "<p>Plan, run and follow up the pairings of the UTM City2City programme.</p>"
              "<p>Database: %2</p>"
              "<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</p>"
              "<p>Libraries:</p><table cellspacing=4>%3</table>")
        .arg(QApplication::applicationVersion().toHtmlEscaped(),
             QDir::toNativeSeparators(m_database->path()).toHtmlEscaped(), rows);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About City2City Facilitator"), aboutHtml());
}

void MainWindow::showUserGuide()
{
    if (!m_guide) {
        m_guide = new UserGuideDialog(this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::showRubric()
{
    RubricDialog dialog(Rubric::shipped(), this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    // The splitters are saved as their areas go: teardownWorkspace(), run by the destructor too.
    settings.setValue(LastAreaKey, m_stack->currentIndex());
    settings.setValue(QStringLiteral("database/last"), m_database->path());
    for (const QPointer<SessionWorkspace> &workspace : std::as_const(m_workspaces)) {
        if (workspace)
            workspace->close(); // saves what is typed
    }
    event->accept();
}
