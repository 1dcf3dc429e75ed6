#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

struct AppContext;
class Area;
class BackupActions;
class ChangeNotifier;
class CitiesPage;
class DirectoryActions;
class DashboardPage;
class Database;
class Editor;
class MessageBanner;
class PairingsPage;
class PeoplePage;
class PilotsPage;
class SessionsPage;
class ActionsPage;
class SessionWorkspace;
class SearchPage;
class UserGuideDialog;
class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;

// The facilitator's window: areas on the left, the chosen area's list and detail on the
// right, an inline banner for messages. Owns the open database and everything built on it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class AreaId { Dashboard, Pairings, Cities, People, Sessions, Actions, Pilots, Search };
    static constexpr int AreaCount = int(AreaId::Search) + 1;

    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens another database in place of the current one; on failure the current one stays
    // open and the banner says why.
    bool openDatabase(const QString &path);
    void showArea(AreaId area);
    AreaId currentArea() const;

    Database &database() const { return *m_database; }
    QUndoStack *undoStack() const { return m_undoStack; }
    Editor *editor() const { return m_editor.get(); }
    MessageBanner *banner() const { return m_banner; }
    // Each area is built when first shown or asked for here.
    DashboardPage *dashboardPage();
    PairingsPage *pairingsPage();
    CitiesPage *citiesPage();
    PeoplePage *peoplePage();
    SessionsPage *sessionsPage();
    ActionsPage *actionsPage();
    PilotsPage *pilotsPage();
    SearchPage *searchPage();
    // The area if it has been built, else nullptr.
    QWidget *areaWidget(AreaId area) const;
    // Opens the session's workspace window, or raises it when it is open already.
    SessionWorkspace *openSession(qint64 sessionId);
    AppContext &context() const { return *m_context; }
    BackupActions *backups() const { return m_backups; }
    // Help ▸ About's text: version, licence and the libraries with their versions.
    QString aboutHtml() const;
    // The banner that says the database is open read-only, and why.
    MessageBanner *accessBanner() const { return m_accessBanner; }
    // Closes the workspace (session windows save and close; pages, models and undo history
    // go), runs work on the database (a restore), and builds the workspace on what it holds then.
    void rebuildAround(const std::function<void()> &work);

signals:
    // Once, after the first show: the window is painted with the data of the area it opened
    // on (the dashboard's figures arrive from a worker). Benchmarks measure startup up to it.
    void firstScreenReady();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void showShortcuts();
    static QString shortcutsHtml();

private:
    void buildMenus();
    void buildWorkspace();
    void teardownWorkspace();
    void showAccess();
    void updateTitleAndCounts();
    Area *currentAreaPage();
    QWidget *ensureArea(AreaId area);
    QWidget *createArea(AreaId area);
    void openPilot(qint64 pilotId);
    void openActions(bool overdueOnly, qint64 pairingId);
    void chooseDatabaseToOpen();
    void chooseDatabaseToCreate();
    void showAbout();
    void showUserGuide();
    void showRubric();
    void printMinutes();
    void showError(const QString &message);
    void showDone(const QString &message);

    std::unique_ptr<Database> m_database;
    QUndoStack *m_undoStack;
    std::unique_ptr<ChangeNotifier> m_notifier;
    int m_removalBeforeIndex = -1; // the undo stack's index before the latest edit that removed rows
    std::unique_ptr<Editor> m_editor;
    std::unique_ptr<AppContext> m_context;
    MessageBanner *m_banner;
    MessageBanner *m_accessBanner;
    BackupActions *m_backups;
    DirectoryActions *m_directory = nullptr;
    QList<QAction *> m_editActions;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_counts;
    DashboardPage *m_dashboard = nullptr;
    PairingsPage *m_pairings = nullptr;
    CitiesPage *m_cities = nullptr;
    PeoplePage *m_people = nullptr;
    SessionsPage *m_sessions = nullptr;
    ActionsPage *m_actions = nullptr;
    PilotsPage *m_pilots = nullptr;
    SearchPage *m_search = nullptr;
    QHash<qint64, QPointer<SessionWorkspace>> m_workspaces;
    QPointer<UserGuideDialog> m_guide; // non-modal, one at a time
    bool m_firstShown = false;
};
