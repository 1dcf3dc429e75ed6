// Backups, restore and read-only files in the window, offscreen over real files: the restore
// dialog lists the backups, asks before it replaces anything and the window then shows the
// restored data; a file another window has open shows a banner and no editing; a file that
// does not open offers its newest good backup; a full disk keeps what was typed.
#include "FileFixtures.h"
#include "MainWindow.h"
#include "WindowFixture.h"
#include "cities/CitiesPage.h"
#include "common/AppContext.h"
#include "common/MessageBanner.h"
#include "database/BackupActions.h"
#include "database/Backups.h"
#include "database/Database.h"
#include "database/RestoreBackupDialog.h"
#include "edit/Editor.h"
#include "itemmodels/BackupListModel.h"
#include "itemmodels/CityTableModel.h"
#include "minutes/SessionWorkspace.h"
#include "sessions/PlanCycleDialog.h"
#include "store/CityStore.h"
#include "store/NoteStore.h"
#include "store/PairingStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <csignal>
#include <sys/resource.h>

using namespace FileFixtures;

namespace {
QAction *menuAction(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

// Answers the next message box with the button labelled text.
void answerNextMessageBox(const QString &text)
{
    QTimer::singleShot(0, [text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons()) {
            if (QString(button->text()).remove(u'&') == text) {
                button->click();
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no button %1").arg(text)));
    });
}

QString nameShown(CityTableModel *cities, qint64 id)
{
    while (cities->canFetchMore(QModelIndex()))
        cities->fetchMore(QModelIndex());
    return cities->index(cities->rowOfId(id), CityTableModel::Name).data().toString();
}

QPushButton *bannerButton(MessageBanner *banner)
{
    for (QPushButton *button : banner->findChildren<QPushButton *>()) {
        if (button->isVisible())
            return button;
    }
    return nullptr;
}
} // namespace

class TestBackupWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openingBacksUpOnceADay();
    void dialogListsBackupsNewestFirst();
    void restoreShowsTheRestoredData();
    void cancelledRestoreChangesNothing();
    void fileOpenInAnotherWindowIsReadOnly();
    void fileThatDoesNotOpenOffersItsBackup();
    void fullDiskKeepsWhatWasTyped();

private:
    QString cityOne() const;
    void renameCityOne(const QString &name);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2027, 3, 15), QTime(13, 30), QTimeZone::utc())};
    std::unique_ptr<MainWindow> m_window;
};

void TestBackupWindow::initTestCase()
{
    WindowFixture::useTestSettings();
}

void TestBackupWindow::init()
{
    m_clock.set(QDateTime(QDate(2027, 3, 15), QTime(13, 30), QTimeZone::utc()));
    const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    m_window = WindowFixture::showWindow(path, m_clock);
    QVERIFY(m_window);
    // The day's backup, written on a worker when the window opened the file.
    QTRY_VERIFY(!m_window->backups()->isBackingUp());
}

void TestBackupWindow::cleanup()
{
    m_window.reset();
}

QString TestBackupWindow::cityOne() const
{
    return CityStore(m_window->database().connection(), m_clock).fetch(1).value().name;
}

void TestBackupWindow::renameCityOne(const QString &name)
{
    CityRecord city = CityStore(m_window->database().connection(), m_clock).fetch(1).value();
    city.name = name;
    const Status edited = m_window->editor()->editCity(city);
    QVERIFY2(edited.ok(), qPrintable(edited.error()));
}

void TestBackupWindow::openingBacksUpOnceADay()
{
    const QString path = m_window->database().path();
    QCOMPARE(Backups(path).list().size(), 1); // made when the window opened it
    QCOMPARE(Backups(path).list().constFirst().takenUtc, m_clock.nowUtc());
    // Opened again the same day: no second one.
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    QVERIFY(m_window->openDatabase(other));
    QTRY_VERIFY(!m_window->backups()->isBackingUp());
    QVERIFY(m_window->openDatabase(path));
    QTRY_VERIFY(!m_window->backups()->isBackingUp());
    QCOMPARE(Backups(path).list().size(), 1);
    // The next day, one more.
    m_clock.set(m_clock.nowUtc().addDays(1));
    QVERIFY(m_window->openDatabase(other));
    QVERIFY(m_window->openDatabase(path));
    // Each file's backup runs on a worker, the second perhaps after the first: wait for it.
    QTRY_COMPARE(Backups(path).list().size(), 2);
    QTRY_VERIFY(!m_window->backups()->isBackingUp());
}

void TestBackupWindow::dialogListsBackupsNewestFirst()
{
    const QString path = m_window->database().path();
    m_clock.set(m_clock.nowUtc().addDays(2));
    QSignalSpy finished(m_window->backups(), &BackupActions::backupFinished);
    menuAction(m_window.get(), QStringLiteral("&Back Up Now"))->trigger();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.constFirst().at(0).toBool());

    RestoreBackupDialog dialog(path, m_window.get());
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.model()->rowCount(), 2);
    QCOMPARE(dialog.model()->index(0, BackupListModel::Taken).data().toString(), QStringLiteral("Wed 17 Mar 2027, 13:30:00"));
    QCOMPARE(dialog.model()->index(1, BackupListModel::Taken).data().toString(), QStringLiteral("Mon 15 Mar 2027, 13:30:00"));
    QVERIFY(dialog.model()->index(0, BackupListModel::Size).data().toString().contains(QStringLiteral("KiB")));
    QCOMPARE(dialog.model()->index(0, BackupListModel::File).data().toString(),
             QStringLiteral("dialogListsBackupsNewestFirst-20270317-133000Z.sqlite"));
    QVERIFY(dialog.view()->selectionModel()->isRowSelected(0, QModelIndex())); // the newest, ready
    QVERIFY(dialog.restoreButton()->isEnabled());
}

void TestBackupWindow::restoreShowsTheRestoredData()
{
    const QString original = cityOne();
    renameCityOne(QStringLiteral("Renamed after the backup"));
    QCOMPARE(nameShown(m_window->citiesPage()->model(), 1), QStringLiteral("Renamed after the backup"));

    m_clock.set(m_clock.nowUtc().addSecs(600));
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<RestoreBackupDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->model()->rowCount(), 1);
        answerNextMessageBox(QStringLiteral("Restore"));
        dialog->restoreButton()->click();
    });
    menuAction(m_window.get(), QStringLiteral("&Restore from Backup…"))->trigger();

    QCOMPARE(cityOne(), original);
    // The pages were built again on the restored file.
    QCOMPARE(nameShown(m_window->citiesPage()->model(), 1), original);
    QVERIFY2(m_window->banner()->text().contains(QStringLiteral("Restored the backup of Mon 15 Mar 2027, 13:30")),
             qPrintable(m_window->banner()->text()));
    // What was there is a backup now, and the window goes on writing.
    const QList<BackupEntry> backups = Backups(m_window->database().path()).list();
    QCOMPARE(backups.size(), 2);
    QCOMPARE(valueIn(backups.constFirst().path, QStringLiteral("SELECT name FROM city WHERE id = 1")).toString(),
             QStringLiteral("Renamed after the backup"));
    renameCityOne(QStringLiteral("Written after the restore"));
    QCOMPARE(cityOne(), QStringLiteral("Written after the restore"));
}

void TestBackupWindow::cancelledRestoreChangesNothing()
{
    renameCityOne(QStringLiteral("Stays"));
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<RestoreBackupDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        answerNextMessageBox(QStringLiteral("Cancel"));
        dialog->restoreButton()->click();
        QVERIFY(dialog->isVisible()); // still choosing
        dialog->reject();
    });
    menuAction(m_window.get(), QStringLiteral("&Restore from Backup…"))->trigger();
    QCOMPARE(cityOne(), QStringLiteral("Stays"));
    QCOMPARE(Backups(m_window->database().path()).list().size(), 1);
}

void TestBackupWindow::fileOpenInAnotherWindowIsReadOnly()
{
    const QString shared = m_dir.filePath(QStringLiteral("shared.sqlite"));
    FileOpenElsewhere otherWindow(shared); // this process stands for it
    QVERIFY2(otherWindow.error().isEmpty(), qPrintable(otherWindow.error()));
    QVERIFY(m_window->openDatabase(shared));
    QVERIFY(m_window->database().isReadOnly());
    QVERIFY(m_window->accessBanner()->isVisible());
    QCOMPARE(m_window->accessBanner()->kind(), MessageBanner::Kind::Warning);
    QVERIFY2(m_window->accessBanner()->text().contains(QStringLiteral("shared.sqlite is open in another window")),
             qPrintable(m_window->accessBanner()->text()));
    QVERIFY(m_window->accessBanner()->text().contains(QStringLiteral("read-only here")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("(read-only)")));
    QVERIFY(!menuAction(m_window.get(), QStringLiteral("&New…"))->isEnabled());
    QVERIFY(!menuAction(m_window.get(), QStringLiteral("&Delete"))->isEnabled());
    QVERIFY(!menuAction(m_window.get(), QStringLiteral("&Restore from Backup…"))->isEnabled());
    QVERIFY(!menuAction(m_window.get(), QStringLiteral("Import &People…"))->isEnabled());
    QVERIFY(menuAction(m_window.get(), QStringLiteral("Expor&t People…"))->isEnabled());
    for (QWidget *control : m_window->citiesPage()->editingControls())
        QVERIFY(control->isHidden());
    const auto before = cityOne();
    CityRecord city = CityStore(m_window->database().connection(), m_clock).fetch(1).value();
    city.name = QStringLiteral("Not while read-only");
    const Status edited = m_window->editor()->editCity(city);
    QVERIFY(!edited.ok());
    QCOMPARE(edited.error(), m_window->database().readOnlyReason());
    QCOMPARE(cityOne(), before);
    QVERIFY(!QFileInfo::exists(Backups::folderOf(shared))); // the other window makes the backups
    // The banner stays: it is a state, not news.
    QTest::qWait(50);
    QVERIFY(m_window->accessBanner()->isVisible());

    otherWindow.close();
    QVERIFY(m_window->openDatabase(m_dir.filePath(QStringLiteral("writable.sqlite"))));
    QVERIFY(!m_window->accessBanner()->isVisible());
    QVERIFY(menuAction(m_window.get(), QStringLiteral("&New…"))->isEnabled());
    QVERIFY(menuAction(m_window.get(), QStringLiteral("Import &People…"))->isEnabled());
    for (QWidget *control : m_window->citiesPage()->editingControls())
        QVERIFY(!control->isHidden());
}

void TestBackupWindow::fileThatDoesNotOpenOffersItsBackup()
{
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        auto made = Database::open(damaged);
        QVERIFY(made.ok());
        QVERIFY(Backups(damaged).backUp(made.value()->connection(), m_clock.nowUtc()).ok());
    }
    QVERIFY(truncate(damaged, 30000));
    const QByteArray cutOff = hash(damaged);
    const QString current = m_window->database().path();

    QVERIFY(!m_window->openDatabase(damaged));
    QCOMPARE(m_window->database().path(), current);
    QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
    QVERIFY2(m_window->banner()->text().contains(QStringLiteral("shorter than its header")), qPrintable(m_window->banner()->text()));
    QVERIFY(m_window->banner()->text().contains(QStringLiteral("It has a good backup of Mon 15 Mar 2027, 13:30")));
    QCOMPARE(hash(damaged), cutOff);
    QPushButton *restore = bannerButton(m_window->banner());
    QVERIFY(restore);
    QCOMPARE(restore->text(), QStringLiteral("Restore That Backup"));
    restore->click();

    QCOMPARE(m_window->database().path(), QFileInfo(damaged).absoluteFilePath());
    QVERIFY(!m_window->database().isReadOnly());
    QVERIFY2(m_window->banner()->text().contains(QStringLiteral("is kept, unchanged, as")), qPrintable(m_window->banner()->text()));
    QCOMPARE(m_window->pairingsPage() != nullptr, true);
    QCOMPARE(CityStore(m_window->database().connection(), m_clock).fetch(1).ok(), true);
    const QDir folder(Backups::folderOf(damaged));
    const QStringList kept = folder.entryList({QStringLiteral("*-replaced.sqlite")});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(hash(folder.filePath(kept.constFirst())), cutOff);
}

void TestBackupWindow::fullDiskKeepsWhatWasTyped()
{
    const qint64 pairing = PairingStore(m_window->database().connection(), m_clock).resolve(QStringLiteral("E-04")).value();
    PlanCycleDialog plan(m_window->context(), pairing, m_window.get());
    plan.startEdit()->setDate(QDate(2027, 3, 15));
    plan.accept();
    const qint64 session = plan.createdIds().value(0);
    QVERIFY(session > 0);
    SessionWorkspace *workspace = m_window->openSession(session);
    workspace->addEntry(QStringLiteral("decision"));
    workspace->bodyEdit()->setPlainText(QStringLiteral("Kept before the disk filled up"));
    QVERIFY(workspace->saveNow());
    QVERIFY(checkpoint(m_window->database().connection())); // the log starts again from its first byte

    // From here, no file of this process may grow past 64 KiB, as if the disk were full.
    rlimit saved{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    const rlimit full{64 * 1024, saved.rlim_max};
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &full), 0);
    const QString longEntry = QStringLiteral("Ann Arbor shows its district heating plan, street by street. ").repeated(3000);
    workspace->addEntry(QStringLiteral("insight"));
    workspace->bodyEdit()->setPlainText(longEntry);
    const bool savedWhileFull = workspace->saveNow();
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!savedWhileFull);
    QVERIFY2(workspace->savedText().contains(QStringLiteral("The disk is full")), qPrintable(workspace->savedText()));
    QCOMPARE(workspace->bodyEdit()->toPlainText(), longEntry); // the edit is still in the window
    const auto notes = NoteStore(m_window->database().connection(), m_clock).ofSession(session);
    QCOMPARE(notes->size(), 1);
    QCOMPARE(valueIn(m_window->database().path(), QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
    // With room again, the same entry is saved.
    QVERIFY(workspace->saveNow());
    QCOMPARE(NoteStore(m_window->database().connection(), m_clock).ofSession(session)->size(), 2);
}

QTEST_MAIN(TestBackupWindow)
#include "tst_backupwindow.moc"
