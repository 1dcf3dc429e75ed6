#include "PilotFixture.h"
#include "itemmodels/PlanActionsModel.h"
#include "store/PilotStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Tester = QAbstractItemModelTester;

class tst_PlanActionsModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void emptyWithoutAPilot();
    void valuesInPlanOrder();
    void editingACellIsOneUndoableEdit();
    void refusedEditsSayWhy_data();
    void refusedEditsSayWhy();
    void costTakesThePlanCurrency();
    void clearingCells();
    void rowsFollowAddMoveDelete();
    void otherPilotsPlansAreIgnored();
    void deletingThePilotEmptiesAndUndoRefills();

private:
    qint64 addAction(qint64 pilot, const QString &title, const QDate &start = {},
                     const QDate &end = {}, std::optional<double> cost = {},
                     const QString &currency = {});
    std::unique_ptr<PilotFixture> f;
};

void tst_PlanActionsModel::init()
{
    f = std::make_unique<PilotFixture>();
    QVERIFY2(f->ok(), qPrintable(f->error()));
    QVERIFY(f->built());
}

qint64 tst_PlanActionsModel::addAction(qint64 pilot, const QString &title, const QDate &start,
                                       const QDate &end, std::optional<double> cost,
                                       const QString &currency)
{
    PlanActionRecord a;
    a.pilotId = pilot;
    a.title = title;
    a.startDate = start;
    a.endDate = end;
    a.costAmount = cost;
    a.costCurrency = currency;
    a.responsible = QStringLiteral("Energy Office");
    return f->editor().addPlanAction(a).value_or(0);
}

void tst_PlanActionsModel::emptyWithoutAPilot()
{
    PlanActionsModel model(f->connection(), f->db.clock(), &f->editor(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(PlanActionsModel::ColumnCount));
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{"Action", "Start", "End", "Responsible", "Cost", "Currency",
                                   "Funding source", "Indicator", "Risk"}));
    addAction(f->lviv, QStringLiteral("Study")); // no pilot shown: nothing to add
    QCOMPARE(model.rowCount(), 0);
}

void tst_PlanActionsModel::valuesInPlanOrder()
{
    const qint64 study = addAction(f->lviv, QStringLiteral("Feasibility study"), QDate(2027, 4, 1),
                                   QDate(2027, 7, 31), 85000, QStringLiteral("UAH"));
    const qint64 talks = addAction(f->lviv, QStringLiteral("Talks with the \"school\" board"), {},
                                   {}, 1250.5, QStringLiteral("EUR"));
    PlanActionsModel model(f->connection(), f->db.clock(), &f->editor(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setPilot(f->lviv);
    QCOMPARE(model.pilotId(), f->lviv);
    QCOMPARE(ModelTest::ids(model, PlanActionsModel::IdRole), (QList<qint64>{study, talks}));
    QCOMPARE(model.index(0, PlanActionsModel::Title).data().toString(),
             QStringLiteral("Feasibility study"));
    QCOMPARE(model.index(0, PlanActionsModel::Start).data().toString(),
             QStringLiteral("1 Apr 2027"));
    QCOMPARE(model.index(0, PlanActionsModel::Start).data(Qt::EditRole).toDate(),
             QDate(2027, 4, 1));
    QCOMPARE(model.index(0, PlanActionsModel::End).data().toString(),
             QStringLiteral("31 Jul 2027"));
    QCOMPARE(model.index(0, PlanActionsModel::Responsible).data().toString(),
             QStringLiteral("Energy Office"));
    QCOMPARE(model.index(0, PlanActionsModel::Cost).data().toString(), QStringLiteral("85,000"));
    QCOMPARE(model.index(0, PlanActionsModel::Cost).data(Qt::EditRole).toString(),
             QStringLiteral("85000"));
    QCOMPARE(model.index(0, PlanActionsModel::Currency).data().toString(), QStringLiteral("UAH"));
    QCOMPARE(model.index(1, PlanActionsModel::Cost).data().toString(), QStringLiteral("1,250.50"));
    QCOMPARE(model.index(1, PlanActionsModel::Cost).data(Qt::ToolTipRole).toString(),
             QStringLiteral("1,250.50 EUR"));
    QCOMPARE(model.index(1, PlanActionsModel::Start).data().toString(), QString());
    QVERIFY(!model.index(1, PlanActionsModel::Start).data(Qt::EditRole).toDate().isValid());
    QVERIFY(model.flags(model.index(1, PlanActionsModel::Risk)) & Qt::ItemIsEditable);
    model.setPilot(f->annArbor);
    QCOMPARE(model.rowCount(), 0);
}

void tst_PlanActionsModel::editingACellIsOneUndoableEdit()
{
    const qint64 study = addAction(f->lviv, QStringLiteral("Study"));
    PlanActionsModel model(f->connection(), f->db.clock(), &f->editor(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setPilot(f->lviv);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy failed(&model, &PlanActionsModel::editFailed);
    const int steps = f->undoStack.count();
    QVERIFY(model.setData(model.index(0, PlanActionsModel::Indicator),
                          QStringLiteral("Council approves the study")));
    QCOMPARE(f->undoStack.count(), steps + 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(model.index(0, PlanActionsModel::Indicator).data().toString(),
             QStringLiteral("Council approves the study"));
    QCOMPARE(PlanActionStore(f->connection(), f->db.clock()).fetch(study)->indicator,
             QStringLiteral("Council approves the study"));
    QVERIFY(model.setData(model.index(0, PlanActionsModel::Start), QDate(2027, 5, 3)));
    QCOMPARE(model.index(0, PlanActionsModel::Start).data().toString(),
             QStringLiteral("3 May 2027"));
    f->undoStack.undo();
    QVERIFY(!model.index(0, PlanActionsModel::Start).data(Qt::EditRole).toDate().isValid());
    f->undoStack.undo();
    QCOMPARE(model.index(0, PlanActionsModel::Indicator).data().toString(), QString());
    QCOMPARE(changed.count(), 4);
}

void tst_PlanActionsModel::refusedEditsSayWhy_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty title") << int(PlanActionsModel::Title) << QVariant(QStringLiteral("  "))
                                 << "A plan action needs a title.";
    QTest::newRow("ends before it starts")
        << int(PlanActionsModel::End) << QVariant(QDate(2027, 3, 31))
        << "The plan action “Study” ends before it starts.";
    QTest::newRow("not an amount")
        << int(PlanActionsModel::Cost) << QVariant(QStringLiteral("a lot"))
        << "“a lot” is not an amount: type a number such as 12500.";
    QTest::newRow("negative amount") << int(PlanActionsModel::Cost) << QVariant(-3.0)
                                     << "A cost is a positive amount, or left empty.";
    QTest::newRow("bad currency")
        << int(PlanActionsModel::Currency) << QVariant(QStringLiteral("euro"))
        << "A currency is a three-letter code such as EUR or USD, not “EURO”.";
    QTest::newRow("cost without any currency")
        << int(PlanActionsModel::Cost) << QVariant(QStringLiteral("100"))
        << "Give the currency of the cost (EUR, USD, ...).";
}

void tst_PlanActionsModel::refusedEditsSayWhy()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    const qint64 study = addAction(f->lviv, QStringLiteral("Study"), QDate(2027, 4, 1));
    const PlanActionRecord before =
        PlanActionStore(f->connection(), f->db.clock()).fetch(study).value();
    PlanActionsModel model(f->connection(), f->db.clock(), &f->editor(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setPilot(f->lviv);
    QSignalSpy failed(&model, &PlanActionsModel::editFailed);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const int steps = f->undoStack.count();
    QVERIFY(!model.setData(model.index(0, column), value));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), message);
    QCOMPARE(model.lastError(), message);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(f->undoStack.count(), steps);
    QCOMPARE(PlanActionStore(f->connection(), f->db.clock()).fetch(study).value(), before);
}

void tst_PlanActionsModel::costTakesThePlanCurrency()
{
    addAction(f->lviv, QStringLiteral("Study"), {}, {}, 1000, QStringLiteral("UAH"));
    const qint64 talks = addAction(f->lviv, QStringLiteral("Talks"));
    PlanActionsModel model(f->connection(), f->db.clock(), &f->editor(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setPilot(f->lviv);
    QVERIFY(model.setData(model.index(1, PlanActionsModel::Cost), QStringLiteral("12500")));
    const auto stored = PlanActionStore(f->connection(), f->db.clock()).fetch(talks);
    QCOMPARE(stored->costAmount, std::optional<double>(12500));
    QCOMPARE(stored->costCurrency, QStringLiteral("UAH"));
    QVERIFY(model.setData(model.index(1, PlanActionsModel::Cost), QStringLiteral("12,750.25")));
    QCOMPARE(PlanActionStore(f->connection(), f->db.clock()).fetch(talks)->costAmount,
             std::optional<double>(12750.25));
    QVERIFY(model.setData(model.index(1, PlanActionsModel::Currency), QStringLiteral("usd")));
    QCOMPARE(model.index(1, PlanActionsModel::Currency).data().toString(), QStringLiteral("USD"));
}

void tst_PlanActionsModel::clearingCells()
{
    addAction(f->lviv, QStringLiteral("Study"), QDate(2027, 4, 1), QDate(2027, 5, 1), 10,
              QStringLiteral("EUR"));
    PlanActionsModel model(f->connection(), f->db.clock(), &f->editor(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setPilot(f->lviv);
    QVERIFY(model.setData(model.index(0, PlanActionsModel::Start), QVariant()));
    QVERIFY(model.setData(model.index(0, PlanActionsModel::Cost), QString()));
    QVERIFY(model.setData(model.index(0, PlanActionsModel::Currency), QString()));
    QVERIFY(model.setData(model.index(0, PlanActionsModel::Responsible), QString()));
    const PlanActionRecord a = model.actionAt(0);
    QVERIFY(!a.startDate.isValid());
    QCOMPARE(a.endDate, QDate(2027, 5, 1));
    QVERIFY(!a.costAmount);
    QVERIFY(a.costCurrency.isEmpty());
    QVERIFY(a.responsible.isEmpty());
}

void tst_PlanActionsModel::rowsFollowAddMoveDelete()
{
    addAction(f->lviv, QStringLiteral("A"));
    const qint64 b = addAction(f->lviv, QStringLiteral("B"));
    PlanActionsModel model(f->connection(), f->db.clock(), &f->editor(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setPilot(f->lviv);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const qint64 c = addAction(f->lviv, QStringLiteral("C"));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(ModelTest::column(model, PlanActionsModel::Title), (QStringList{"A", "B", "C"}));
    const QPersistentModelIndex cIndex = model.index(2, PlanActionsModel::Title);
    QVERIFY(f->editor().movePlanAction(c, -1));
    QCOMPARE(ModelTest::column(model, PlanActionsModel::Title), (QStringList{"A", "C", "B"}));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(cIndex.row(), 1);
    f->undoStack.undo();
    QCOMPARE(ModelTest::column(model, PlanActionsModel::Title), (QStringList{"A", "B", "C"}));
    QVERIFY(f->editor().deletePlanAction(b));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(ModelTest::column(model, PlanActionsModel::Title), (QStringList{"A", "C"}));
    f->undoStack.undo();
    QCOMPARE(ModelTest::column(model, PlanActionsModel::Title), (QStringList{"A", "B", "C"}));
    QCOMPARE(reset.count(), 0);
}

void tst_PlanActionsModel::otherPilotsPlansAreIgnored()
{
    PlanActionsModel model(f->connection(), f->db.clock(), &f->editor(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setPilot(f->lviv);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const qint64 other = addAction(f->annArbor, QStringLiteral("Elsewhere"));
    PlanActionRecord a = PlanActionStore(f->connection(), f->db.clock()).fetch(other).value();
    a.risk = QStringLiteral("None");
    QVERIFY(f->editor().editPlanAction(a));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowCount(), 0);
}

void tst_PlanActionsModel::deletingThePilotEmptiesAndUndoRefills()
{
    addAction(f->lviv, QStringLiteral("A"));
    addAction(f->lviv, QStringLiteral("B"));
    PlanActionsModel model(f->connection(), f->db.clock(), &f->editor(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setPilot(f->lviv);
    QVERIFY(f->editor().deletePilot(f->lviv));
    QCOMPARE(model.rowCount(), 0);
    f->undoStack.undo();
    QCOMPARE(ModelTest::column(model, PlanActionsModel::Title), (QStringList{"A", "B"}));
}

QTEST_MAIN(tst_PlanActionsModel)
#include "tst_planactionsmodel.moc"
