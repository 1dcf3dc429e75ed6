// Screenshots of the main areas for the README, taken in a real X server (xvfb-run, xcb) on the
// seeded database with a programme under way: each area at 1280×800, once its background
// reads have arrived, saved as a PNG in the build folder and checked to be a real picture.
#include "MainWindow.h"
#include "DemoProgramme.h"
#include "common/AppContext.h"
#include "core/AppIdentity.h"
#include "dashboard/DashboardPage.h"
#include "database/Database.h"
#include "edit/Editor.h"
#include "help/UserGuideDialog.h"
#include "minutes/SessionWorkspace.h"
#include "pairings/PairingDetailWidget.h"
#include "pairings/PairingsPage.h"
#include "pilots/PilotsPage.h"
#include "search/SearchPage.h"
#include "sessions/SessionDialog.h"
#include "store/SessionStore.h"
#include "charts/PairingProgressWidget.h"
#include "WindowFixture.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

namespace {
const QSize WindowSize(1280, 800);

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}
} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void dashboard();
    void pairings();
    void pairingProgress();
    void cities();
    void people();
    void sessions();
    void sessionDialog();
    void actions();
    void pilots();
    void search();
    void sessionWorkspace();
    void userGuide();

private:
    void save(QWidget *window, const QString &name, const QSize &expected = WindowSize);
    void showArea(MainWindow::AreaId area);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2027, 3, 20), QTime(13, 12), QTimeZone::utc())};
    std::unique_ptr<MainWindow> m_window;
    DemoProgramme::Ids m_ids;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppIdentity::apply();
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb")); // a real X server
    QVERIFY(QDir().mkpath(QStringLiteral(C2C_SCREENSHOT_DIR)));
    Database::Options options;
    options.clock = &m_clock;
    auto database = Database::open(m_dir.filePath(QStringLiteral("City2City.sqlite")), options);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    m_window = std::make_unique<MainWindow>(std::move(database).value());
    const auto ids = DemoProgramme::populate(m_window->database(), *m_window->editor());
    QVERIFY2(ids, qPrintable(ids.error()));
    m_ids = ids.value();
    m_window->undoStack()->clear();
    m_window->resize(WindowSize);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestScreenshots::cleanupTestCase()
{
    m_window.reset();
}

void TestScreenshots::showArea(MainWindow::AreaId area)
{
    m_window->showArea(area);
    m_window->resize(WindowSize);
    QTest::qWait(200);
}

void TestScreenshots::save(QWidget *window, const QString &name, const QSize &expected)
{
    window->raise();
    window->activateWindow();
    // The status bar would show the temporary folder's path of today's backup.
    m_window->statusBar()->clearMessage();
    QTest::qWait(300); // charts and delegates settle, the X server paints
    const QImage image = window->grab().toImage();
    const QString path = QDir(QStringLiteral(C2C_SCREENSHOT_DIR)).filePath(name + QStringLiteral(".png"));
    QFile::remove(path);
    QVERIFY2(image.save(path), qPrintable(path));

    const QImage written(path);
    QVERIFY2(!written.isNull(), qPrintable(path));
    QCOMPARE(written.size() / written.devicePixelRatio(), expected);
    const int colours = distinctColours(written);
    QVERIFY2(colours > 40, qPrintable(QStringLiteral("%1 has only %2 colours").arg(path).arg(colours)));
}

void TestScreenshots::dashboard()
{
    DashboardPage *page = m_window->dashboardPage();
    QSignalSpy shown(page, &DashboardPage::progressShown);
    showArea(MainWindow::AreaId::Dashboard);
    page->refresh();
    QVERIFY(shown.wait(10000));
    save(m_window.get(), QStringLiteral("dashboard"));
}

void TestScreenshots::pairings()
{
    showArea(MainWindow::AreaId::Pairings);
    QVERIFY(WindowFixture::pairingsRead(*m_window));
    m_window->pairingsPage()->selectId(m_ids.pairing);
    m_window->pairingsPage()->detail()->tabs()->setCurrentIndex(0);
    save(m_window.get(), QStringLiteral("pairings"));
}

void TestScreenshots::pairingProgress()
{
    showArea(MainWindow::AreaId::Pairings);
    QVERIFY(WindowFixture::pairingsRead(*m_window));
    m_window->pairingsPage()->selectId(m_ids.pairing);
    PairingDetailWidget *detail = m_window->pairingsPage()->detail();
    detail->tabs()->setCurrentWidget(detail->progressWidget());
    save(m_window.get(), QStringLiteral("pairing-progress"));
    detail->tabs()->setCurrentIndex(0);
}

void TestScreenshots::cities()
{
    showArea(MainWindow::AreaId::Cities);
    save(m_window.get(), QStringLiteral("cities"));
}

void TestScreenshots::people()
{
    showArea(MainWindow::AreaId::People);
    save(m_window.get(), QStringLiteral("people"));
}

void TestScreenshots::sessions()
{
    showArea(MainWindow::AreaId::Sessions);
    save(m_window.get(), QStringLiteral("sessions"));
}

void TestScreenshots::sessionDialog()
{
    const auto session = SessionStore(m_window->database().connection(), m_clock).fetch(m_ids.heldSession);
    QVERIFY2(session, qPrintable(session.error()));
    SessionDialog dialog(m_window->context(), m_window.get());
    dialog.setSession(session.value());
    const QSize size(900, 760);
    dialog.resize(size);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    save(&dialog, QStringLiteral("session-dialog"), dialog.size());
    dialog.reject();
}

void TestScreenshots::actions()
{
    showArea(MainWindow::AreaId::Actions);
    save(m_window.get(), QStringLiteral("actions"));
}

void TestScreenshots::pilots()
{
    showArea(MainWindow::AreaId::Pilots);
    m_window->pilotsPage()->showPilot(m_ids.pilot);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->pilotsPage()->currentId(), m_ids.pilot, 10000); // read on a worker
    save(m_window.get(), QStringLiteral("pilots"));
}

void TestScreenshots::search()
{
    showArea(MainWindow::AreaId::Search);
    SearchPage *page = m_window->searchPage();
    QSignalSpy searched(page, &SearchPage::searched);
    page->searchEdit()->setText(QStringLiteral("heat"));
    page->search();
    QVERIFY(searched.wait(10000) || !searched.isEmpty());
    save(m_window.get(), QStringLiteral("search"));
}

void TestScreenshots::sessionWorkspace()
{
    SessionWorkspace *workspace = m_window->openSession(m_ids.heldSession);
    QVERIFY(workspace);
    workspace->resize(WindowSize);
    QVERIFY(QTest::qWaitForWindowExposed(workspace));
    workspace->selectBlock(0); // the whole session, where the entries are
    workspace->entryList()->setCurrentIndex(workspace->entryList()->model()->index(0, 0));
    save(workspace, QStringLiteral("session-workspace"));
    workspace->close();
}

void TestScreenshots::userGuide()
{
    UserGuideDialog dialog(m_window.get());
    const QSize size(900, 700);
    dialog.resize(size);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    save(&dialog, QStringLiteral("user-guide"), dialog.size());
    dialog.close();
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
