// Running a session, offscreen over a real database file: entries saved as they are typed,
// keyboard-first entry of each type, attendance, action items from an entry, and the search
// that opens a session at the entry it found.
#include "MainWindow.h"
#include "FileFixtures.h"
#include "WindowFixture.h"
#include "actions/ActionDialog.h"
#include "actions/ActionsPage.h"
#include "common/AppContext.h"
#include "database/Database.h"
#include "edit/Editor.h"
#include "exchange/DirectoryImport.h"
#include "exchange/MinutesData.h"
#include "itemmodels/ActionTableModel.h"
#include "itemmodels/AttendanceModel.h"
#include "itemmodels/SearchResultsModel.h"
#include "itemmodels/SessionNotesModel.h"
#include "minutes/SessionWorkspace.h"
#include "pilots/AssessmentDialog.h"
#include "readiness/Rubric.h"
#include "search/SearchPage.h"
#include "sessions/PlanCycleDialog.h"
#include "store/NameLookup.h"
#include "store/NoteStore.h"
#include "store/PairingStore.h"
#include "store/PersonStore.h"
#include "store/SessionStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

namespace {
// QTest::keyClicks asserts on non-ASCII text in Qt 6.4; an input method commit does not.
void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}
} // namespace

class TestSessionWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typedEntryIsSavedWithoutASaveButton();
    void longTypingIsSavedEverySecond();
    void typingRefusedDuringAnImportIsSavedAfter();
    void editsOfOneEntryUndoAsOneStep();
    void keyboardAddsEntriesAndMovesBetweenBlocks();
    void attendanceIsTakenInPlace();
    void actionItemFromAnEntry();
    void searchOpensTheSessionAtTheEntry();
    void minutesExportFromTheWorkspace();
    void pilotsAreAssessedAtTheSession();

private:
    qint64 planE04();
    int noteCount() const;

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2027, 3, 15), QTime(13, 30), QTimeZone::utc())};
    std::unique_ptr<MainWindow> m_window;
};

void TestSessionWorkspace::initTestCase()
{
    WindowFixture::useTestSettings();
}

void TestSessionWorkspace::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    m_window = WindowFixture::showWindow(path, m_clock);
    QVERIFY(m_window);
}

void TestSessionWorkspace::cleanup()
{
    m_window.reset();
}

qint64 TestSessionWorkspace::planE04()
{
    const qint64 pairing = PairingStore(m_window->database().connection(), m_clock).resolve(QStringLiteral("E-04")).value();
    PlanCycleDialog dialog(m_window->context(), pairing, m_window.get());
    dialog.startEdit()->setDate(QDate(2027, 3, 15));
    dialog.accept();
    return dialog.createdIds().value(0);
}

int TestSessionWorkspace::noteCount() const
{
    const auto notes = NoteStore(m_window->database().connection(), m_clock).ofSession(1);
    return notes ? int(notes->size()) : -1;
}

void TestSessionWorkspace::typedEntryIsSavedWithoutASaveButton()
{
    const qint64 session = planE04();
    SessionWorkspace *workspace = m_window->openSession(session);
    QVERIFY(workspace);
    QVERIFY2(workspace->headerText().contains(QStringLiteral("09:15 Ann Arbor (UTC\u221204:00)")), qPrintable(workspace->headerText()));
    QVERIFY(workspace->windowTitle().contains(QStringLiteral("nothing typed yet")));
    QAbstractItemModelTester tester(workspace->entries(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    workspace->selectBlock(3); // "City challenge pitches"
    workspace->addEntry(QStringLiteral("decision"));
    typeText(workspace->bodyEdit(), QStringLiteral("Çorlu's **heat map** goes to Lviv"));
    // Nothing is written until the typing pauses...
    const auto before = NoteStore(m_window->database().connection(), m_clock).ofSession(session);
    QCOMPARE(before->size(), 0);
    // ...then it is, as one transaction, without a Save button.
    QTRY_COMPARE_WITH_TIMEOUT(NoteStore(m_window->database().connection(), m_clock).ofSession(session)->size(), 1, 3000);
    const NoteRecord saved = NoteStore(m_window->database().connection(), m_clock).ofSession(session)->first();
    QCOMPARE(saved.body, QStringLiteral("Çorlu's **heat map** goes to Lviv"));
    QCOMPARE(saved.kind, QStringLiteral("decision"));
    QVERIFY(saved.agendaItemId.has_value());
    QVERIFY(workspace->windowTitle().contains(QStringLiteral("saved ")));
    QCOMPARE(workspace->entries()->rowCount(), 1);

    // Closing the window writes what was typed last, without waiting.
    typeText(workspace->bodyEdit(), QStringLiteral(" in April"));
    workspace->close();
    QCOMPARE(NoteStore(m_window->database().connection(), m_clock).fetch(saved.id)->body,
             QStringLiteral("Çorlu's **heat map** goes to Lviv in April"));
}

// A save that falls while an import is written is refused, and made once the import is in.
void TestSessionWorkspace::typingRefusedDuringAnImportIsSavedAfter()
{
    const qint64 session = planE04();
    SessionWorkspace *workspace = m_window->openSession(session);
    QVERIFY(workspace);
    workspace->addEntry(QStringLiteral("discussion"));
    typeText(workspace->bodyEdit(), QStringLiteral("Typed just before the import"));
    QByteArray csv("name,role,city\n");
    for (int i = 0; i < 3000; ++i)
        csv += "Import Person " + QByteArray::number(i) + ",expert,Lviv\n";
    ImportPreview preview = DirectoryImport::preview(m_window->database().connection(), DirectoryKind::People, csv);
    QVERIFY(preview.canApply());
    bool refused = false;
    bool tried = false;
    QTimer saver;
    connect(&saver, &QTimer::timeout, workspace, [&] {
        if (tried || !m_window->editor()->isWritingAway())
            return;
        tried = true;
        refused = !workspace->saveNow(); // as the autosave timer would, half-way through the import
    });
    saver.start(0);
    QVERIFY(m_window->editor()->importRecords(preview.records()).ok());
    saver.stop();
    QVERIFY(tried);
    QVERIFY(refused);
    QTRY_COMPARE_WITH_TIMEOUT(NoteStore(m_window->database().connection(), m_clock).ofSession(session)->size(), 1, 3000);
    QCOMPARE(NoteStore(m_window->database().connection(), m_clock).ofSession(session)->first().body,
             QStringLiteral("Typed just before the import"));
}

void TestSessionWorkspace::longTypingIsSavedEverySecond()
{
    const qint64 session = planE04();
    SessionWorkspace *workspace = m_window->openSession(session);
    workspace->addEntry(QStringLiteral("discussion"));
    // A facilitator who never pauses for half a second still loses at most the last second.
    for (int i = 0; i < 8; ++i) {
        typeText(workspace->bodyEdit(), QStringLiteral("word%1 ").arg(i));
        QTest::qWait(200);
    }
    const auto notes = NoteStore(m_window->database().connection(), m_clock).ofSession(session);
    QCOMPARE(notes->size(), 1);
    QVERIFY2(notes->first().body.startsWith(QStringLiteral("word0 word1 word2 word3")), qPrintable(notes->first().body));
}

void TestSessionWorkspace::editsOfOneEntryUndoAsOneStep()
{
    const qint64 session = planE04();
    SessionWorkspace *workspace = m_window->openSession(session);
    workspace->addEntry(QStringLiteral("insight"));
    typeText(workspace->bodyEdit(), QStringLiteral("District heating"));
    QVERIFY(workspace->saveNow());
    const int afterAdd = m_window->undoStack()->count();
    typeText(workspace->bodyEdit(), QStringLiteral(" works"));
    QVERIFY(workspace->saveNow());
    typeText(workspace->bodyEdit(), QStringLiteral(" at city scale"));
    QVERIFY(workspace->saveNow());
    QCOMPARE(m_window->undoStack()->count(), afterAdd + 1); // the two saves merged
    m_window->undoStack()->undo();
    const auto notes = NoteStore(m_window->database().connection(), m_clock).ofSession(session);
    QCOMPARE(notes->first().body, QStringLiteral("District heating"));
    // The editor shows what the undo restored, so the next save does not bring the text back.
    QCOMPARE(workspace->bodyEdit()->toPlainText(), QStringLiteral("District heating"));

    // A new entry, then a click on the first: the editor follows the list, by entry not by row.
    workspace->addEntry(QStringLiteral("challenge"));
    typeText(workspace->bodyEdit(), QStringLiteral("Funding gap"));
    workspace->entryList()->setCurrentIndex(workspace->entries()->index(0));
    QCOMPARE(workspace->entries()->rowCount(), 2);
    const QModelIndex current = workspace->entryList()->currentIndex();
    QCOMPARE(current.data(SessionNotesModel::BodyRole).toString(), workspace->bodyEdit()->toPlainText());
}

void TestSessionWorkspace::keyboardAddsEntriesAndMovesBetweenBlocks()
{
    const qint64 session = planE04();
    SessionWorkspace *workspace = m_window->openSession(session);
    QVERIFY(QTest::qWaitForWindowExposed(workspace));
    workspace->activateWindow();
    QCOMPARE(workspace->agendaList()->currentRow(), 0);
    QTest::keyClick(workspace, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(workspace->agendaList()->currentRow(), 1);
    QTest::keyClick(workspace, Qt::Key_4, Qt::ControlModifier | Qt::ShiftModifier); // good practice
    QCOMPARE(workspace->kindCombo()->currentData().toString(), QStringLiteral("good_practice"));
    QVERIFY(workspace->bodyEdit()->hasFocus());
    QTest::keyClicks(workspace->bodyEdit(), QStringLiteral("Heat pumps in schools"));
    QVERIFY(workspace->saveNow());
    QTest::keyClick(workspace, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(workspace->agendaList()->currentRow(), 0);
    QCOMPARE(workspace->entries()->rowCount(), 0); // the entry belongs to block 1
    const auto notes = NoteStore(m_window->database().connection(), m_clock).ofSession(session);
    QCOMPARE(notes->size(), 1);
    QCOMPARE(notes->first().kind, QStringLiteral("good_practice"));
}

void TestSessionWorkspace::attendanceIsTakenInPlace()
{
    const qint64 session = planE04();
    PersonRecord olena;
    olena.name = QStringLiteral("Olena Kovalenko");
    // A person of Lviv is expected at every session of E-04.
    {
        QSqlQuery q(m_window->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM city WHERE name = 'Lviv'")) && q.next());
        olena.cityId = q.value(0).toLongLong();
    }
    QVERIFY(m_window->editor()->addPerson(olena).ok());
    SessionWorkspace *workspace = m_window->openSession(session);
    AttendanceModel *attendance = workspace->attendance();
    QAbstractItemModelTester tester(attendance, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(attendance->rowCount(), 1);
    QCOMPARE(attendance->index(0, AttendanceModel::Person).data().toString(), QStringLiteral("Olena Kovalenko"));
    QCOMPARE(attendance->index(0, AttendanceModel::Status).data().toString(), QStringLiteral("Not taken"));
    QVERIFY(attendance->setData(attendance->index(0, AttendanceModel::Status), QStringLiteral("excused")));
    QCOMPARE(attendance->index(0, AttendanceModel::Status).data().toString(), QStringLiteral("Excused"));
    m_window->undoStack()->undo();
    QCOMPARE(attendance->index(0, AttendanceModel::Status).data().toString(), QStringLiteral("Not taken"));
    QVERIFY(!attendance->setData(attendance->index(0, AttendanceModel::Status), QStringLiteral("asleep")));
}

void TestSessionWorkspace::actionItemFromAnEntry()
{
    const qint64 session = planE04();
    SessionWorkspace *workspace = m_window->openSession(session);
    workspace->addEntry(QStringLiteral("decision"));
    typeText(workspace->bodyEdit(), QStringLiteral("Lviv sends the Sykhiv heat map\nby April"));
    QVERIFY(workspace->saveNow());
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<ActionDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->descriptionEdit()->toPlainText(), QStringLiteral("Lviv sends the Sykhiv heat map"));
        dialog->hasDueCheck()->setChecked(true);
        dialog->dueEdit()->setDate(QDate(2027, 3, 10)); // already past on the fixed clock
        dialog->accept();
    });
    workspace->addActionFromEntry();
    ActionTableModel *actions = workspace->actions();
    QCOMPARE(actions->rowCount(), 1);
    QCOMPARE(actions->index(0, ActionTableModel::Description).data().toString(), QStringLiteral("Lviv sends the Sykhiv heat map"));
    QVERIFY(actions->index(0, ActionTableModel::Due).data().toString().contains(QStringLiteral("overdue")));

    // The Actions area lists it across sessions, and "overdue" finds it.
    ActionsPage *page = m_window->actionsPage();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page->overdueFilter()->setChecked(true);
    QCOMPARE(page->model()->rowCount(), 1);
    page->statusFilter()->setCurrentIndex(page->statusFilter()->findData(QStringLiteral("done")));
    QCOMPARE(page->model()->rowCount(), 0);
}

void TestSessionWorkspace::searchOpensTheSessionAtTheEntry()
{
    const qint64 session = planE04();
    SessionWorkspace *workspace = m_window->openSession(session);
    workspace->selectBlock(2);
    workspace->addEntry(QStringLiteral("good_practice"));
    typeText(workspace->bodyEdit(), QStringLiteral("València's superblocks cut traffic noise"));
    QVERIFY(workspace->saveNow());
    workspace->close();

    m_window->showArea(MainWindow::AreaId::Search);
    SearchPage *search = m_window->searchPage();
    QAbstractItemModelTester tester(search->results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy searched(search, &SearchPage::searched);
    search->searchEdit()->setText(QStringLiteral("valencia superbl"));
    search->search();
    QVERIFY(searched.wait(10000)); // on a worker
    QCOMPARE(search->results()->rowCount(), 1);
    QVERIFY(search->results()->index(0).data(SearchResultsModel::HtmlRole).toString().contains(QStringLiteral("<b>")));
    QVERIFY(search->results()->index(0).data().toString().contains(QStringLiteral("E-04 · Session 1")));
    search->kindFilter()->setCurrentIndex(search->kindFilter()->findData(QStringLiteral("decision")));
    QTRY_COMPARE(search->results()->rowCount(), 0);
    search->kindFilter()->setCurrentIndex(0);
    QTRY_COMPARE(search->results()->rowCount(), 1);
    search->view()->setCurrentIndex(search->results()->index(0));
    search->editCurrent();
    SessionWorkspace *opened = m_window->openSession(session);
    QCOMPARE(opened->agendaList()->currentRow(), 2);
    QCOMPARE(opened->bodyEdit()->toPlainText(), QStringLiteral("València's superblocks cut traffic noise"));
}

void TestSessionWorkspace::minutesExportFromTheWorkspace()
{
    const qint64 session = planE04();
    SessionWorkspace *workspace = m_window->openSession(session);
    workspace->addEntry(QStringLiteral("decision"));
    typeText(workspace->bodyEdit(), QStringLiteral("Peñalolén joins the **solar** tender"));
    // Not waiting for the autosave: the export writes what is typed first.
    const QString path = m_dir.filePath(QStringLiteral("minutes.pdf"));
    const Status written = workspace->exportPdfTo(path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    const std::optional<QString> content = FileFixtures::pdfText(path);
    if (!content)
        QSKIP("pdftotext is not installed");
    QVERIFY2(content->contains(QStringLiteral("Peñalolén joins the solar tender")), qPrintable(content->left(2000)));
    QVERIFY(content->contains(QStringLiteral("E-04")));
}

// The session window offers each member city's pilot for assessment at this session; the
// assessment is tied to the session and shows in its minutes.
void TestSessionWorkspace::pilotsAreAssessedAtTheSession()
{
    const qint64 session = planE04();
    SessionWorkspace *workspace = m_window->openSession(session);
    QPushButton *assess = nullptr;
    for (QPushButton *button : workspace->findChildren<QPushButton *>()) {
        if (button->text().remove(u'&') == QStringLiteral("Assess Pilot…"))
            assess = button;
    }
    QVERIFY(assess && assess->menu());
    emit assess->menu()->aboutToShow();
    QCOMPARE(assess->menu()->actions().size(), 1);
    QVERIFY(!assess->menu()->actions().first()->isEnabled()); // no pilots yet

    PilotRecord pilot;
    pilot.pairingId = PairingStore(m_window->database().connection(), m_clock).resolve(QStringLiteral("E-04")).value();
    pilot.cityId = NameLookup::city(m_window->database().connection(), QStringLiteral("Lviv")).value();
    pilot.title = QStringLiteral("Heat pumps for Sykhiv");
    const auto pilotId = m_window->context().editor.addPilot(pilot);
    QVERIFY2(pilotId, qPrintable(pilotId.error()));
    emit assess->menu()->aboutToShow();
    QCOMPARE(assess->menu()->actions().size(), 1);
    QAction *lviv = assess->menu()->actions().first();
    QVERIFY(lviv->isEnabled());
    QVERIFY2(lviv->text().startsWith(QStringLiteral("Lviv — Heat pumps for Sykhiv")), qPrintable(lviv->text()));

    bool seen = false;
    QTimer::singleShot(0, this, [session, &seen] {
        auto *dialog = qobject_cast<AssessmentDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->sessionCombo()->currentData().toLongLong(), session); // not the latest held one
        for (const RubricDimension &d : Rubric::shipped().dimensions())
            dialog->setLevel(d.id, 2);
        seen = true;
        dialog->accept();
    });
    lviv->trigger();
    QVERIFY(seen);
    QSqlQuery q(m_window->database().connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM readiness_assessment WHERE pilot_id = ? AND session_id = ?"));
    q.addBindValue(pilotId.value());
    q.addBindValue(session);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    const auto minutes = MinutesData::load(m_window->database().connection(), session);
    QVERIFY(minutes);
    QCOMPARE(minutes->assessments.size(), 1);
    QCOMPARE(minutes->assessments.first().overall, std::optional<int>(2));
}

QTEST_MAIN(TestSessionWorkspace)
#include "tst_sessionworkspace.moc"
