// The window as a facilitator uses it, offscreen, over a real seeded database file.
#include "DemoProgramme.h"
#include "MainWindow.h"
#include "actions/ActionsPage.h"
#include "charts/PairingProgressWidget.h"
#include "charts/PilotChartsWidget.h"
#include "cities/CitiesPage.h"
#include "cities/CityDialog.h"
#include "common/AppContext.h"
#include "common/BackgroundRead.h"
#include "common/MessageBanner.h"
#include "core/AppIdentity.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/KpiStrip.h"
#include "database/Database.h"
#include "domain/TimeZones.h"
#include "edit/Editor.h"
#include "exchange/DirectoryImport.h"
#include "itemmodels/ActionTableModel.h"
#include "itemmodels/CityTableModel.h"
#include "itemmodels/PairingFilterProxy.h"
#include "itemmodels/PairingListModel.h"
#include "itemmodels/PairingMembersModel.h"
#include "itemmodels/SessionTableModel.h"
#include "pairings/PairingDetailWidget.h"
#include "pairings/PairingDialog.h"
#include "pairings/PairingsPage.h"
#include "people/PeoplePage.h"
#include "pilots/PilotDetailWidget.h"
#include "pilots/PilotsPage.h"
#include "progress/ProgressSnapshot.h"
#include "sessions/SessionsPage.h"
#include "store/CityStore.h"
#include "store/NameLookup.h"
#include "store/PairingStore.h"
#include "store/ProgrammeQueries.h"
#include "WindowFixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>
#include <QPrintPreviewDialog>
#include <QLabel>
#include <QComboBox>
#include <QCryptographicHash>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QStandardPaths>
#include <QSettings>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

namespace {
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// QTest::keyClicks asserts on non-ASCII text in Qt 6.4; an input method commit does not.
void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void figuresKeptForTheNextStart();
    void anEditBringsTheKeptFiguresUpToDate();
    void figuresReadWhileTheWindowIsBuilt();
    void areasCountOnAWorker();
    void printMinutesFromTheFileMenu();

    void showsSeededPairings();
    void selectingPairingShowsCitiesWithLocalTimes();
    void filterIsAccentInsensitive();
    void filterTypedWithAccents();
    void themeFilter();
    void deleteAndUndoPairing();
    void inputDroppedWhileAnImportIsWritten();
    void editCityThroughEditorUpdatesViews();
    void citiesPageFilter();
    void pairingDialogRefusesDuplicateCityAndWarnsOnSize();
    void cityDialogShowsEligibilityAndRefusesUnknownZone();
    void openingForeignFileKeepsCurrentDatabase();
    void switchingAreasWithShortcuts();
    void dashboardOpensPairing();
    void chartsOpenPilotsAndActions();
    void detailTabsShowProgressAndCharts();

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2027, 3, 20), QTime(13, 12), QTimeZone::utc())};
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location
    AppIdentity::apply();
    // Settings of its own: the other GUI tests, run beside it, remember their own last area.
    QCoreApplication::setApplicationName(QCoreApplication::applicationName() + QStringLiteral("-tst_mainwindow"));
}

void TestMainWindow::init()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    Database::Options options;
    options.clock = &m_clock;
    auto database = Database::open(path, options);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    m_window = std::make_unique<MainWindow>(std::move(database).value());
    m_window->showArea(MainWindow::AreaId::Pairings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

// The dashboard's figures of one start are shown by the next at once, without a read, while
// nothing has changed; an edit makes the dashboard read them again.
void TestMainWindow::figuresKeptForTheNextStart()
{
    DashboardPage::setKeepFiguresSlowerThan(0);
    const QString path = m_window->database().path();
    QFile::remove(ProgressSnapshot::fileFor(path));
    m_window->showArea(MainWindow::AreaId::Dashboard);
    // The window may have read the figures while it was built, before they were kept at any
    // speed: this read keeps them.
    QTRY_VERIFY(!m_window->dashboardPage()->isReading());
    m_window->dashboardPage()->refresh();
    QTRY_VERIFY(!m_window->dashboardPage()->isReading());
    QTRY_VERIFY(QFile::exists(ProgressSnapshot::fileFor(path)));
    const QString pairings = m_window->dashboardPage()->kpis()->value(KpiStrip::Pairings);
    QCOMPARE(pairings, QStringLiteral("19"));
    m_window.reset();

    // Kept figures told apart from read ones: the next start shows them, so it did not read.
    Database::Options options;
    options.clock = &m_clock;
    auto database = Database::open(path, options);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    const QDate today = m_clock.nowUtc().toUTC().date();
    const auto state = ProgressSnapshot::stateOf(database.value()->connection(), path, {}, today);
    QVERIFY2(state, qPrintable(state.error()));
    auto kept = ProgressSnapshot::load(path, state.value());
    QVERIFY(kept);
    kept->totals.pairings = 12345;
    QVERIFY(ProgressSnapshot::save(path, state.value(), *kept));
    m_window = std::make_unique<MainWindow>(std::move(database).value());
    QSignalSpy ready(m_window.get(), &MainWindow::firstScreenReady);
    m_window->showArea(MainWindow::AreaId::Dashboard);
    m_window->show();
    QVERIFY(ready.wait());
    QCOMPARE(m_window->dashboardPage()->kpis()->value(KpiStrip::Pairings), QLocale().toString(12345));

    // A new pairing: the figures are read again, and show it.
    QCOMPARE(pairings, QStringLiteral("19"));
    const ProgrammeQueries queries(m_window->database().connection());
    const auto cities = queries.cities();
    QVERIFY(cities && cities->size() > 2);
    PairingRecord pairing;
    pairing.code = QStringLiteral("E-90");
    pairing.themeId = queries.themes()->constFirst().id;
    pairing.challenge = QStringLiteral("Shade for school yards");
    pairing.cityIds = {cities->at(0).id, cities->at(1).id};
    const auto added = m_window->editor()->addPairing(pairing);
    QVERIFY2(added, qPrintable(added.error()));
    QTRY_COMPARE(m_window->dashboardPage()->kpis()->value(KpiStrip::Pairings), QStringLiteral("20"));
    DashboardPage::setKeepFiguresSlowerThan(100);
    QFile::remove(ProgressSnapshot::fileFor(path));
}

// After an edit the dashboard brings the figures it kept up to date, reading again only the
// pairing edited: a figure of another pairing, changed in the kept file, stays as it was kept
// (a whole read would have put it right).
void TestMainWindow::anEditBringsTheKeptFiguresUpToDate()
{
    DashboardPage::setKeepFiguresSlowerThan(0);
    const QString path = m_window->database().path();
    QFile::remove(ProgressSnapshot::fileFor(path));
    // A change first: figures kept while the log is empty are never brought up to date.
    PersonRecord person;
    person.name = QStringLiteral("Zeynep Çelik");
    QVERIFY(m_window->editor()->addPerson(person));
    m_window->showArea(MainWindow::AreaId::Dashboard);
    QTRY_VERIFY(!m_window->dashboardPage()->isReading());
    m_window->dashboardPage()->refresh();
    QTRY_VERIFY(!m_window->dashboardPage()->isReading());
    QTRY_VERIFY(QFile::exists(ProgressSnapshot::fileFor(path)));
    const KpiStrip *kpis = m_window->dashboardPage()->kpis();
    const int heldThisQuarter = kpis->value(KpiStrip::HeldThisQuarter).toInt();

    const QDate today = m_clock.nowUtc().toUTC().date();
    const auto state = ProgressSnapshot::stateOf(m_window->database().connection(), path, {}, today);
    QVERIFY2(state, qPrintable(state.error()));
    auto kept = ProgressSnapshot::load(path, state.value());
    QVERIFY(kept && kept->pairings.size() > 2);
    kept->pairings.last().sessionsHeldThisQuarter += 1000;
    QVERIFY(ProgressSnapshot::save(path, state.value(), *kept));

    const ProgrammeQueries queries(m_window->database().connection());
    const auto cities = queries.cities();
    QVERIFY(cities && cities->size() > 2);
    PairingRecord pairing;
    pairing.code = QStringLiteral("E-90");
    pairing.themeId = queries.themes()->constFirst().id;
    pairing.challenge = QStringLiteral("Shade for school yards");
    pairing.cityIds = {cities->at(0).id, cities->at(1).id};
    const auto added = m_window->editor()->addPairing(pairing);
    QVERIFY2(added, qPrintable(added.error()));
    QTRY_COMPARE(kpis->value(KpiStrip::Pairings), QStringLiteral("20"));
    QCOMPARE(kpis->value(KpiStrip::HeldThisQuarter), QLocale().toString(heldThisQuarter + 1000));
    DashboardPage::setKeepFiguresSlowerThan(100);
    QFile::remove(ProgressSnapshot::fileFor(path));
}

// A window opening on the dashboard starts its figures' read while it is built, not once shown.
void TestMainWindow::figuresReadWhileTheWindowIsBuilt()
{
    const QString path = m_window->database().path();
    m_window.reset();
    QSettings().setValue(QStringLiteral("window/area"), int(MainWindow::AreaId::Dashboard));
    Database::Options options;
    options.clock = &m_clock;
    auto database = Database::open(path, options);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    m_window = std::make_unique<MainWindow>(std::move(database).value());
    QCOMPARE(m_window->currentArea(), MainWindow::AreaId::Dashboard);
    QVERIFY(!m_window->isVisible());
    QVERIFY(m_window->dashboardPage()->isReading());
    const auto *figures =
        m_window->dashboardPage()->findChild<BackgroundRead *>(QStringLiteral("figures"));
    QVERIFY(figures);
    QCOMPARE(figures->started(), quint64(1));
    QSignalSpy shown(m_window->dashboardPage(), &DashboardPage::progressShown);
    m_window->show();
    QVERIFY(shown.wait());
    QCOMPARE(m_window->dashboardPage()->kpis()->value(KpiStrip::Pairings), QStringLiteral("19"));
    QCOMPARE(figures->started(), quint64(1)); // the show started no second read
}

// The Actions and Sessions areas count their rows on a worker; the label shows the count.
void TestMainWindow::areasCountOnAWorker()
{
    m_window->showArea(MainWindow::AreaId::Sessions);
    SessionsPage *sessions = m_window->sessionsPage();
    QTRY_COMPARE(sessions->countLabel()->text(), QStringLiteral("Sessions: %1").arg(sessions->model()->matchingCount()));
    m_window->showArea(MainWindow::AreaId::Actions);
    ActionsPage *actions = m_window->actionsPage();
    QTRY_COMPARE(actions->countLabel()->text(), QStringLiteral("Actions: %1").arg(actions->model()->matchingCount()));
    // A filter counts again.
    actions->model()->setFilterText(QStringLiteral("no action item says this"));
    QTRY_COMPARE(actions->countLabel()->text(), QStringLiteral("Actions: 0"));
}

// File ▸ Print Minutes… (Ctrl+P) previews the minutes of the session selected in the Sessions
// area; with none selected it says where to select one.
void TestMainWindow::printMinutesFromTheFileMenu()
{
    QAction *print = nullptr;
    for (QAction *action : m_window->menuBar()->actions().constFirst()->menu()->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Print))
            print = action;
    }
    QVERIFY(print);
    m_window->showArea(MainWindow::AreaId::Dashboard);
    print->trigger();
    QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(m_window->banner()->text().contains(QLatin1String("Sessions area")), qPrintable(m_window->banner()->text()));

    const auto demo = DemoProgramme::populate(m_window->database(), *m_window->editor());
    QVERIFY2(demo, qPrintable(demo.error()));
    m_window->showArea(MainWindow::AreaId::Sessions);
    m_window->sessionsPage()->selectId(demo->heldSession);
    QCOMPARE(m_window->sessionsPage()->currentId(), demo->heldSession);
    QString previewed;
    QTimer::singleShot(0, this, [&previewed] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        previewed = QStringLiteral("shown");
        dialog->reject();
    });
    print->trigger();
    QCOMPARE(previewed, QStringLiteral("shown"));
}

void TestMainWindow::showsSeededPairings()
{
    PairingsPage *page = WindowFixture::pairingsRead(*m_window);
    QVERIFY(page);
    QTableView *view = page->view();
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->model()->rowCount(), 19);
    QCOMPARE(view->model()->index(0, PairingListModel::Code).data().toString(), QStringLiteral("E-01"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("showsSeededPairings.sqlite")));
}

void TestMainWindow::selectingPairingShowsCitiesWithLocalTimes()
{
    PairingsPage *page = WindowFixture::pairingsRead(*m_window);
    QVERIFY(page);
    const QModelIndexList hits = page->view()->model()->match(
        page->view()->model()->index(0, PairingListModel::Code), Qt::DisplayRole, QStringLiteral("E-04"), 1,
        Qt::MatchExactly);
    QCOMPARE(hits.size(), 1);
    page->view()->setCurrentIndex(hits.constFirst());
    QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {},
                      page->view()->visualRect(hits.constFirst()).center());

    PairingDetailWidget *detail = page->detail();
    QTRY_VERIFY(detail->titleText().contains(QStringLiteral("Ann Arbor")));
    QVERIFY(detail->titleText().contains(QStringLiteral("Lviv")));
    QVERIFY(detail->challengeText().contains(QStringLiteral("low-temperature district heating")));

    PairingMembersModel *members = detail->membersModel();
    QCOMPARE(members->rowCount(), 2);
    QCOMPARE(members->index(0, PairingMembersModel::City).data().toString(), QStringLiteral("Ann Arbor"));
    QCOMPARE(members->index(1, PairingMembersModel::City).data().toString(), QStringLiteral("Lviv"));
    // 20 March 2027 13:12 UTC: Detroit is on daylight time (UTC−4) since 14 March, Kyiv not yet (UTC+2).
    QCOMPARE(members->index(0, PairingMembersModel::Offset).data().toString(), QStringLiteral("UTC\u221204:00"));
    QCOMPARE(members->index(1, PairingMembersModel::Offset).data().toString(), QStringLiteral("UTC+02:00"));
    QVERIFY(members->index(0, PairingMembersModel::LocalTime).data().toString().contains(QStringLiteral("09:12")));
    QVERIFY(members->index(1, PairingMembersModel::LocalTime).data().toString().contains(QStringLiteral("15:12")));
}

void TestMainWindow::filterIsAccentInsensitive()
{
    PairingsPage *page = WindowFixture::pairingsRead(*m_window);
    QVERIFY(page);
    page->focusFilter();
    QTest::keyClicks(page->filterEdit(), QStringLiteral("valencia"));
    QTRY_COMPARE(page->view()->model()->rowCount(), 1);
    QCOMPARE(page->view()->model()->index(0, PairingListModel::Code).data().toString(), QStringLiteral("E-03"));
    page->filterEdit()->clear();
    QTRY_COMPARE(page->view()->model()->rowCount(), 19);
}

void TestMainWindow::filterTypedWithAccents()
{
    PairingsPage *page = WindowFixture::pairingsRead(*m_window);
    QVERIFY(page);
    typeText(page->filterEdit(), QStringLiteral("Çorlu"));
    QCOMPARE(page->filterEdit()->text(), QStringLiteral("Çorlu"));
    QTRY_COMPARE(page->view()->model()->rowCount(), 1);
    QCOMPARE(page->view()->model()->index(0, PairingListModel::Code).data().toString(), QStringLiteral("E-02"));
}

void TestMainWindow::themeFilter()
{
    PairingsPage *page = WindowFixture::pairingsRead(*m_window);
    QVERIFY(page);
    const int row = page->themeCombo()->findText(QStringLiteral("Sustainable Mobility"));
    QVERIFY(row > 0);
    page->themeCombo()->setCurrentIndex(row);
    QCOMPARE(page->view()->model()->rowCount(), 4);
    QTest::keyClicks(page->filterEdit(), QStringLiteral("leh nepal"));
    QTRY_COMPARE(page->view()->model()->rowCount(), 1);
    QCOMPARE(page->view()->model()->index(0, PairingListModel::Code).data().toString(), QStringLiteral("M-01"));
}

// While an import is written on its own thread, a Ctrl+Z and a close are dropped, not kept for
// later: the edit before the import stays done and the window stays open.
void TestMainWindow::inputDroppedWhileAnImportIsWritten()
{
    PairingsPage *page = WindowFixture::pairingsRead(*m_window);
    QVERIFY(page);
    QAbstractItemModel *model = page->view()->model();
    page->selectId(model->match(model->index(0, 0), Qt::DisplayRole, QStringLiteral("E-04")).value(0)
                       .data(PairingListModel::IdRole).toLongLong());
    page->deleteCurrent();
    QCOMPARE(model->rowCount(), 18);

    QByteArray csv("name,role,city\n");
    for (int i = 0; i < 3000; ++i)
        csv += "Waiting Person " + QByteArray::number(i) + ",expert,Lviv\n";
    ImportPreview preview = DirectoryImport::preview(m_window->database().connection(), DirectoryKind::People, csv);
    QVERIFY(preview.canApply());
    bool tried = false;
    bool closedMeanwhile = true;
    QTimer impatient;
    connect(&impatient, &QTimer::timeout, m_window.get(), [&] {
        if (tried || !m_window->editor()->isWritingAway())
            return;
        tried = true;
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        closedMeanwhile = m_window->close();
    });
    impatient.start(0);
    const auto imported = m_window->editor()->importRecords(preview.records());
    impatient.stop();
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QVERIFY(tried);
    QVERIFY(!closedMeanwhile);
    QApplication::processEvents();
    QVERIFY(m_window->isVisible());
    QCOMPARE(model->rowCount(), 18); // the deletion was not undone, then or now
    QCOMPARE(m_window->undoStack()->count(), 2);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Import 3000 people"));

    // Afterwards the keys work again: Undo takes the import out.
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QSqlQuery q(m_window->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM person WHERE name LIKE 'Waiting Person %'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestMainWindow::deleteAndUndoPairing()
{
    PairingsPage *page = WindowFixture::pairingsRead(*m_window);
    QVERIFY(page);
    QAbstractItemModel *model = page->view()->model();
    const QModelIndex e04 = model->match(model->index(0, 0), Qt::DisplayRole, QStringLiteral("E-04")).value(0);
    const qint64 id = e04.data(PairingListModel::IdRole).toLongLong();
    page->selectId(id);
    QCOMPARE(page->currentId(), id);

    page->deleteCurrent();
    QCOMPARE(model->rowCount(), 18);
    QVERIFY(m_window->banner()->text().contains(QStringLiteral("E-04")));
    QCOMPARE(ProgrammeQueries(m_window->database().connection()).summary()->pairings, 18);

    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(model->rowCount(), 19);
    const auto members = ProgrammeQueries(m_window->database().connection()).membersOf(id);
    QVERIFY(members.ok());
    QCOMPARE(members->size(), 2);
    QCOMPARE(members->at(0).name, QStringLiteral("Ann Arbor"));

    QTest::keySequence(m_window.get(), QKeySequence::Redo);
    QCOMPARE(model->rowCount(), 18);
}

void TestMainWindow::editCityThroughEditorUpdatesViews()
{
    // An edit shows in the city table and in the pairing list at once, and undo takes it back.
    CityTableModel *cities = m_window->citiesPage()->model();
    QAbstractItemModelTester tester(cities, QAbstractItemModelTester::FailureReportingMode::QtTest);
    cities->setFilterText(QStringLiteral("lviv"));
    if (cities->canFetchMore(QModelIndex()))
        cities->fetchMore(QModelIndex());
    QCOMPARE(cities->rowCount(), 1);
    const qint64 lvivId = cities->idAt(0);
    auto stored = CityStore(m_window->database().connection(), m_clock).fetch(lvivId);
    QVERIFY(stored.ok());
    CityRecord edited = stored.value();
    edited.name = QStringLiteral("Lviv (L'viv)");
    edited.population = 717000;
    edited.gcomSignatory = true;
    edited.planCitywide = true;
    edited.planType = QStringLiteral("SECAP");

    QSignalSpy changed(cities, &QAbstractItemModel::dataChanged);
    const Status status = m_window->editor()->editCity(edited);
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cities->index(0, CityTableModel::Name).data().toString(), QStringLiteral("Lviv (L'viv)"));
    QCOMPARE(cities->index(0, CityTableModel::Eligible).data().toString(), QStringLiteral("Eligible"));

    PairingsPage *page = WindowFixture::pairingsRead(*m_window);
    QVERIFY(page);
    QAbstractItemModel *pairings = page->view()->model();
    const auto citiesOfE04 = [pairings] {
        const QModelIndex e04 = pairings->match(pairings->index(0, 0), Qt::DisplayRole, QStringLiteral("E-04")).value(0);
        return e04.siblingAtColumn(PairingListModel::Cities).data().toString();
    };
    const qint64 e04Id = pairings->match(pairings->index(0, 0), Qt::DisplayRole, QStringLiteral("E-04"))
                             .value(0).data(PairingListModel::IdRole).toLongLong();
    page->selectId(e04Id);
    QCOMPARE(page->currentId(), e04Id);
    QTRY_COMPARE(citiesOfE04(), QStringLiteral("Ann Arbor (US) · Lviv (L'viv) (UA)"));

    m_window->undoStack()->undo();
    QCOMPARE(cities->index(0, CityTableModel::Name).data().toString(), QStringLiteral("Lviv"));
    QCOMPARE(cities->index(0, CityTableModel::Eligible).data().toString(), QStringLiteral("Unknown"));
    QTRY_COMPARE(citiesOfE04(), QStringLiteral("Ann Arbor (US) · Lviv (UA)")); // read again on a worker
    QCOMPARE(page->currentId(), e04Id); // the list read again stays on the pairing shown

    // An edit that takes the row out of the filter takes it out of the table; undo brings it back.
    edited = CityStore(m_window->database().connection(), m_clock).fetch(lvivId).value();
    edited.name = QStringLiteral("Lemberg");
    QVERIFY(m_window->editor()->editCity(edited).ok());
    QCOMPARE(cities->rowCount(), 0);
    m_window->undoStack()->undo();
    QCOMPARE(cities->rowCount(), 1);
    QCOMPARE(cities->index(0, CityTableModel::Name).data().toString(), QStringLiteral("Lviv"));
}

void TestMainWindow::citiesPageFilter()
{
    m_window->showArea(MainWindow::AreaId::Cities);
    CitiesPage *page = m_window->citiesPage();
    QTest::keyClicks(page->filterEdit(), QStringLiteral("kyiv"));
    QTRY_COMPARE(page->model()->rowCount(), 2); // Lviv and Zhytomyr, found by their time zone
    QCOMPARE(page->model()->matchingCount(), 2);
}

void TestMainWindow::pairingDialogRefusesDuplicateCityAndWarnsOnSize()
{
    PairingDialog dialog(m_window->database().connection(), m_clock);
    dialog.setPairing(PairingRecord());
    QCOMPARE(dialog.codeEdit()->text(), QStringLiteral("E-07")); // next free code of the first theme
    const auto cities = ProgrammeQueries(m_window->database().connection()).cities();
    QVERIFY(cities.ok());
    dialog.addCity(cities->at(0).id);
    QVERIFY(dialog.warningText().contains(QStringLiteral("2 to 4")));
    dialog.addCity(cities->at(0).id);
    QVERIFY(dialog.errorText().contains(QStringLiteral("already a member")));
    QCOMPARE(dialog.pairing().cityIds.size(), 1);
    dialog.addCity(cities->at(1).id);
    QVERIFY(dialog.warningText().isEmpty());
    for (int i = 2; i < 5; ++i)
        dialog.addCity(cities->at(i).id);
    QVERIFY(dialog.warningText().contains(QStringLiteral("5")));
}

void TestMainWindow::cityDialogShowsEligibilityAndRefusesUnknownZone()
{
    const QString name = QStringLiteral("Robert'); DROP TABLE city;--");
    CityDialog dialog(m_window->database().connection());
    dialog.setCity(CityRecord());
    dialog.nameEdit()->setText(name);
    dialog.countryCombo()->setCurrentText(QStringLiteral("Ukraine"));
    dialog.populationEdit()->setText(QStringLiteral("30000"));
    QVERIFY(dialog.eligibilityText().contains(QStringLiteral("Not eligible")));
    QVERIFY(dialog.eligibilityText().contains(QStringLiteral("50,000")));
    dialog.timeZoneCombo()->setCurrentText(QStringLiteral("Europe/Atlantis"));

    const int before = ProgrammeQueries(m_window->database().connection()).summary()->cities;
    dialog.setSave([&] { return m_window->editor()->addCity(dialog.city()).status(); });
    dialog.accept();
    QVERIFY(dialog.errorText().contains(QStringLiteral("Europe/Atlantis")));
    QVERIFY(dialog.result() != QDialog::Accepted);
    QCOMPARE(dialog.nameEdit()->text(), name); // nothing typed is lost
    QCOMPARE(ProgrammeQueries(m_window->database().connection()).summary()->cities, before);

    dialog.timeZoneCombo()->setCurrentText(QStringLiteral("Europe/Kyiv"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(ProgrammeQueries(m_window->database().connection()).summary()->cities, before + 1);
    CitiesPage *page = m_window->citiesPage();
    page->model()->setFilterText(QStringLiteral("robert"));
    if (page->model()->canFetchMore(QModelIndex()))
        page->model()->fetchMore(QModelIndex());
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->index(0, CityTableModel::Name).data().toString(), name);
}

void TestMainWindow::openingForeignFileKeepsCurrentDatabase()
{
    const QString current = m_window->database().path();
    const QString foreign = m_dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are not minutes, just a text file.\n");
    }
    const QByteArray before = fileHash(foreign);
    QVERIFY(!m_window->openDatabase(foreign));
    QCOMPARE(m_window->database().path(), current);
    QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY(m_window->banner()->text().contains(QStringLiteral("not an SQLite file")));
    QCOMPARE(fileHash(foreign), before);
    PairingsPage *page = WindowFixture::pairingsRead(*m_window);
    QVERIFY(page);
    QCOMPARE(page->view()->model()->rowCount(), 19);
}

void TestMainWindow::switchingAreasWithShortcuts()
{
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), MainWindow::AreaId::Cities);
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), MainWindow::AreaId::People);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), MainWindow::AreaId::Pairings);
    // The dashboard comes first.
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentArea(), MainWindow::AreaId::Dashboard);
    QVERIFY(m_window->dashboardPage()->isVisible());
}

void TestMainWindow::dashboardOpensPairing()
{
    PairingsPage *page = WindowFixture::pairingsRead(*m_window);
    QVERIFY(page);
    m_window->showArea(MainWindow::AreaId::Dashboard);
    const qint64 e04 = page->view()->model()->match(
        page->view()->model()->index(0, PairingListModel::Code), Qt::DisplayRole,
        QStringLiteral("E-04")).value(0).data(PairingListModel::IdRole).toLongLong();
    QVERIFY(e04 > 0);
    emit m_window->dashboardPage()->openPairing(e04);
    QCOMPARE(m_window->currentArea(), MainWindow::AreaId::Pairings);
    QCOMPARE(m_window->pairingsPage()->currentId(), e04);
}

// What a chart stands for opens where it is listed: a pilot in Pilots, a pairing's overdue
// action items in Actions, with the filters that show them and nothing else hiding them.
void TestMainWindow::chartsOpenPilotsAndActions()
{
    AppContext &context = m_window->context();
    const qint64 e04 = PairingStore(context.database.connection(), context.clock).resolve(QStringLiteral("E-04")).value();
    PilotRecord pilot;
    pilot.pairingId = e04;
    pilot.cityId = NameLookup::city(context.database.connection(), QStringLiteral("Lviv")).value();
    pilot.title = QStringLiteral("Heat pumps");
    const auto pilotId = context.editor.addPilot(pilot);
    QVERIFY2(pilotId, qPrintable(pilotId.error()));

    emit m_window->dashboardPage()->openPilot(pilotId.value());
    QCOMPARE(m_window->currentArea(), MainWindow::AreaId::Pilots);
    QTRY_COMPARE(m_window->pilotsPage()->currentId(), pilotId.value()); // read on a worker
    QCOMPARE(m_window->pilotsPage()->detail()->charts()->pilotId(), pilotId.value());

    emit m_window->dashboardPage()->openActions(true, e04);
    QCOMPARE(m_window->currentArea(), MainWindow::AreaId::Actions);
    QCOMPARE(m_window->actionsPage()->model()->filter().pairingId, e04);
    QVERIFY(m_window->actionsPage()->model()->filter().overdueOnly);
    QVERIFY(m_window->actionsPage()->model()->filter().status.isEmpty());

    emit m_window->dashboardPage()->openActions(false, 0);
    QCOMPARE(m_window->actionsPage()->model()->filter().pairingId, qint64(0));
    QVERIFY(!m_window->actionsPage()->model()->filter().overdueOnly);

    // From the pairing's progress charts too.
    emit m_window->pairingsPage()->detail()->progressWidget()->openActions(true, e04);
    QCOMPARE(m_window->currentArea(), MainWindow::AreaId::Actions);
    QCOMPARE(m_window->actionsPage()->model()->filter().pairingId, e04);
    emit m_window->pairingsPage()->detail()->progressWidget()->openPilot(pilotId.value());
    QCOMPARE(m_window->currentArea(), MainWindow::AreaId::Pilots);
}

void TestMainWindow::detailTabsShowProgressAndCharts()
{
    PairingsPage *page = WindowFixture::pairingsRead(*m_window);
    QVERIFY(page);
    PairingDetailWidget *detail = page->detail();
    QStringList tabs;
    for (int i = 0; i < detail->tabs()->count(); ++i)
        tabs << detail->tabs()->tabText(i).remove(u'&');
    QCOMPARE(tabs, (QStringList{"Overview", "Pilots", "Progress", "History"}));
    const qint64 e04 = PairingStore(m_window->context().database.connection(), m_window->context().clock)
                           .resolve(QStringLiteral("E-04")).value();
    m_window->pairingsPage()->selectId(e04);
    QCOMPARE(detail->progressWidget()->pairingId(), e04);

    QTabWidget *pilotTabs = m_window->pilotsPage()->detail()->tabs();
    QCOMPARE(pilotTabs->tabText(PilotDetailWidget::ChartsTab).remove(u'&'), QStringLiteral("Charts"));
    QCOMPARE(pilotTabs->widget(PilotDetailWidget::ChartsTab), m_window->pilotsPage()->detail()->charts());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
