// The Pilots area as a facilitator uses it, offscreen, over a real seeded database file: a pilot
// added through its dialog, assessed on the rubric (twice: the history keeps both), its plan
// edited in place and undone, deleted and brought back whole; the pairing's Pilots tab.
#include "MainWindow.h"
#include "common/AppContext.h"
#include "common/MessageBanner.h"
#include "core/AppIdentity.h"
#include "database/Database.h"
#include "edit/Editor.h"
#include "itemmodels/AssessmentHistoryModel.h"
#include "itemmodels/ChoiceListModel.h"
#include "itemmodels/PairingPilotsModel.h"
#include "itemmodels/PilotTableModel.h"
#include "itemmodels/PlanActionsModel.h"
#include "pairings/PairingDetailWidget.h"
#include "pairings/PairingsPage.h"
#include "pilots/AssessmentDialog.h"
#include "pilots/PairingPilotsWidget.h"
#include "pilots/PilotAssessmentsWidget.h"
#include "pilots/PilotDetailWidget.h"
#include "pilots/PilotDialog.h"
#include "pilots/PilotPlanWidget.h"
#include "pilots/PilotsPage.h"
#include "pilots/RubricDialog.h"
#include "readiness/Rubric.h"
#include "store/PairingStore.h"
#include "store/PilotStore.h"
#include "store/SessionStore.h"
#include "WindowFixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

#include <functional>

namespace {

// QTest::keyClicks asserts on non-ASCII text in Qt 6.4; an input method commit does not.
void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

// Runs `act` on the modal dialog once its event loop runs; a dialog of another kind is
// rejected so that the test fails instead of waiting.
template <typename Dialog> void whenShown(QObject *context, std::function<void(Dialog *)> act)
{
    QTimer::singleShot(0, context, [act] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *dialog = qobject_cast<Dialog *>(modal);
        if (!dialog) {
            if (auto *other = qobject_cast<QDialog *>(modal))
                other->reject();
            QFAIL("the expected dialog is not on screen");
        }
        act(dialog);
    });
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

// Accepts a record dialog; one that refuses to close fails the test instead of waiting.
void acceptOrFail(RecordDialog *dialog)
{
    dialog->accept();
    if (dialog->isVisible()) {
        const QString error = dialog->errorText();
        dialog->reject();
        QFAIL(qPrintable(error));
    }
}

QString dimension(int index)
{
    return Rubric::shipped().dimensions().at(index).id;
}

} // namespace

class TestPilotsArea : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pilotsAreaFromTheViewMenu();
    void addPilotThroughDialog();
    void pilotDialogRefusesInline();
    void assessThroughDialogFollowsTheRubric();
    void secondAssessmentKeepsTheFirst();
    void editPlanCellsAndUndo();
    void deletePilotAndUndoBringsBackPlanAndAssessments();
    void editMenuActsOnTheFocusedTable();
    void pairingPilotsTabOpensThePilot();
    void rubricDialogShowsTheRubric();

private:
    PilotsPage *page() const { return m_window->pilotsPage(); }
    AppContext &context() const { return m_window->context(); }
    qint64 pairing(const QString &code) const;
    qint64 city(const QString &name) const;
    qint64 addPilot(const QString &code, const QString &cityName, const QString &title);
    qint64 addSession(const QString &code, const QDateTime &start);
    void select(qint64 pilotId);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2027, 3, 20), QTime(13, 12), QTimeZone::utc())};
    std::unique_ptr<MainWindow> m_window;
};

void TestPilotsArea::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location
    AppIdentity::apply();
}

void TestPilotsArea::init()
{
    QVERIFY(m_dir.isValid());
    const QString path =
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    Database::Options options;
    options.clock = &m_clock;
    auto database = Database::open(path, options);
    QVERIFY2(database.ok(), qPrintable(database.error()));
    m_window = std::make_unique<MainWindow>(std::move(database).value());
    m_window->showArea(MainWindow::AreaId::Pilots);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPilotsArea::cleanup()
{
    m_window.reset();
}

qint64 TestPilotsArea::pairing(const QString &code) const
{
    return PairingStore(context().database.connection(), m_clock).resolve(code).value_or(0);
}

qint64 TestPilotsArea::city(const QString &name) const
{
    for (const ProgrammeQueries::Choice &c :
         ProgrammeQueries(context().database.connection()).cities().value_or({})) {
        if (c.label.startsWith(name + QStringLiteral(" (")))
            return c.id;
    }
    return 0;
}

qint64 TestPilotsArea::addPilot(const QString &code, const QString &cityName, const QString &title)
{
    PilotRecord p;
    p.pairingId = pairing(code);
    p.cityId = city(cityName);
    p.title = title;
    return context().editor.addPilot(p).value_or(0);
}

qint64 TestPilotsArea::addSession(const QString &code, const QDateTime &start)
{
    SessionRecord s;
    s.pairingId = pairing(code);
    s.kind = QStringLiteral("sharing");
    s.startUtc = start;
    s.status = QStringLiteral("held");
    return context().editor.addSession(s).value_or(0);
}

void TestPilotsArea::select(qint64 pilotId)
{
    m_window->showArea(MainWindow::AreaId::Pilots);
    page()->showPilot(pilotId);
    QTRY_COMPARE(page()->currentId(), pilotId); // the first visit reads the rows on a worker
    QCOMPARE(page()->detail()->pilotId(), pilotId);
}

void TestPilotsArea::pilotsAreaFromTheViewMenu()
{
    m_window->showArea(MainWindow::AreaId::Pairings);
    QAction *pilots = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->text() != QStringLiteral("&View"))
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == QStringLiteral("Pi&lots"))
                pilots = action;
        }
    }
    QVERIFY(pilots);
    QVERIFY(!pilots->shortcut().isEmpty());
    pilots->trigger();
    QCOMPARE(m_window->currentArea(), MainWindow::AreaId::Pilots);
    QVERIFY(page()->isVisible());
    QCOMPARE(page()->model()->rowCount(), 0);
    QCOMPARE(page()->countText(), QStringLiteral("Pilots: 0 · ready to pilot: 0"));
}

void TestPilotsArea::addPilotThroughDialog()
{
    const QString title = QStringLiteral("Çorlu rooftop solar — “phase 1”");
    const qint64 e02 = pairing(QStringLiteral("E-02"));
    whenShown<PilotDialog>(this, [&](PilotDialog *dialog) {
        dialog->pairingCombo()->setCurrentIndex(
            dialog->pairingCombo()->findData(e02, ChoiceListModel::IdRole));
        QCOMPARE(dialog->cityCombo()->count(), 3);
        dialog->cityCombo()->setCurrentIndex(
            dialog->cityCombo()->findData(city(QStringLiteral("Çorlu"))));
        typeText(dialog->titleEdit(), title);
        // Peers of the pairing come first, never the city itself.
        QVERIFY(dialog->inspiredByCombo()->itemText(1).startsWith(
            QStringLiteral("Sekondi-Takoradi (GH)")));
        QCOMPARE(dialog->inspiredByCombo()->findData(city(QStringLiteral("Çorlu"))), -1);
        dialog->inspiredByCombo()->setCurrentIndex(
            dialog->inspiredByCombo()->findData(city(QStringLiteral("Zhytomyr"))));
        typeText(dialog->practiceEdit(), QStringLiteral("Solar on schools"));
        typeText(dialog->academicEdit(), QStringLiteral("Tekirdağ Namık Kemal University"));
        dialog->startKnownCheck()->setChecked(true);
        dialog->startEdit()->setDate(QDate(2027, 9, 1));
        acceptOrFail(dialog);
    });
    page()->addRecord();

    // A pilot added while the area's first read is still on its worker arrives with the read
    // that follows the edit, and is selected then.
    QTRY_COMPARE(page()->model()->rowCount(), 1);
    QTRY_VERIFY(page()->currentId() > 0);
    const qint64 id = page()->currentId();
    const auto stored = PilotStore(context().database.connection(), m_clock).fetch(id);
    QVERIFY(stored);
    QCOMPARE(stored->title, title);
    QCOMPARE(stored->pairingId, e02);
    QCOMPARE(stored->inspiredByCityId, std::optional<qint64>(city(QStringLiteral("Zhytomyr"))));
    QCOMPARE(stored->academicPartners, QStringLiteral("Tekirdağ Namık Kemal University"));
    QCOMPARE(stored->expectedStart, QDate(2027, 9, 1));

    PilotDetailWidget *detail = page()->detail();
    QCOMPARE(detail->titleText(), title);
    QVERIFY2(detail->placeText().startsWith(QStringLiteral("Çorlu (TR) · E-02")),
             qPrintable(detail->placeText()));
    QVERIFY(detail->factsText().contains(QStringLiteral("Zhytomyr (UA) — Solar on schools")));
    QVERIFY(detail->factsText().contains(QStringLiteral("Tekirdağ Namık Kemal University")));
    QVERIFY(detail->factsText().contains(QStringLiteral("1 September 2027")));
    QVERIFY(detail->headlineText().contains(QStringLiteral("not assessed yet")));
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Add pilot ") + title);
}

void TestPilotsArea::pilotDialogRefusesInline()
{
    addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat pumps"));
    PilotDialog dialog(context(), m_window.get());
    dialog.setPlace(pairing(QStringLiteral("E-04")), city(QStringLiteral("Lviv")));
    dialog.setSave([&] { return context().editor.addPilot(dialog.pilot()).status(); });
    dialog.show();
    QVERIFY(dialog.placeNote().contains(
        QStringLiteral("Lviv (UA) already has a pilot in this pairing")));
    dialog.accept();
    QCOMPARE(dialog.errorText(), QStringLiteral("A pilot needs a title."));
    QVERIFY(dialog.isVisible());
    typeText(dialog.titleEdit(), QStringLiteral("Another"));
    dialog.accept();
    QCOMPARE(dialog.errorText(), QStringLiteral("This city already has a pilot in this pairing."));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.titleEdit()->text(), QStringLiteral("Another")); // what was typed stays
    dialog.cityCombo()->setCurrentIndex(
        dialog.cityCombo()->findData(city(QStringLiteral("Ann Arbor"))));
    QCOMPARE(dialog.placeNote(), QString());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QTRY_COMPARE(page()->model()->rowCount(), 2);
}

void TestPilotsArea::assessThroughDialogFollowsTheRubric()
{
    const Rubric &rubric = Rubric::shipped();
    const qint64 pilot =
        addPilot(QStringLiteral("E-02"), QStringLiteral("Çorlu"), QStringLiteral("Rooftop solar"));
    const qint64 held = addSession(QStringLiteral("E-02"),
                                   QDateTime(QDate(2027, 3, 10), QTime(11, 0), QTimeZone::utc()));
    addSession(QStringLiteral("E-02"),
               QDateTime(QDate(2027, 6, 10), QTime(11, 0), QTimeZone::utc())); // still ahead
    QVERIFY(pilot > 0 && held > 0);

    AssessmentDialog dialog(context(), pilot, m_window.get());
    dialog.show();
    QVERIFY(dialog.headerText().contains(QStringLiteral("Çorlu (TR)")));
    // The session the facilitator comes from, and its date.
    QCOMPARE(dialog.sessionCombo()->currentData().toLongLong(), held);
    QCOMPARE(dialog.sessionCombo()->currentText().left(12), QStringLiteral("S1 · Sharing"));
    QCOMPARE(dialog.dateEdit()->date(), QDate(2027, 3, 10));
    QVERIFY(dialog.resultText().contains(QStringLiteral("Not assessed")));

    const QString solution = dimension(0);
    QTest::mouseClick(dialog.levelButton(solution, 3), Qt::LeftButton);
    QCOMPARE(dialog.level(solution), 3);
    QVERIFY(dialog.descriptorText(solution).contains(
        rubric.dimension(solution)->descriptor(3, rubric.minLevel())));
    QVERIFY(dialog.descriptorText(solution).contains(QStringLiteral("3 · Designed")));
    QVERIFY(dialog.descriptorText(solution).contains(rubric.level(3)->stage));
    QVERIFY2(dialog.resultText().contains(
                 QStringLiteral("not assessed: Need and stakeholder acceptance")),
             qPrintable(dialog.resultText()));
    QVERIFY(dialog.resultText().contains(QStringLiteral("Not ready")));
    // Clicking the chosen level again leaves the dimension not assessed.
    QTest::mouseClick(dialog.levelButton(solution, 3), Qt::LeftButton);
    QCOMPARE(dialog.level(solution), 0);
    QVERIFY(dialog.descriptorText(solution).contains(QStringLiteral("Not assessed")));

    // Every dimension at 4 or more: ready; the overall level is the lowest.
    for (int i = 0; i < rubric.dimensions().size(); ++i)
        QTest::mouseClick(dialog.levelButton(dimension(i), i == 3 ? 5 : 4), Qt::LeftButton);
    QVERIFY2(dialog.resultText().contains(QStringLiteral("Ready to pilot")),
             qPrintable(dialog.resultText()));
    QVERIFY(
        dialog.resultText().contains(QStringLiteral("4 · Validated and committed (average 4.2)")));
    // Picking another level replaces the one chosen.
    const QString mandate = dimension(2);
    QTest::mouseClick(dialog.levelButton(mandate, 3), Qt::LeftButton);
    QVERIFY(!dialog.levelButton(mandate, 4)->isChecked());
    QVERIFY(dialog.resultText().contains(QStringLiteral("3 · Designed (average 4.0)")));
    QVERIFY(dialog.resultText().contains(
        QStringLiteral("Not ready — below 4: Mandate and governance (3)")));

    typeText(dialog.evidenceEdit(mandate), QStringLiteral("Çorlu council vote pending"));
    typeText(dialog.summaryEdit(), QStringLiteral("Budget approved; mandate still open."));
    dialog.setSave([&] { return context().editor.addAssessment(dialog.assessment()).status(); });
    dialog.accept();
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const auto history = AssessmentStore(context().database.connection(), m_clock).history(pilot);
    QCOMPARE(history->size(), 1);
    const AssessmentRecord &a = history->first();
    QCOMPARE(a.sessionId, std::optional<qint64>(held));
    QCOMPARE(a.assessedOn, QDate(2027, 3, 10));
    QCOMPARE(a.levels.size(), rubric.dimensions().size());
    QCOMPARE(a.levelOf(mandate), std::optional<int>(3));
    QCOMPARE(a.levels.at(2).evidence, QStringLiteral("Çorlu council vote pending"));
    QCOMPARE(a.summary, QStringLiteral("Budget approved; mandate still open."));

    select(pilot);
    QVERIFY(page()->detail()->headlineText().contains(QStringLiteral("3 · Designed")));
    QVERIFY(page()->detail()->headlineText().contains(rubric.level(3)->stage));
    QVERIFY(page()->detail()->verdictText().contains(QStringLiteral("Mandate and governance (3)")));
    QCOMPARE(page()->model()->index(0, page()->model()->readyColumn()).data().toString(),
             QStringLiteral("Not ready"));
}

void TestPilotsArea::secondAssessmentKeepsTheFirst()
{
    const qint64 pilot =
        addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat pumps"));
    AssessmentRecord first;
    first.pilotId = pilot;
    first.assessedOn = QDate(2027, 2, 1);
    for (int i = 0; i < Rubric::shipped().dimensions().size(); ++i)
        first.levels << DimensionLevel{dimension(i), i == 2 ? 3 : 4,
                                       QStringLiteral("Evidence %1").arg(i)};
    QVERIFY(context().editor.addAssessment(first));
    select(pilot);
    PilotAssessmentsWidget *assessments = page()->detail()->assessments();
    page()->detail()->tabs()->setCurrentWidget(assessments);
    QCOMPARE(assessments->model()->rowCount(), 1);
    QCOMPARE(page()->model()->index(0, page()->model()->readyColumn()).data().toString(),
             QStringLiteral("Not ready"));

    whenShown<AssessmentDialog>(this, [&](AssessmentDialog *dialog) {
        // Starts from the latest assessment.
        QCOMPARE(dialog->level(dimension(0)), 4);
        QCOMPARE(dialog->level(dimension(2)), 3);
        QCOMPARE(dialog->evidenceEdit(dimension(2))->text(), QStringLiteral("Evidence 2"));
        QCOMPARE(dialog->sessionCombo()->currentData().toLongLong(), 0); // no session held yet
        QCOMPARE(dialog->dateEdit()->date(), QDate(2027, 3, 20));
        QTest::mouseClick(dialog->levelButton(dimension(2), 4), Qt::LeftButton);
        dialog->evidenceEdit(dimension(2))->setText(QStringLiteral("Council decision 12/2027"));
        QVERIFY(dialog->resultText().contains(QStringLiteral("Ready to pilot")));
        acceptOrFail(dialog);
    });
    QVERIFY(assessments->assessButton()->isEnabled());
    assessments->assessButton()->click();

    AssessmentHistoryModel *history = assessments->model();
    QCOMPARE(history->rowCount(), 2);
    const int mandate = history->dimensionColumn(dimension(2));
    QCOMPARE(history->index(0, mandate).data().toString(), QStringLiteral("3"));
    QCOMPARE(history->index(1, mandate).data().toString(), QStringLiteral("4"));
    QCOMPARE(history->index(0, AssessmentHistoryModel::Date).data().toString(),
             QStringLiteral("1 Feb 2027"));
    QCOMPARE(history->index(1, history->readyColumn()).data().toString(),
             QStringLiteral("✔ Ready"));
    QCOMPARE(page()->model()->index(0, page()->model()->readyColumn()).data().toString(),
             QStringLiteral("✔ Ready"));
    QVERIFY(page()->detail()->verdictText().contains(QStringLiteral("Ready to pilot")));
    QCOMPARE(page()->countText(), QStringLiteral("Pilots: 1 · ready to pilot: 1"));

    // Editing the first one changes it in place: still two.
    assessments->view()->setCurrentIndex(history->index(0, 0));
    whenShown<AssessmentDialog>(this, [&](AssessmentDialog *dialog) {
        QCOMPARE(dialog->dateEdit()->date(), QDate(2027, 2, 1));
        QCOMPARE(dialog->level(dimension(2)), 3);
        typeText(dialog->summaryEdit(), QStringLiteral("First look"));
        acceptOrFail(dialog);
    });
    QVERIFY(assessments->editButton()->isEnabled());
    assessments->editButton()->click();
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(history->index(0, history->summaryColumn()).data().toString(),
             QStringLiteral("First look"));
}

void TestPilotsArea::editPlanCellsAndUndo()
{
    const qint64 pilot =
        addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat pumps"));
    select(pilot);
    PilotPlanWidget *plan = page()->detail()->plan();
    page()->detail()->tabs()->setCurrentWidget(plan);
    QVERIFY(!plan->addButton()->isEnabled());
    typeText(plan->newActionEdit(), QStringLiteral("Étude de faisabilité"));
    QVERIFY(plan->addButton()->isEnabled());
    QTest::keyClick(plan->newActionEdit(), Qt::Key_Return);
    PlanActionsModel *model = plan->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, PlanActionsModel::Title).data().toString(),
             QStringLiteral("Étude de faisabilité"));
    QVERIFY(plan->newActionEdit()->text().isEmpty());

    // A text cell through its editor.
    QTableView *view = plan->view();
    const QModelIndex responsible = model->index(0, PlanActionsModel::Responsible);
    view->setCurrentIndex(responsible);
    view->edit(responsible);
    auto *line = view->viewport()->findChild<QLineEdit *>();
    QVERIFY(line);
    typeText(line, QStringLiteral("Oleh Şahin"));
    QTest::keyClick(line, Qt::Key_Return);
    QCoreApplication::processEvents(); // the view commits an editor's data in a queued call
    QCOMPARE(model->index(0, PlanActionsModel::Responsible).data().toString(),
             QStringLiteral("Oleh Şahin"));

    // A date cell through the calendar editor.
    const QModelIndex start = model->index(0, PlanActionsModel::Start);
    view->setCurrentIndex(start);
    view->edit(start);
    auto *date = view->viewport()->findChild<QDateEdit *>();
    QVERIFY(date);
    QCOMPARE(date->date(), QDate(2027, 3, 20)); // an empty date starts from today
    date->setDate(QDate(2027, 5, 3));
    QTest::keyClick(date, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(model->index(0, PlanActionsModel::Start).data().toString(),
             QStringLiteral("3 May 2027"));

    // An end before the start is refused, and the plan says why.
    QVERIFY(!model->setData(model->index(0, PlanActionsModel::End), QDate(2027, 5, 1)));
    QVERIFY(plan->messageText().contains(QStringLiteral("ends before it starts")));

    QUndoStack *undo = m_window->undoStack();
    QCOMPARE(undo->undoText(), QStringLiteral("Edit plan action Étude de faisabilité"));
    undo->undo();
    QVERIFY(!model->index(0, PlanActionsModel::Start).data(Qt::EditRole).toDate().isValid());
    QCOMPARE(model->index(0, PlanActionsModel::Responsible).data().toString(),
             QStringLiteral("Oleh Şahin"));
    undo->undo();
    QCOMPARE(model->index(0, PlanActionsModel::Responsible).data().toString(), QString());
    QCOMPARE(PlanActionStore(context().database.connection(), m_clock)
                 .ofPilot(pilot)
                 ->first()
                 .responsible,
             QString());
    undo->redo();
    QCOMPARE(model->index(0, PlanActionsModel::Responsible).data().toString(),
             QStringLiteral("Oleh Şahin"));
}

void TestPilotsArea::deletePilotAndUndoBringsBackPlanAndAssessments()
{
    const qint64 keep = addPilot(QStringLiteral("E-04"), QStringLiteral("Ann Arbor"),
                                 QStringLiteral("District loop"));
    const qint64 pilot =
        addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat pumps"));
    for (const QString &title : {QStringLiteral("Study"), QStringLiteral("Tender")}) {
        PlanActionRecord a;
        a.pilotId = pilot;
        a.title = title;
        QVERIFY(context().editor.addPlanAction(a));
    }
    for (int level : {2, 3}) {
        AssessmentRecord a;
        a.pilotId = pilot;
        a.assessedOn = QDate(2027, 1, level);
        a.levels = {{dimension(0), level, QStringLiteral("Visit to Çorlu")}};
        QVERIFY(context().editor.addAssessment(a));
    }
    select(pilot);
    QCOMPARE(page()->detail()->plan()->model()->rowCount(), 2);
    QCOMPARE(page()->detail()->assessments()->model()->rowCount(), 2);

    page()->view()->setFocus();
    page()->deleteCurrent();
    QCOMPARE(page()->model()->rowCount(), 1);
    QCOMPARE(page()->model()->idAt(0), keep);
    QVERIFY(PilotStore(context().database.connection(), m_clock)
                .fetch(pilot)
                .error()
                .contains(QStringLiteral("no longer")));
    QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Information);
    QVERIFY(
        m_window->banner()->text().startsWith(QStringLiteral("Deleted the pilot “Heat pumps”")));

    m_window->undoStack()->undo();
    QCOMPARE(page()->model()->rowCount(), 2);
    select(pilot);
    QCOMPARE(column(*page()->detail()->plan()->model(), PlanActionsModel::Title),
             (QStringList{"Study", "Tender"}));
    QCOMPARE(page()->detail()->assessments()->model()->rowCount(), 2);
    QCOMPARE(page()
                 ->model()
                 ->index(page()->model()->rowOfId(pilot), PilotTableModel::Assessed)
                 .data()
                 .toString(),
             QStringLiteral("3 Jan 2027"));
}

void TestPilotsArea::editMenuActsOnTheFocusedTable()
{
    const qint64 pilot =
        addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat pumps"));
    for (const QString &title : {QStringLiteral("Study"), QStringLiteral("Tender")}) {
        PlanActionRecord a;
        a.pilotId = pilot;
        a.title = title;
        QVERIFY(context().editor.addPlanAction(a));
    }
    select(pilot);
    PilotPlanWidget *plan = page()->detail()->plan();
    page()->detail()->tabs()->setCurrentWidget(plan);
    plan->view()->setFocus();
    plan->view()->setCurrentIndex(plan->model()->index(0, PlanActionsModel::Title));
    QVERIFY(plan->view()->hasFocus());
    page()->deleteCurrent(); // the plan action, not the pilot
    QCOMPARE(column(*plan->model(), PlanActionsModel::Title), (QStringList{"Tender"}));
    QCOMPARE(page()->model()->rowCount(), 1);
    // Move buttons follow the selection.
    PlanActionRecord a;
    a.pilotId = pilot;
    a.title = QStringLiteral("Launch");
    QVERIFY(context().editor.addPlanAction(a));
    plan->view()->setCurrentIndex(plan->model()->index(1, PlanActionsModel::Title));
    QVERIFY(plan->upButton()->isEnabled());
    QVERIFY(!plan->downButton()->isEnabled());
    QTest::mouseClick(plan->upButton(), Qt::LeftButton);
    QCOMPARE(column(*plan->model(), PlanActionsModel::Title), (QStringList{"Launch", "Tender"}));
    QCOMPARE(plan->currentActionId(), plan->model()->idAt(0)); // the moved action stays selected
}

void TestPilotsArea::pairingPilotsTabOpensThePilot()
{
    const qint64 pilot =
        addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat pumps"));
    m_window->showArea(MainWindow::AreaId::Pairings);
    PairingsPage *pairings = WindowFixture::pairingsRead(*m_window);
    QVERIFY(pairings);
    pairings->selectId(pairing(QStringLiteral("E-04")));
    PairingDetailWidget *detail = pairings->detail();
    QTabWidget *tabs = detail->tabs();
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(tabs->tabText(0).remove(u'&'), QStringLiteral("Overview"));
    QCOMPARE(tabs->tabText(1).remove(u'&'), QStringLiteral("Pilots"));
    QCOMPARE(tabs->tabText(2).remove(u'&'), QStringLiteral("Progress"));
    QCOMPARE(tabs->tabText(3).remove(u'&'), QStringLiteral("History"));
    QVERIFY(detail->titleText().contains(QStringLiteral("Ann Arbor"))); // the Overview is as it was
    tabs->setCurrentIndex(1);
    PairingPilotsWidget *pilots = detail->pilotsWidget();
    QCOMPARE(column(*pilots->model(), PairingPilotsModel::Pilot),
             (QStringList{"No pilot yet", "Heat pumps"}));
    pilots->view()->setCurrentIndex(pilots->model()->index(0, 0));
    QVERIFY(pilots->addButton()->isEnabled());
    QVERIFY(!pilots->openButton()->isEnabled());
    pilots->view()->setCurrentIndex(pilots->model()->index(1, 0));
    QVERIFY(!pilots->addButton()->isEnabled());
    QVERIFY(pilots->assessButton()->isEnabled());

    QTest::mouseClick(pilots->openButton(), Qt::LeftButton);
    QCOMPARE(m_window->currentArea(), MainWindow::AreaId::Pilots);
    QTRY_COMPARE(page()->currentId(), pilot);
    QCOMPARE(page()->detail()->titleText(), QStringLiteral("Heat pumps"));

    // And back: the pilot opens its pairing.
    pairings->selectId(pairing(QStringLiteral("E-02")));
    QTest::mouseClick(page()->detail()->openPairingButton(), Qt::LeftButton);
    QCOMPARE(m_window->currentArea(), MainWindow::AreaId::Pairings);
    QCOMPARE(pairings->currentId(), pairing(QStringLiteral("E-04")));
}

void TestPilotsArea::rubricDialogShowsTheRubric()
{
    const Rubric &rubric = Rubric::shipped();
    RubricDialog dialog(rubric, m_window.get());
    const QString text = dialog.browser()->toPlainText();
    QVERIFY(text.contains(rubric.name()));
    QVERIFY(text.contains(rubric.rulesText()));
    for (const RubricLevel &l : rubric.levels()) {
        QVERIFY(text.contains(l.name));
        QVERIFY(text.contains(l.stage));
    }
    QVERIFY(
        text.contains(QStringLiteral("Matchmaking → Sharing → Learning → Showcasing → Piloting")));
    for (const RubricDimension &d : rubric.dimensions()) {
        QVERIFY(text.contains(d.name));
        QVERIFY(text.contains(d.question));
        for (const QString &descriptor : d.descriptors)
            QVERIFY2(text.contains(descriptor), qPrintable(descriptor));
    }
    for (const RubricSource &s : rubric.sources())
        QVERIFY(text.contains(s.title));

    bool inHelp = false;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&Help")) {
            for (QAction *action : menu->menu()->actions())
                inHelp = inHelp || action->text() == QStringLiteral("Readiness &Rubric");
        }
    }
    QVERIFY(inHelp);
}

QTEST_MAIN(TestPilotsArea)
#include "tst_pilotsarea.moc"
