#include "PilotFixture.h"
#include "itemmodels/AssessmentHistoryModel.h"
#include "store/PilotStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Tester = QAbstractItemModelTester;

class tst_AssessmentHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void headers();
    void historyOldestFirstWithSessions();
    void assessingAgainAddsARow();
    void editingMovesAndUpdatesTheRow();
    void deletingRemovesTheRow();
    void otherPilotsAreIgnored();
    void sessionChangesShow();

private:
    std::unique_ptr<PilotFixture> f;
};

void tst_AssessmentHistoryModel::init()
{
    f = std::make_unique<PilotFixture>();
    QVERIFY2(f->ok(), qPrintable(f->error()));
    QVERIFY(f->built());
}

void tst_AssessmentHistoryModel::headers()
{
    AssessmentHistoryModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{"Date", "Session", "Solution", "Need", "Mandate", "Resources",
                                   "Team", "Plan", "Overall", "Ready", "Summary"}));
    QCOMPARE(model.summaryColumn(), model.columnCount() - 1);
}

void tst_AssessmentHistoryModel::historyOldestFirstWithSessions()
{
    AssessmentHistoryModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setPilot(f->annArbor);
    QCOMPARE(ModelTest::ids(model, AssessmentHistoryModel::IdRole),
             (QList<qint64>{f->annArborFirst, f->annArborLatest}));
    QCOMPARE(ModelTest::column(model, AssessmentHistoryModel::Date),
             (QStringList{"12 Jan 2027", "10 Mar 2027"}));
    QCOMPARE(ModelTest::column(model, AssessmentHistoryModel::Session),
             (QStringList{"S1 · Matchmaking / kick-off", "S2 · Sharing"}));
    QCOMPARE(model.index(1, AssessmentHistoryModel::Session)
                 .data(AssessmentHistoryModel::SessionIdRole)
                 .toLongLong(),
             f->s2);
    QCOMPARE(ModelTest::column(model, model.dimensionColumn(QStringLiteral("need"))),
             (QStringList{"2", "3"}));
    QCOMPARE(ModelTest::column(model, model.overallColumn()),
             (QStringList{"1 (avg 1.2)", "2 (avg 2.5)"}));
    QCOMPARE(ModelTest::column(model, model.readyColumn()),
             (QStringList{"Not ready", "Not ready"}));
    QCOMPARE(ModelTest::column(model, model.summaryColumn()),
             (QStringList{"Idea from Lviv", "Concept adapted"}));
    QCOMPARE(model.index(1, model.summaryColumn()).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Concept adapted\nFunding unclear"));
    QCOMPARE(model.index(1, model.dimensionColumn(QStringLiteral("team")))
                 .data(AssessmentHistoryModel::LevelRole)
                 .toInt(),
             3);

    model.setPilot(f->corlu);
    QCOMPARE(model.index(0, AssessmentHistoryModel::Session).data().toString(),
             QStringLiteral("On a date"));
    QCOMPARE(model.index(0, model.dimensionColumn(QStringLiteral("plan"))).data().toString(),
             QStringLiteral("–"));
    QVERIFY(model.index(0, model.readyColumn())
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("not assessed:")));
    model.setPilot(f->lviv);
    QCOMPARE(model.index(0, model.readyColumn()).data().toString(), QStringLiteral("✔ Ready"));
    QVERIFY(model.index(0, model.readyColumn()).data(AssessmentHistoryModel::ReadyRole).toBool());
    model.setPilot(f->zhytomyr);
    QCOMPARE(model.rowCount(), 0);
}

void tst_AssessmentHistoryModel::assessingAgainAddsARow()
{
    AssessmentHistoryModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setPilot(f->annArbor);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // Between the two sessions by date: the history stays in date order.
    const qint64 february = f->assess(f->annArbor, {2, 2, 2, 2, 2, 2}, QDate(2027, 2, 15));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(ModelTest::ids(model, AssessmentHistoryModel::IdRole),
             (QList<qint64>{f->annArborFirst, february, f->annArborLatest}));
}

void tst_AssessmentHistoryModel::editingMovesAndUpdatesTheRow()
{
    AssessmentHistoryModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setPilot(f->annArbor);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    AssessmentRecord latest =
        AssessmentStore(f->connection(), f->db.clock()).fetch(f->annArborLatest).value();
    latest.sessionId.reset();
    latest.assessedOn = QDate(2027, 1, 2); // before the first one
    latest.summary = QStringLiteral("Moved");
    QVERIFY(f->editor().editAssessment(latest));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(ModelTest::ids(model, AssessmentHistoryModel::IdRole),
             (QList<qint64>{f->annArborLatest, f->annArborFirst}));
    QCOMPARE(model.index(0, AssessmentHistoryModel::Session).data().toString(),
             QStringLiteral("On a date"));
    QCOMPARE(model.index(0, model.summaryColumn()).data().toString(), QStringLiteral("Moved"));
}

void tst_AssessmentHistoryModel::deletingRemovesTheRow()
{
    AssessmentHistoryModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setPilot(f->annArbor);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(f->editor().deleteAssessment(f->annArborFirst));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(ModelTest::ids(model, AssessmentHistoryModel::IdRole),
             (QList<qint64>{f->annArborLatest}));
    f->undoStack.undo();
    QCOMPARE(ModelTest::ids(model, AssessmentHistoryModel::IdRole),
             (QList<qint64>{f->annArborFirst, f->annArborLatest}));
    QVERIFY(f->editor().deletePilot(f->annArbor));
    QCOMPARE(model.rowCount(), 0);
    f->undoStack.undo();
    QCOMPARE(model.rowCount(), 2);
}

void tst_AssessmentHistoryModel::otherPilotsAreIgnored()
{
    AssessmentHistoryModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setPilot(f->annArbor);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(f->assess(f->lviv, {5, 5, 5, 5, 5, 5}, QDate(2027, 3, 19)) > 0);
    QVERIFY(f->editor().deleteAssessment(f->corluFirst));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowCount(), 2);
}

void tst_AssessmentHistoryModel::sessionChangesShow()
{
    AssessmentHistoryModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setPilot(f->annArbor);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    SessionRecord s2 = SessionStore(f->connection(), f->db.clock()).fetch(f->s2).value();
    s2.kind = QStringLiteral("learning");
    QVERIFY(f->editor().editSession(s2));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(1, AssessmentHistoryModel::Session).data().toString(),
             QStringLiteral("S2 · Learning"));
}

QTEST_MAIN(tst_AssessmentHistoryModel)
#include "tst_assessmenthistorymodel.moc"
