// The Sessions area as a facilitator uses it, offscreen, over a real seeded database file:
// planning a cycle, editing a session and its agenda, finding a time, the calendar and the
// cycle time line.
#include "MainWindow.h"
#include "WindowFixture.h"
#include "database/Database.h"
#include "edit/Editor.h"
#include "itemmodels/AgendaTableModel.h"
#include "itemmodels/SessionTableModel.h"
#include "itemmodels/SlotListModel.h"
#include "pairings/PairingDetailWidget.h"
#include "pairings/PairingsPage.h"
#include "sessions/AgendaEditor.h"
#include "sessions/CycleTimeline.h"
#include "sessions/MonthCalendar.h"
#include "sessions/PlanCycleDialog.h"
#include "sessions/SessionDialog.h"
#include "sessions/SessionsPage.h"
#include "sessions/SlotFinderDialog.h"
#include "sessions/TemplateDialog.h"
#include "sessions/TemplatesDialog.h"
#include "store/PairingStore.h"
#include "store/SessionStore.h"
#include "store/TemplateStore.h"
#include "store/WorkingHoursStore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

namespace {
QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}
} // namespace

class TestSessionsArea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void planCycleCreatesFourSessionsAsOneEdit();
    void editingAProposalBeforeCreating();
    void sessionDialogShowsLocalTimesAndAgendaTiming();
    void agendaBlocksReorderByDragAndButtons();
    void templateApplyAndSaveAsTemplate();
    void savedSessionIsOneUndoableEdit();
    void editingATemplateIsUndoable();
    void slotFinderProposesTimesAndRemembersHours();
    void slotFinderSaysWhenNothingFits();
    void filtersCalendarAndTimeline();
    void pairingDetailFlagsShortCycle();
    void minutesOfACycleExportOnAWorker();

private:
    qint64 pairing(const QString &code) const;
    AppContext &context() const;
    QList<qint64> planCycle(const QString &code, QDate start);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2027, 3, 1), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<MainWindow> m_window;
};

void TestSessionsArea::initTestCase()
{
    WindowFixture::useTestSettings();
}

void TestSessionsArea::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    m_window = WindowFixture::showWindow(path, m_clock, MainWindow::AreaId::Sessions);
    QVERIFY(m_window);
}

void TestSessionsArea::cleanup()
{
    m_window.reset();
}

qint64 TestSessionsArea::pairing(const QString &code) const
{
    return PairingStore(m_window->database().connection(), m_clock).resolve(code).value();
}

AppContext &TestSessionsArea::context() const
{
    return m_window->context();
}

QList<qint64> TestSessionsArea::planCycle(const QString &code, QDate start)
{
    PlanCycleDialog dialog(context(), pairing(code), m_window.get());
    dialog.startEdit()->setDate(start);
    dialog.accept();
    return dialog.createdIds();
}

void TestSessionsArea::planCycleCreatesFourSessionsAsOneEdit()
{
    SessionsPage *page = m_window->sessionsPage();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    PlanCycleDialog dialog(context(), pairing(QStringLiteral("E-04")), m_window.get());
    dialog.startEdit()->setDate(QDate(2027, 3, 15));
    QCOMPARE(dialog.list()->count(), 4);
    QVERIFY(dialog.list()->item(0)->text().contains(QStringLiteral("Matchmaking")));
    QVERIFY(dialog.list()->item(0)->text().contains(QStringLiteral("Ann Arbor (UTC\u221204:00)")));
    QCOMPARE(dialog.proposal().at(0).startUtc, utc(2027, 3, 15, 13, 15));
    QCOMPARE(dialog.proposal().at(3).kind, QStringLiteral("showcasing"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.createdIds().size(), 4);

    QCOMPARE(page->model()->rowCount(), 4);
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Plan cycle of E-04"));
    m_window->undoStack()->undo();
    QCOMPARE(page->model()->rowCount(), 0);
    m_window->undoStack()->redo();
    QCOMPARE(page->model()->rowCount(), 4);
}

void TestSessionsArea::editingAProposalBeforeCreating()
{
    PlanCycleDialog dialog(context(), pairing(QStringLiteral("E-04")), m_window.get());
    dialog.startEdit()->setDate(QDate(2027, 3, 15));
    // What the proposal's session dialog saves stays in the proposal until Create.
    QTimer::singleShot(0, this, [] {
        auto *session = qobject_cast<SessionDialog *>(QApplication::activeModalWidget());
        QVERIFY(session);
        session->durationSpin()->setValue(120);
        session->accept();
    });
    dialog.editProposal(1);
    QCOMPARE(dialog.proposal().at(1).durationMinutes, 120);
    QVERIFY(dialog.list()->item(1)->text().contains(QStringLiteral("120 min")));
    QCOMPARE(m_window->sessionsPage()->model()->rowCount(), 0); // nothing written yet
    dialog.accept();
    const auto sessions = SessionStore(m_window->database().connection(), m_clock).ofPairing(pairing(QStringLiteral("E-04")));
    QCOMPARE(sessions->at(1).durationMinutes, 120);
}

void TestSessionsArea::sessionDialogShowsLocalTimesAndAgendaTiming()
{
    const QList<qint64> ids = planCycle(QStringLiteral("M-01"), QDate(2027, 2, 15));
    const auto session = SessionStore(m_window->database().connection(), m_clock).fetch(ids.first());
    SessionDialog dialog(context(), m_window.get());
    dialog.setSession(session.value());
    // 2027-02-15 08:15 UTC, in Ramadan: Chefchaouen is on UTC, Dhankuta 5:45 ahead.
    QCOMPARE(session->startUtc, utc(2027, 2, 15, 8, 15));
    const QString times = dialog.localTimesText();
    QVERIFY2(times.contains(QStringLiteral("Chefchaouen: Mon 15 Feb 08:15 (UTC)")), qPrintable(times));
    QVERIFY2(times.contains(QStringLiteral("Dhankuta: Mon 15 Feb 14:00 (UTC+05:45)")), qPrintable(times));
    QVERIFY2(times.contains(QStringLiteral("Leh: Mon 15 Feb 13:45 (UTC+05:30)")), qPrintable(times));

    AgendaTableModel *agenda = dialog.agendaModel();
    QAbstractItemModelTester tester(agenda, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(agenda->rowCount(), 5);
    QCOMPARE(agenda->index(0, AgendaTableModel::Start).data().toString(), QStringLiteral("08:15"));
    QCOMPARE(agenda->index(1, AgendaTableModel::Start).data().toString(), QStringLiteral("08:25"));
    QCOMPARE(agenda->index(2, AgendaTableModel::Start).data().toString(), QStringLiteral("08:35"));
    QVERIFY(agenda->index(2, AgendaTableModel::LocalStart).data().toString().contains(QStringLiteral("14:20 Dhankuta")));
    QCOMPARE(dialog.agendaTotalText(), QStringLiteral("Agenda: 90 of 90 min"));
    QVERIFY(dialog.warningText().isEmpty());

    // A longer block moves every later start and the total no longer fits the session.
    QVERIFY(agenda->setData(agenda->index(0, AgendaTableModel::Minutes), 25));
    QCOMPARE(agenda->index(1, AgendaTableModel::Start).data().toString(), QStringLiteral("08:40"));
    QCOMPARE(dialog.agendaTotalText(), QStringLiteral("Agenda: 105 of 90 min"));
    QVERIFY2(dialog.warningText().contains(QStringLiteral("105 min")), qPrintable(dialog.warningText()));
    QVERIFY(!agenda->setData(agenda->index(0, AgendaTableModel::Minutes), -5)); // refused
    QVERIFY(!agenda->setData(agenda->index(0, AgendaTableModel::Title), QStringLiteral("  ")));

    // Moving the start moves the agenda with it.
    dialog.startEdit()->setDateTime(utc(2027, 2, 16, 9, 0));
    QCOMPARE(agenda->index(0, AgendaTableModel::Start).data().toString(), QStringLiteral("09:00"));
    QVERIFY(dialog.localTimesText().contains(QStringLiteral("Baguio: Tue 16 Feb 17:00 (UTC+08:00)")));
}

void TestSessionsArea::agendaBlocksReorderByDragAndButtons()
{
    const QList<qint64> ids = planCycle(QStringLiteral("E-04"), QDate(2027, 3, 15));
    SessionDialog dialog(context(), m_window.get());
    dialog.setSession(SessionStore(m_window->database().connection(), m_clock).fetch(ids.first()).value());
    AgendaTableModel *agenda = dialog.agendaModel();
    QAbstractItemModelTester tester(agenda, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString first = agenda->index(0, AgendaTableModel::Title).data().toString();
    const QString third = agenda->index(2, AgendaTableModel::Title).data().toString();

    // Drag the first block onto the third: it takes the third's place.
    std::unique_ptr<QMimeData> drag(agenda->mimeData({agenda->index(0, AgendaTableModel::Title)}));
    QVERIFY(drag);
    agenda->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, agenda->index(2, AgendaTableModel::Title));
    QCOMPARE(agenda->index(2, AgendaTableModel::Title).data().toString(), first);
    QCOMPARE(agenda->index(1, AgendaTableModel::Title).data().toString(), third);
    QCOMPARE(agenda->rowCount(), 5);
    // The first block now starts at the session's start.
    QCOMPARE(agenda->index(0, AgendaTableModel::Start).data().toString(), QStringLiteral("13:15"));

    dialog.agendaEditor()->view()->selectRow(2);
    dialog.agendaEditor()->moveSelected(-1);
    QCOMPARE(agenda->index(1, AgendaTableModel::Title).data().toString(), first);
    dialog.agendaEditor()->removeSelected();
    QCOMPARE(agenda->rowCount(), 4);
    dialog.agendaEditor()->addBlock();
    QCOMPARE(agenda->rowCount(), 5);
    QCOMPARE(agenda->index(2, AgendaTableModel::Title).data().toString(), QStringLiteral("New block"));
}

void TestSessionsArea::templateApplyAndSaveAsTemplate()
{
    SessionRecord blank;
    blank.pairingId = pairing(QStringLiteral("R-04"));
    blank.sequence = 1;
    blank.kind = QStringLiteral("learning");
    SessionDialog dialog(context(), m_window.get());
    dialog.setSession(blank);
    QCOMPARE(dialog.agendaModel()->rowCount(), 0);
    const int learning = dialog.templateCombo()->findText(QStringLiteral("Learning (90 min)"));
    QVERIFY(learning > 0);
    dialog.applyTemplate(learning);
    QCOMPARE(dialog.agendaModel()->rowCount(), 5);
    QCOMPARE(dialog.agendaModel()->totalMinutes(), 90);
    const int studyVisit = dialog.templateCombo()->findText(QStringLiteral("Study visit (knowledge exchange) (240 min)"));
    QVERIFY(studyVisit > 0);
    dialog.applyTemplate(studyVisit);
    QCOMPARE(dialog.durationSpin()->value(), 240);
    QCOMPARE(dialog.agendaModel()->index(1, AgendaTableModel::Title).data().toString(), QStringLiteral("Site visit"));

    // A method from the library goes in after the selected block with its default length.
    dialog.agendaEditor()->view()->selectRow(0);
    qint64 worldCafe = 0;
    for (const MethodRecord &m : TemplateStore(m_window->database().connection(), m_clock).methods().value())
        worldCafe = m.name == QStringLiteral("World Café") ? m.id : worldCafe;
    QVERIFY(worldCafe > 0);
    dialog.agendaEditor()->insertMethod(worldCafe);
    QCOMPARE(dialog.agendaModel()->rowCount(), 5);
    QCOMPARE(dialog.agendaModel()->index(1, AgendaTableModel::Title).data().toString(), QStringLiteral("World Café"));
    QCOMPARE(dialog.agendaModel()->index(1, AgendaTableModel::Method).data().toString(), QStringLiteral("World Café"));
    QCOMPARE(dialog.agendaModel()->index(1, AgendaTableModel::Minutes).data(Qt::EditRole).toInt(), 30);
    QCOMPARE(dialog.agendaModel()->totalMinutes(), 270);

    // The agenda saved as a template of its own, undoable, offered first for its kind.
    const int templatesBefore = dialog.templateCombo()->count();
    QTimer::singleShot(0, this, [] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(input);
        input->setTextValue(QStringLiteral("Study visit with World Café"));
        input->accept();
    });
    dialog.saveAsTemplate();
    QCOMPARE(dialog.templateCombo()->count(), templatesBefore + 1);
    const auto own = TemplateStore(m_window->database().connection(), m_clock).forKind(QStringLiteral("learning"));
    QCOMPARE(own->name, QStringLiteral("Study visit with World Café"));
    QCOMPARE(own->items.size(), 5);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Add template Study visit with World Café"));
    m_window->undoStack()->undo();
    QCOMPARE(TemplateStore(m_window->database().connection(), m_clock).forKind(QStringLiteral("learning"))->name,
             QStringLiteral("Learning"));
}

void TestSessionsArea::editingATemplateIsUndoable()
{
    TemplatesDialog templates(context(), m_window.get());
    QCOMPARE(templates.list()->count(), 5);
    int sharing = -1;
    for (int row = 0; row < templates.list()->count(); ++row)
        sharing = templates.list()->item(row)->text().startsWith(QStringLiteral("Sharing —")) ? row : sharing;
    QVERIFY(sharing >= 0);
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<TemplateDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->agendaEditor()->view()->selectRow(0);
        dialog->agendaEditor()->removeSelected();
        dialog->nameEdit()->setText(QStringLiteral("Sharing, short"));
        dialog->accept();
    });
    templates.editTemplate(sharing);
    const auto edited = TemplateStore(m_window->database().connection(), m_clock).forKind(QStringLiteral("sharing"));
    QCOMPARE(edited->name, QStringLiteral("Sharing, short"));
    QCOMPARE(edited->items.size(), 4);
    QVERIFY(templates.list()->item(sharing)->text().startsWith(QStringLiteral("Sharing, short")));
    m_window->undoStack()->undo();
    const auto restored = TemplateStore(m_window->database().connection(), m_clock).forKind(QStringLiteral("sharing"));
    QCOMPARE(restored->name, QStringLiteral("Sharing"));
    QCOMPARE(restored->items.size(), 5);
}

void TestSessionsArea::savedSessionIsOneUndoableEdit()
{
    const QList<qint64> ids = planCycle(QStringLiteral("E-04"), QDate(2027, 3, 15));
    SessionStore store(m_window->database().connection(), m_clock);
    SessionRecord session = store.fetch(ids.at(1)).value();
    SessionDialog dialog(context(), m_window.get());
    dialog.setSession(session);
    dialog.agendaEditor()->view()->selectRow(0);
    dialog.agendaEditor()->removeSelected();
    dialog.startEdit()->setDateTime(utc(2027, 7, 16, 13, 0));
    dialog.setSave([&] { return m_window->editor()->editSession(dialog.session()); });
    const int before = m_window->undoStack()->count();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_window->undoStack()->count(), before + 1);
    const SessionRecord saved = store.fetch(ids.at(1)).value();
    QCOMPARE(saved.agenda.size(), session.agenda.size() - 1);
    QCOMPARE(saved.startUtc, utc(2027, 7, 16, 13, 0));
    m_window->undoStack()->undo();
    const SessionRecord restored = store.fetch(ids.at(1)).value();
    QCOMPARE(restored.agenda.size(), session.agenda.size());
    QCOMPARE(restored.agenda.first().id, session.agenda.first().id); // the same row comes back
    QCOMPARE(restored.startUtc, session.startUtc);
}

void TestSessionsArea::slotFinderProposesTimesAndRemembersHours()
{
    SlotFinderDialog finder(context(), pairing(QStringLiteral("E-04")), QDate(2027, 3, 15), 60, m_window.get());
    QAbstractItemModelTester tester(finder.results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(finder.results()->rowCount() > 0);
    QVERIFY(finder.results()->search().anyFits);
    // The middle of the overlap (Detroit UTC−4, Kyiv UTC+2): 09:30 and 15:30 local.
    QCOMPARE(finder.chosenStart(), utc(2027, 3, 15, 13, 30));
    QCOMPARE(finder.results()->index(0, 1).data().toString(), QStringLiteral("09:30–10:30"));
    QCOMPARE(finder.results()->index(0, 2).data().toString(), QStringLiteral("15:30–16:30"));
    QCOMPARE(finder.results()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Ann Arbor"));

    // Lviv works from 07:00: remembered for next time, as an undoable edit.
    auto *from = qobject_cast<QTimeEdit *>(finder.hoursTable()->cellWidget(1, 1));
    QVERIFY(from);
    from->setTime(QTime(7, 0));
    emit from->editingFinished();
    const qint64 lviv = WorkingHoursStore(m_window->database().connection(), m_clock).cityIdsOfPairing(pairing(QStringLiteral("E-04"))).value().at(1);
    QCOMPARE(WorkingHoursStore(m_window->database().connection(), m_clock).of(lviv)->start, QTime(7, 0));
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Change working hours"));
    m_window->undoStack()->undo();
    QCOMPARE(WorkingHoursStore(m_window->database().connection(), m_clock).of(lviv)->start, QTime(8, 0));
}

void TestSessionsArea::slotFinderSaysWhenNothingFits()
{
    SlotFinderDialog finder(context(), pairing(QStringLiteral("M-01")), QDate(2027, 2, 15), 600, m_window.get());
    QVERIFY(!finder.results()->search().anyFits);
    QVERIFY(finder.results()->rowCount() > 0);
    QVERIFY2(finder.summaryText().contains(QStringLiteral("No time")), qPrintable(finder.summaryText()));
    QVERIFY(!finder.results()->index(0, 0).data(SlotListModel::FitsRole).toBool());
    bool someoneOutside = false;
    for (int column = 1; column < finder.results()->columnCount(); ++column)
        someoneOutside = someoneOutside || finder.results()->index(0, column).data().toString().contains(QStringLiteral("—"));
    QVERIFY(someoneOutside);
}

void TestSessionsArea::filtersCalendarAndTimeline()
{
    planCycle(QStringLiteral("E-04"), QDate(2027, 3, 15));
    planCycle(QStringLiteral("M-01"), QDate(2027, 2, 15));
    SessionsPage *page = m_window->sessionsPage();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->model()->rowCount(), 8);
    QCOMPARE(page->timeline()->statusText(), QStringLiteral("Choose a pairing above to see its cycle."));

    page->setPairingFilter(pairing(QStringLiteral("M-01")));
    QCOMPARE(page->model()->rowCount(), 4);
    QVERIFY2(page->timeline()->statusText().contains(QStringLiteral("0 of 4 sessions held or scheduled")),
             qPrintable(page->timeline()->statusText()));
    QCOMPARE(page->timeline()->firstMonth(), QDate(2027, 2, 1));

    page->datesFilter()->setChecked(true);
    page->fromEdit()->setDate(QDate(2027, 2, 1));
    page->toEdit()->setDate(QDate(2027, 6, 30));
    QCOMPARE(page->model()->rowCount(), 2); // February and June
    page->statusFilter()->setCurrentIndex(page->statusFilter()->findData(QStringLiteral("held")));
    QCOMPARE(page->model()->rowCount(), 0);

    // The month view marks the days with sessions of the chosen pairing.
    page->statusFilter()->setCurrentIndex(0);
    page->calendar()->setCurrentPage(2027, 2);
    QCOMPARE(page->calendar()->sessionsOn(QDate(2027, 2, 15)), 1);
    QCOMPARE(page->calendar()->sessionsOn(QDate(2027, 3, 15)), 0); // E-04's, filtered out
    page->calendar()->setSelectedDate(QDate(2027, 2, 15));
    QCOMPARE(page->dayList()->count(), 1);
    // The pairings' codes come with the filter's choices, read on a worker.
    QTRY_VERIFY(page->dayList()->item(0)->text().contains(QStringLiteral("M-01 #1")));

    // Marking sessions held counts them towards the cycle.
    SessionStore store(m_window->database().connection(), m_clock);
    for (const SessionRecord &s : store.ofPairing(pairing(QStringLiteral("M-01"))).value()) {
        SessionRecord full = store.fetch(s.id).value();
        full.status = QStringLiteral("scheduled");
        QVERIFY(m_window->editor()->editSession(full).ok());
    }
    QVERIFY2(page->timeline()->statusText().contains(QStringLiteral("4 of 4")), qPrintable(page->timeline()->statusText()));

    // An edit that takes a session out of the status filter takes it out of the list.
    page->statusFilter()->setCurrentIndex(page->statusFilter()->findData(QStringLiteral("scheduled")));
    QCOMPARE(page->model()->rowCount(), 2); // February and June, in the date range
    SessionRecord held = store.fetch(page->model()->idAt(0)).value();
    held.status = QStringLiteral("held");
    QVERIFY(m_window->editor()->editSession(held).ok());
    QCOMPARE(page->model()->rowCount(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(page->model()->rowCount(), 2);
    page->tabs()->setCurrentIndex(2);
    page->timeline()->resize(800, 180);
    // For looking at by hand: C2C_GRAB_DIR=/some/folder ./tst_sessionsarea
    if (const QString folder = qEnvironmentVariable("C2C_GRAB_DIR"); !folder.isEmpty())
        page->timeline()->grab().save(folder + QStringLiteral("/timeline.png"));
}

void TestSessionsArea::pairingDetailFlagsShortCycle()
{
    m_window->showArea(MainWindow::AreaId::Pairings);
    PairingsPage *pairings = WindowFixture::pairingsRead(*m_window);
    QVERIFY(pairings);
    pairings->selectId(pairing(QStringLiteral("E-04")));
    QVERIFY2(pairings->detail()->cycleText().contains(QStringLiteral("0 of 4")), qPrintable(pairings->detail()->cycleText()));
    QVERIFY(pairings->detail()->cycleText().contains(QStringLiteral("needs at least four")));
    planCycle(QStringLiteral("E-04"), QDate(2027, 3, 15));
    QVERIFY(pairings->detail()->cycleText().contains(QStringLiteral("(4 planned)")));
}

void TestSessionsArea::minutesOfACycleExportOnAWorker()
{
    planCycle(QStringLiteral("E-04"), QDate(2027, 3, 15));
    const auto sessions = SessionStore(m_window->database().connection(), m_clock).ofPairing(pairing(QStringLiteral("E-04")));
    QList<qint64> ids;
    for (const SessionRecord &s : sessions.value())
        ids << s.id;
    QTemporaryDir out;
    const QStringList files = m_window->sessionsPage()->exportMinutesTo(ids, out.filePath(QStringLiteral("minutes")));
    QCOMPARE(files.size(), 4);
    for (const QString &file : files) {
        QFile pdf(file);
        QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(file));
        QVERIFY(pdf.read(5) == "%PDF-");
    }
    QVERIFY(files.first().endsWith(QStringLiteral("E-04-session-1.pdf")));
}

QTEST_MAIN(TestSessionsArea)
#include "tst_sessionsarea.moc"
