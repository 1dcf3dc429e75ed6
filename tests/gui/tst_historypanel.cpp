// The History panels as a facilitator meets them, offscreen over a real seeded file: the
// pairing's History tab lists an edit newest first with who and old → new; "Restore Old
// Value" puts the old value back as an undoable edit; a session workspace and a pilot have
// their history too; a window open read-only hides the restore button.
#include "MainWindow.h"
#include "WindowFixture.h"
#include "common/AppContext.h"
#include "core/Preferences.h"
#include "database/Database.h"
#include "edit/Editor.h"
#include "history/ChangeHistoryWidget.h"
#include "itemmodels/ChangeHistoryModel.h"
#include "minutes/SessionWorkspace.h"
#include "pairings/PairingDetailWidget.h"
#include "pairings/PairingsPage.h"
#include "pilots/PilotDetailWidget.h"
#include "pilots/PilotsPage.h"
#include "store/PairingStore.h"
#include "store/PilotStore.h"
#include "store/SessionStore.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

namespace {
const QString Facilitator = QStringLiteral("Robert'); DROP TABLE city;--");
} // namespace

class TestHistoryPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pairingHistoryTabListsAndRestores();
    void sessionWorkspaceHasItsHistory();
    void readOnlyWindowHidesRestore();

private:
    AppContext &context() const { return m_window->context(); }
    qint64 pairing(const QString &code) const
    {
        return PairingStore(context().database.connection(), m_clock).resolve(code).value_or(0);
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2027, 3, 20), QTime(13, 12), QTimeZone::utc())};
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_settingsDir;
};

void TestHistoryPanel::initTestCase()
{
    // Settings of this process only: suites run in parallel, each with its own facilitator.
    QVERIFY(m_settingsDir.isValid());
    WindowFixture::useSettingsIn(m_settingsDir.path());
    Preferences::setFacilitatorName(Facilitator);
}

void TestHistoryPanel::init()
{
    QVERIFY(m_dir.isValid());
    m_window = WindowFixture::openWindow(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), m_clock);
    QVERIFY(m_window);
    m_window->showArea(MainWindow::AreaId::Pairings);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestHistoryPanel::cleanup()
{
    m_window.reset();
}

void TestHistoryPanel::pairingHistoryTabListsAndRestores()
{
    const qint64 e04 = pairing(QStringLiteral("E-04"));
    PairingRecord record = PairingStore(context().database.connection(), m_clock).fetch(e04).value();
    const QString before = record.challenge;
    record.challenge = QStringLiteral("Changed by mistake");
    QVERIFY(context().editor.editPairing(record));

    QVERIFY(WindowFixture::pairingsRead(*m_window));
    m_window->pairingsPage()->selectId(e04);
    PairingDetailWidget *detail = m_window->pairingsPage()->detail();
    QStringList tabs;
    for (int i = 0; i < detail->tabs()->count(); ++i)
        tabs << detail->tabs()->tabText(i);
    QVERIFY2(tabs.contains(QStringLiteral("History")), qPrintable(tabs.join(u',')));
    ChangeHistoryWidget *history = detail->historyWidget();
    detail->tabs()->setCurrentWidget(history);
    QTRY_COMPARE(history->view()->model()->rowCount(), 1);
    const QAbstractItemModel *model = history->view()->model();
    QCOMPARE(model->index(0, ChangeHistoryModel::Who).data().toString(), Facilitator);
    QCOMPARE(model->index(0, ChangeHistoryModel::Record).data().toString(), QStringLiteral("Pairing E-04"));
    QCOMPARE(model->index(0, ChangeHistoryModel::Field).data().toString(), QStringLiteral("Challenge"));
    QCOMPARE(model->index(0, ChangeHistoryModel::Change).data().toString(),
             QStringLiteral("%1 → Changed by mistake").arg(before.simplified()));
    QVERIFY(history->restoreButton()->isVisible());
    QVERIFY(!history->restoreButton()->isEnabled()); // nothing selected

    history->view()->selectRow(0);
    QVERIFY(history->restoreButton()->isEnabled());
    QTest::mouseClick(history->restoreButton(), Qt::LeftButton);
    QCOMPARE(PairingStore(context().database.connection(), m_clock).fetch(e04)->challenge, before);
    QCOMPARE(model->rowCount(), 2); // the restore, on top
    QCOMPARE(history->view()->currentIndex().row(), 1); // still the restored change
    QVERIFY(!history->restoreButton()->isEnabled());
    QCOMPARE(history->statusText(), QStringLiteral("The field already holds this value."));

    m_window->context().editor.undoStack()->undo();
    QCOMPARE(PairingStore(context().database.connection(), m_clock).fetch(e04)->challenge,
             QStringLiteral("Changed by mistake"));
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(history->restoreButton()->isEnabled());
}

void TestHistoryPanel::sessionWorkspaceHasItsHistory()
{
    SessionRecord session;
    session.pairingId = pairing(QStringLiteral("E-04"));
    session.kind = QStringLiteral("sharing");
    const qint64 id = context().editor.addSession(session).value_or(0);
    QVERIFY(id > 0);
    session = SessionStore(context().database.connection(), m_clock).fetch(id).value();
    session.title = QStringLiteral("Heat networks");
    QVERIFY(context().editor.editSession(session));
    auto *workspace = new SessionWorkspace(context(), id);
    workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(workspace));
    ChangeHistoryWidget *history = workspace->history();
    QTRY_COMPARE(history->view()->model()->rowCount(), 2);
    QCOMPARE(history->view()->model()->index(0, ChangeHistoryModel::Change).data().toString(),
             QStringLiteral("(none) → Heat networks"));
    workspace->close();
}

void TestHistoryPanel::readOnlyWindowHidesRestore()
{
    const QString shared = m_dir.filePath(QStringLiteral("shared.sqlite"));
    const FileOpenElsewhere otherWindow(shared); // this process stands for it
    QVERIFY2(otherWindow.error().isEmpty(), qPrintable(otherWindow.error()));
    QVERIFY(m_window->openDatabase(shared));
    QVERIFY(m_window->database().isReadOnly());
    m_window->showArea(MainWindow::AreaId::Pairings);
    QVERIFY(WindowFixture::pairingsRead(*m_window));
    m_window->pairingsPage()->selectId(pairing(QStringLiteral("E-04")));
    QVERIFY(m_window->pairingsPage()->detail()->historyWidget()->restoreButton()->isHidden());
}

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
