#include "PilotFixture.h"
#include "itemmodels/PilotTableModel.h"
#include "store/PilotStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Tester = QAbstractItemModelTester;

class tst_PilotTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void headersFollowTheRubric();
    void valuesFromAKnownDatabase();
    void filters();
    void sortByColumns();
    void assessingUpdatesOneRow();
    void readyFilterTakesRowsInAndOut();
    void deleteAndUndoPilot();
    void renamingACityUpdatesItsRows();
    void deletingAnEarlierAssessmentUpdatesTheCount();
    void otherChangesLeaveTheRowsAlone();
    void loadsOnFirstReloadWhenAsked();
    void standingsArrangedOnAWorker();

private:
    QStringList cities(const PilotTableModel &model) const
    {
        return ModelTest::column(model, PilotTableModel::City);
    }
    std::unique_ptr<PilotFixture> f;
};

void tst_PilotTableModel::init()
{
    f = std::make_unique<PilotFixture>();
    QVERIFY2(f->ok(), qPrintable(f->error()));
    QVERIFY(f->built());
}

void tst_PilotTableModel::loadsOnFirstReloadWhenAsked()
{
    PilotTableModel model(f->connection(), &f->notifier, Rubric::shipped(), nullptr,
                          PilotTableModel::Load::OnFirstReload);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    // Neither a filter nor an edit reads anything before the first reload.
    PilotTableModel::Filter filter;
    filter.pairingId = f->pairingId(QStringLiteral("E-04"));
    model.setFilter(filter);
    QVERIFY(f->assess(f->zhytomyr, {2, 2, 2, 2, 2, 2}, QDate(2027, 3, 15)) > 0);
    QCOMPARE(model.rowCount(), 0);
    model.reload();
    PilotTableModel everything(f->connection(), &f->notifier);
    everything.setFilter(filter);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(cities(model), cities(everything));

    // Standings read elsewhere before an edit: the model reads again rather than show them.
    PilotTableModel later(f->connection(), &f->notifier, Rubric::shipped(), nullptr,
                          PilotTableModel::Load::OnFirstReload);
    const auto before = ReadinessQueries(f->connection()).standings(later.readFilter());
    QVERIFY(f->assess(f->zhytomyr, {5, 5, 5, 5, 5, 5}, QDate(2027, 3, 16)) > 0);
    later.setStandings(before);
    PilotTableModel now(f->connection(), &f->notifier);
    const int row = now.rowOfId(f->zhytomyr);
    QVERIFY(row >= 0);
    QCOMPARE(later.rowOfId(f->zhytomyr), row);
    QCOMPARE(later.standingAt(row).readiness.overall, now.standingAt(row).readiness.overall);
    QCOMPARE(*later.standingAt(row).readiness.overall, 5);
}

// The Pilots area chooses and sorts the standings on its worker: rows arranged as the model
// stands are taken as they are; rows arranged before a new sort or filter are arranged again.
void tst_PilotTableModel::standingsArrangedOnAWorker()
{
    const auto ids = [](const PilotTableModel &m) {
        QList<qint64> list;
        for (int row = 0; row < m.rowCount(); ++row)
            list << m.idAt(row);
        return list;
    };
    PilotTableModel reference(f->connection(), &f->notifier);
    reference.sort(PilotTableModel::City, Qt::DescendingOrder);
    PilotTableModel model(f->connection(), &f->notifier, Rubric::shipped(), nullptr,
                          PilotTableModel::Load::OnFirstReload);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.sort(PilotTableModel::City, Qt::DescendingOrder);
    const auto read = ReadinessQueries(f->connection()).standings(model.readFilter());
    QVERIFY(read);
    QVERIFY(read->size() > 2);

    const PilotTableModel::Arrangement asRead = model.arrangement();
    QVERIFY(asRead == reference.arrangement());
    const QList<PilotStanding> arranged = asRead.apply(read.value());
    model.setArrangedStandings(arranged, asRead);
    QCOMPARE(ids(model), ids(reference));

    // A click on another header while the rows were on their way.
    model.sort(PilotTableModel::Pairing, Qt::DescendingOrder);
    reference.sort(PilotTableModel::Pairing, Qt::DescendingOrder);
    QVERIFY(!(model.arrangement() == asRead));
    model.setArrangedStandings(arranged, asRead);
    QCOMPARE(ids(model), ids(reference));

    // A filter chosen meanwhile: the rows outside it stay out.
    PilotTableModel::Filter filter;
    filter.pairingId = f->pairingId(QStringLiteral("E-04"));
    model.setFilter(filter);
    reference.setFilter(filter);
    model.setArrangedStandings(arranged, asRead);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < int(arranged.size()));
    QCOMPARE(ids(model), ids(reference));
}

void tst_PilotTableModel::headersFollowTheRubric()
{
    PilotTableModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    const Rubric &rubric = Rubric::shipped();
    QCOMPARE(model.columnCount(),
             PilotTableModel::FirstDimension + int(rubric.dimensions().size()) + 2);
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers,
             (QStringList{"City", "Pairing", "Theme", "Pilot", "Assessed", "Solution", "Need",
                          "Mandate", "Resources", "Team", "Plan", "Overall", "Ready"}));
    for (int i = 0; i < rubric.dimensions().size(); ++i) {
        const RubricDimension &d = rubric.dimensions().at(i);
        QCOMPARE(model.dimensionColumn(d.id), PilotTableModel::FirstDimension + i);
        QCOMPARE(model.dimensionAt(PilotTableModel::FirstDimension + i), d.id);
        QVERIFY(
            model.headerData(PilotTableModel::FirstDimension + i, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(d.question));
    }
    QCOMPARE(model.dimensionColumn(QStringLiteral("funding")), -1);
    QCOMPARE(model.headerData(model.overallColumn(), Qt::Horizontal, Qt::ToolTipRole).toString(),
             rubric.rulesText());
}

void tst_PilotTableModel::valuesFromAKnownDatabase()
{
    PilotTableModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QCOMPARE(model.lastError(), QString());
    // By pairing, then city as read: Çorlu among the C's.
    QCOMPARE(cities(model), (QStringList{"Çorlu", "Zhytomyr", "Ann Arbor", "Lviv"}));
    QCOMPARE(ModelTest::ids(model, PilotTableModel::IdRole),
             (QList<qint64>{f->corlu, f->zhytomyr, f->annArbor, f->lviv}));
    const int overall = model.overallColumn();
    const int ready = model.readyColumn();
    const int mandate = model.dimensionColumn(QStringLiteral("mandate"));
    const int resources = model.dimensionColumn(QStringLiteral("resources"));

    // Ann Arbor: its latest assessment (S2), lowest level 2, average 2.5.
    QCOMPARE(model.index(2, PilotTableModel::Pairing).data().toString(), QStringLiteral("E-04"));
    QCOMPARE(model.index(2, PilotTableModel::Title).data().toString(),
             QStringLiteral("District heating loop"));
    QCOMPARE(model.index(2, PilotTableModel::Theme).data().toString(),
             QStringLiteral("Energy & Infrastructure"));
    QCOMPARE(model.index(2, PilotTableModel::Assessed).data().toString(),
             QStringLiteral("10 Mar 2027"));
    QCOMPARE(model.index(2, mandate).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(2, mandate).data(PilotTableModel::LevelRole).toInt(), 2);
    QCOMPARE(model.index(2, overall).data().toString(), QStringLiteral("2 (avg 2.5)"));
    QCOMPARE(model.index(2, overall).data(PilotTableModel::LevelRole).toInt(), 2);
    QCOMPARE(model.index(2, ready).data().toString(), QStringLiteral("Not ready"));
    QVERIFY(!model.index(2, ready).data(PilotTableModel::ReadyRole).toBool());
    QVERIFY(
        model.index(2, ready)
            .data(Qt::ToolTipRole)
            .toString()
            .contains(QStringLiteral(
                "below 4: Solution fit and maturity (3), Need and stakeholder acceptance (3)")));
    QVERIFY(
        model.index(2, mandate)
            .data(Qt::ToolTipRole)
            .toString()
            .contains(Rubric::shipped().dimension(QStringLiteral("mandate"))->descriptor(2, 1)));
    QVERIFY(model.index(2, mandate)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Evidence: evidence 2")));

    // Lviv: ready, every dimension at 4 or more.
    QCOMPARE(model.index(3, resources).data().toString(), QStringLiteral("5"));
    QCOMPARE(model.index(3, overall).data().toString(), QStringLiteral("4 (avg 4.2)"));
    QCOMPARE(model.index(3, ready).data().toString(), QStringLiteral("✔ Ready"));
    QVERIFY(model.index(3, ready).data(PilotTableModel::ReadyRole).toBool());
    QCOMPARE(model.index(3, ready).data(Qt::ToolTipRole).toString(),
             QStringLiteral("4 · Validated and committed (average 4.2)\nReady to pilot"));

    // Çorlu: all given levels at 4, but three dimensions never assessed: not ready.
    QCOMPARE(model.index(0, resources).data().toString(), QStringLiteral("–"));
    QVERIFY(!model.index(0, resources).data(PilotTableModel::LevelRole).isValid());
    QCOMPARE(model.index(0, overall).data().toString(), QStringLiteral("4 (avg 4.0)"));
    QCOMPARE(model.index(0, ready).data().toString(), QStringLiteral("Not ready"));
    QVERIFY(model.index(0, ready)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("not assessed: Resources and funding, Team and partners, "
                                         "Implementation plan and monitoring")));

    // Zhytomyr: never assessed.
    QCOMPARE(model.index(1, PilotTableModel::Assessed).data().toString(),
             QStringLiteral("Not yet"));
    QCOMPARE(model.index(1, overall).data().toString(), QString());
    QCOMPARE(model.index(1, ready).data().toString(), QString());
    QCOMPARE(model.index(1, resources).data().toString(), QString());
    QCOMPARE(model.standingAt(1).assessments, 0);
    QCOMPARE(model.index(1, PilotTableModel::City).data(PilotTableModel::CityIdRole).toLongLong(),
             f->cityId(QStringLiteral("Zhytomyr")));
    QCOMPARE(
        model.index(1, PilotTableModel::City).data(PilotTableModel::PairingIdRole).toLongLong(),
        f->pairingId(QStringLiteral("E-02")));
}

void tst_PilotTableModel::filters()
{
    PilotTableModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    PilotTableModel::Filter filter;
    filter.pairingId = f->pairingId(QStringLiteral("E-04"));
    model.setFilter(filter);
    QCOMPARE(cities(model), (QStringList{"Ann Arbor", "Lviv"}));

    filter = {};
    filter.readiness = PilotTableModel::ReadyFilter::Ready;
    model.setFilter(filter);
    QCOMPARE(cities(model), (QStringList{"Lviv"}));
    filter.readiness = PilotTableModel::ReadyFilter::NotReady;
    model.setFilter(filter);
    QCOMPARE(cities(model), (QStringList{"Çorlu", "Zhytomyr", "Ann Arbor"}));

    filter = {};
    filter.text = QStringLiteral("CORLU"); // folded: accents and case do not matter
    model.setFilter(filter);
    QCOMPARE(cities(model), (QStringList{"Çorlu"}));
    filter.text = QStringLiteral("heat");
    model.setFilter(filter);
    QCOMPARE(cities(model), (QStringList{"Ann Arbor", "Lviv"}));

    filter = {};
    filter.themeId =
        f->db.scalar(QStringLiteral("SELECT theme_id FROM pairing WHERE code = 'E-04'"))
            .toLongLong();
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 4); // all four pilots are in the energy theme
    filter.themeId =
        f->db.scalar(QStringLiteral("SELECT theme_id FROM pairing WHERE code = 'M-01'"))
            .toLongLong();
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
}

void tst_PilotTableModel::sortByColumns()
{
    PilotTableModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    const QPersistentModelIndex lviv = model.index(3, PilotTableModel::Title);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.sort(model.overallColumn(), Qt::DescendingOrder);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(cities(model), (QStringList{"Lviv", "Çorlu", "Ann Arbor", "Zhytomyr"}));
    QCOMPARE(lviv.row(), 0); // a selection follows its row
    model.sort(PilotTableModel::City, Qt::AscendingOrder);
    QCOMPARE(cities(model), (QStringList{"Ann Arbor", "Çorlu", "Lviv", "Zhytomyr"}));
    model.sort(model.dimensionColumn(QStringLiteral("need")), Qt::AscendingOrder);
    QCOMPARE(cities(model), (QStringList{"Zhytomyr", "Ann Arbor", "Çorlu", "Lviv"}));
    model.sort(model.readyColumn(), Qt::DescendingOrder);
    QCOMPARE(cities(model).first(), QStringLiteral("Lviv"));
    // A pilot added while sorted goes where the sort puts it.
    model.sort(PilotTableModel::City, Qt::DescendingOrder);
    f->addPilot(QStringLiteral("E-02"), QStringLiteral("Sekondi-Takoradi"),
                QStringLiteral("Solar kiosks"));
    QCOMPARE(cities(model),
             (QStringList{"Zhytomyr", "Sekondi-Takoradi", "Lviv", "Çorlu", "Ann Arbor"}));
}

void tst_PilotTableModel::assessingUpdatesOneRow()
{
    PilotTableModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(f->assess(f->zhytomyr, {2, 2, 2, 2, 2, 2}, QDate(2027, 3, 15)) > 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(model.index(1, model.overallColumn()).data().toString(),
             QStringLiteral("2 (avg 2.0)"));
    QCOMPARE(model.index(1, PilotTableModel::Assessed).data().toString(),
             QStringLiteral("15 Mar 2027"));

    // Deleting the latest assessment shows the one before it.
    changed.clear();
    QVERIFY(f->editor().deleteAssessment(f->annArborLatest));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(2, model.overallColumn()).data().toString(),
             QStringLiteral("1 (avg 1.2)"));
    QCOMPARE(model.index(2, PilotTableModel::Assessed).data().toString(),
             QStringLiteral("12 Jan 2027"));
    f->undoStack.undo();
    QCOMPARE(model.index(2, model.overallColumn()).data().toString(),
             QStringLiteral("2 (avg 2.5)"));
    QCOMPARE(reset.count(), 0);
}

void tst_PilotTableModel::readyFilterTakesRowsInAndOut()
{
    PilotTableModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    PilotTableModel::Filter filter;
    filter.readiness = PilotTableModel::ReadyFilter::Ready;
    model.setFilter(filter);
    QCOMPARE(cities(model), (QStringList{"Lviv"}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(f->assess(f->annArbor, {4, 4, 4, 4, 4, 4}, QDate(2027, 3, 19)) > 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(cities(model), (QStringList{"Ann Arbor", "Lviv"}));
    // Lviv assessed again with a dimension left out is no longer ready.
    QVERIFY(f->assess(f->lviv, {5, 5, 5, 5, 5}, QDate(2027, 3, 19)) > 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(cities(model), (QStringList{"Ann Arbor"}));
}

void tst_PilotTableModel::deleteAndUndoPilot()
{
    PilotTableModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(f->editor().deletePilot(f->annArbor));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(cities(model), (QStringList{"Çorlu", "Zhytomyr", "Lviv"}));
    f->undoStack.undo();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(cities(model), (QStringList{"Çorlu", "Zhytomyr", "Ann Arbor", "Lviv"}));
    QCOMPARE(model.index(2, model.overallColumn()).data().toString(),
             QStringLiteral("2 (avg 2.5)"));
    QCOMPARE(model.standingAt(2).assessments, 2);
    QCOMPARE(model.index(2, PilotTableModel::Assessed).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Assessments so far: 2"));
}

// Not the latest: the overall level stays, the count of assessments drops, nothing is reset.
void tst_PilotTableModel::deletingAnEarlierAssessmentUpdatesTheCount()
{
    PilotTableModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const auto history = AssessmentStore(f->connection(), f->db.clock()).history(f->annArbor);
    QVERIFY(history && history->size() == 2);
    QCOMPARE(model.standingAt(2).assessments, 2);
    QVERIFY(f->editor().deleteAssessment(history->first().id));
    QCOMPARE(model.standingAt(2).assessments, 1);
    QCOMPARE(model.index(2, model.overallColumn()).data().toString(), QStringLiteral("2 (avg 2.5)"));
    QCOMPARE(reset.count(), 0);
}

void tst_PilotTableModel::renamingACityUpdatesItsRows()
{
    PilotTableModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    CityRecord lviv = f->city(f->cityId(QStringLiteral("Lviv")));
    lviv.name = QStringLiteral("Aleppo-Lviv"); // sorts before Ann Arbor now
    QVERIFY(f->editor().editCity(lviv));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cities(model), (QStringList{"Çorlu", "Zhytomyr", "Aleppo-Lviv", "Ann Arbor"}));
}

void tst_PilotTableModel::otherChangesLeaveTheRowsAlone()
{
    PilotTableModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    PlanActionRecord a;
    a.pilotId = f->lviv;
    a.title = QStringLiteral("Study");
    QVERIFY(f->editor().addPlanAction(a));
    CityRecord valencia = f->city(f->cityId(QStringLiteral("València")));
    valencia.population = 800000;
    QVERIFY(f->editor().editCity(valencia));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);
}

QTEST_MAIN(tst_PilotTableModel)
#include "tst_pilottablemodel.moc"
