// The import preview dialog and the File menu's import and export, offscreen, on real files.
#include "MainWindow.h"
#include "TestDatabase.h"
#include "common/AppContext.h"
#include "core/AppIdentity.h"
#include "database/Database.h"
#include "directory/DirectoryActions.h"
#include "directory/ImportDialog.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "itemmodels/ImportPreviewModel.h"
#include "itemmodels/PersonTableModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

namespace {

// A window-less set-up of what the dialog needs: the database, the edit facade and its stack.
struct Workbench
{
    TestDatabase db;
    QUndoStack undoStack;
    ChangeNotifier notifier;
    Editor editor{db.database(), &undoStack, &notifier};
    AppContext context{db.database(), editor, notifier, db.clock()};
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(data);
    return path;
}

QByteArray people(int rows, int badEvery = 0)
{
    QByteArray data("name,role,city,email\n");
    for (int i = 0; i < rows; ++i) {
        const bool bad = badEvery > 0 && i % badEvery == badEvery - 1;
        data += "Person " + QByteArray::number(i) + ",expert,Lviv," + (bad ? QByteArray("nobody@") : "p" + QByteArray::number(i) + "@example.org") + '\n';
    }
    return data;
}

bool checkFile(ImportDialog &dialog, const QString &path)
{
    QSignalSpy checked(&dialog, &ImportDialog::checked);
    dialog.check(path);
    return checked.wait(20000) && !dialog.isChecking();
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void goodFileImportsAsOneUndoableStep();
    void badRowsDisableImportAndAreShownFirst();
    void brokenFileShowsWhy();
    void largeFileIsCheckedOffTheWindowThread();
    void closingWhileCheckingStopsTheWorker();
    void importIsWrittenWhileTheDialogRepaints();
    void fileMenuExportsAndOffersImport();

private:
    QTemporaryDir m_dir;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppIdentity::apply();
    QVERIFY(m_dir.isValid());
}

void TestImportDialog::goodFileImportsAsOneUndoableStep()
{
    Workbench bench;
    QVERIFY(bench.db.ok());
    PersonTableModel people(bench.db.connection(), &bench.notifier);
    QCOMPARE(people.rowCount(), 0);
    const QString path = writeFile(m_dir, QStringLiteral("good.csv"),
                                   QStringLiteral("name;role;city;email\nAyşe Yılmaz;City representative;Çorlu;ayse@example.org\n"
                                                  "São Paulo Guest;observer;;\n").toUtf8());
    ImportDialog dialog(bench.context, DirectoryKind::People);
    dialog.show();
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(checkFile(dialog, path));
    QCOMPARE(dialog.summaryText(), QStringLiteral("2 rows ready to import."));
    QVERIFY(dialog.importButton()->isEnabled());
    QVERIFY(!dialog.problemsOnlyBox()->isEnabled());
    QCOMPARE(dialog.view()->model()->rowCount(), 2);
    QCOMPARE(dialog.view()->model()->index(0, ImportPreviewModel::FirstFileColumn).data().toString(), QStringLiteral("Ayşe Yılmaz"));

    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.importedCount(), 2);
    QCOMPARE(bench.db.scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), 2);
    QCOMPARE(people.rowCount(), 2); // the open list was told
    QCOMPARE(bench.undoStack.undoText(), QStringLiteral("Import 2 people"));
    bench.undoStack.undo();
    QCOMPARE(bench.db.scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), 0);
    QCOMPARE(people.rowCount(), 0);
}

void TestImportDialog::badRowsDisableImportAndAreShownFirst()
{
    Workbench bench;
    QVERIFY(bench.db.ok());
    const QString path = writeFile(m_dir, QStringLiteral("bad.csv"), people(10000, 3333)); // lines 3334, 6667, 10000
    ImportDialog dialog(bench.context, DirectoryKind::People);
    dialog.show();
    QVERIFY(checkFile(dialog, path));
    const QString summary = QStringLiteral("%1 rows ready, 3 with problems.").arg(QLocale().toString(9997));
    QVERIFY2(dialog.summaryText().startsWith(summary), qPrintable(dialog.summaryText()));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.problemsOnlyBox()->isEnabled());
    QVERIFY(dialog.problemsOnlyBox()->isChecked());
    const QAbstractItemModel *model = dialog.view()->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, ImportPreviewModel::Line).data().toInt(), 3334);
    QCOMPARE(model->index(2, ImportPreviewModel::Line).data().toInt(), 10000);
    QCOMPARE(model->index(1, ImportPreviewModel::Verdict).data().toString(),
             QStringLiteral("email: “nobody@” is not an e-mail address."));
    QVERIFY(model->index(1, ImportPreviewModel::Verdict).data(ImportPreviewModel::ProblemRole).toBool());

    dialog.problemsOnlyBox()->setChecked(false);
    QCOMPARE(model->rowCount(), 10000);
    dialog.accept(); // refused while rows are bad
    QVERIFY(dialog.isVisible());
    QCOMPARE(bench.db.scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), 0);
    QCOMPARE(bench.undoStack.count(), 0);
}

void TestImportDialog::brokenFileShowsWhy()
{
    Workbench bench;
    QVERIFY(bench.db.ok());
    ImportDialog dialog(bench.context, DirectoryKind::Cities);
    const QString broken = writeFile(m_dir, QStringLiteral("broken.csv"), "name,country,time_zone\n\"Lviv,UA,Europe/Kyiv\n");
    QVERIFY(checkFile(dialog, broken));
    QCOMPARE(dialog.summaryText(), QStringLiteral("broken.csv cannot be imported: line 2: the quoted field in column 1 is never "
                                                  "closed (a quote is missing)."));
    QVERIFY(!dialog.importButton()->isEnabled());
    QCOMPARE(dialog.model()->rowCount(), 0);

    QVERIFY(checkFile(dialog, m_dir.filePath(QStringLiteral("missing.csv"))));
    QVERIFY2(dialog.summaryText().startsWith(QStringLiteral("Cannot read ")), qPrintable(dialog.summaryText()));
    QVERIFY(!dialog.importButton()->isEnabled());
}

// The window keeps handling events while 100,000 rows are checked: progress arrives from the
// worker, and the time taken is reported.
void TestImportDialog::largeFileIsCheckedOffTheWindowThread()
{
    Workbench bench;
    QVERIFY(bench.db.ok());
    const QString path = writeFile(m_dir, QStringLiteral("large.csv"), people(100000));
    ImportDialog dialog(bench.context, DirectoryKind::People);
    dialog.show();
    QSignalSpy checked(&dialog, &ImportDialog::checked);
    QElapsedTimer timer;
    timer.start();
    dialog.check(path);
    QVERIFY(dialog.isChecking());
    int turns = 0;
    QString progress;
    while (checked.isEmpty() && timer.elapsed() < 60000) {
        QTest::qWait(10); // the event loop runs: the window is not frozen
        ++turns;
        if (dialog.isChecking() && dialog.summaryText().contains(QStringLiteral(" of %1").arg(QLocale().toString(100000))))
            progress = dialog.summaryText();
    }
    QCOMPARE(checked.size(), 1);
    qInfo("checked 100,000 rows in %lld ms (%d event loop turns meanwhile)", timer.elapsed(), turns);
    QVERIFY2(!progress.isEmpty() || timer.elapsed() < 200, "no progress was shown");
    QCOMPARE(dialog.summaryText(), QStringLiteral("%1 rows ready to import.").arg(QLocale().toString(100000)));
    QVERIFY(dialog.importButton()->isEnabled());
}

// While the rows are written (on a thread of their own), the dialog says so, offers nothing
// to click, and stays open when Escape is pressed or it is asked to close.
void TestImportDialog::importIsWrittenWhileTheDialogRepaints()
{
    Workbench bench;
    QVERIFY(bench.db.ok());
    const QString path = writeFile(m_dir, QStringLiteral("write.csv"), people(5000));
    ImportDialog dialog(bench.context, DirectoryKind::People);
    dialog.show();
    QVERIFY(checkFile(dialog, path));
    QStringList summaries;
    bool importEnabled = false;
    bool closedMeanwhile = false;
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, &dialog, [&] {
        if (!bench.editor.isWritingAway())
            return;
        summaries << dialog.summaryText();
        importEnabled = importEnabled || dialog.importButton()->isEnabled();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        dialog.reject();
        closedMeanwhile = closedMeanwhile || !dialog.isVisible();
    });
    watcher.start(0);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    watcher.stop();
    QVERIFY2(!summaries.isEmpty(), "the event loop did not run while the rows were written");
    QCOMPARE(summaries.constFirst(), QStringLiteral("Importing %1 people…").arg(QLocale().toString(5000)));
    QVERIFY(!importEnabled);
    QVERIFY(!closedMeanwhile);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.importedCount(), 5000);
    QCOMPARE(bench.db.scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), 5000);
}

void TestImportDialog::closingWhileCheckingStopsTheWorker()
{
    Workbench bench;
    QVERIFY(bench.db.ok());
    const QString path = writeFile(m_dir, QStringLiteral("closing.csv"), people(50000));
    auto dialog = std::make_unique<ImportDialog>(bench.context, DirectoryKind::People);
    dialog->show();
    dialog->check(path);
    QVERIFY(dialog->isChecking());
    dialog->reject();
    QVERIFY(!dialog->isChecking());
    dialog.reset(); // and destroying it later is safe
    QTest::qWait(50);
    QCOMPARE(bench.db.scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), 0);
}

void TestImportDialog::fileMenuExportsAndOffersImport()
{
    const QString path = m_dir.filePath(QStringLiteral("window.sqlite"));
    FixedClock clock(TestDatabase::defaultNow());
    Database::Options options;
    options.clock = &clock;
    auto database = Database::open(path, options);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    MainWindow window(std::move(database).value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList texts;
    for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions())
        texts << action->text();
    for (const char *text : {"Import &Cities…", "Import &People…", "E&xport Cities…", "Expor&t People…"})
        QVERIFY2(texts.contains(QString::fromUtf8(text)), text);

    auto *actions = window.findChild<DirectoryActions *>();
    QVERIFY(actions);
    const QString out = m_dir.filePath(QStringLiteral("window-cities.csv"));
    actions->setFileChooser([&](DirectoryKind kind, bool forSaving) {
        return kind == DirectoryKind::Cities && forSaving ? out : QString();
    });
    actions->exportFile(DirectoryKind::Cities);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(QStringLiteral("\r\nÇorlu,TR,").toUtf8()));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Wrote 51 cities to %1.").arg(QDir::toNativeSeparators(out)));
    actions->importFile(DirectoryKind::People); // the chooser is cancelled: nothing happens
    QCOMPARE(window.undoStack()->count(), 0);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
