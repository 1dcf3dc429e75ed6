#include "PilotFixture.h"
#include "itemmodels/PairingPilotsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Tester = QAbstractItemModelTester;

class tst_PairingPilotsModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyMemberCityWithItsPilot();
    void addingAndAssessingUpdateTheRow();
    void otherPairingsDoNotTouchTheRows();

private:
    std::unique_ptr<PilotFixture> f;
};

void tst_PairingPilotsModel::init()
{
    f = std::make_unique<PilotFixture>();
    QVERIFY2(f->ok(), qPrintable(f->error()));
    QVERIFY(f->built());
}

void tst_PairingPilotsModel::everyMemberCityWithItsPilot()
{
    PairingPilotsModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{"City", "Pilot", "Readiness", "Ready"}));
    model.setPairing(f->pairingId(QStringLiteral("E-02")));
    QCOMPARE(ModelTest::column(model, PairingPilotsModel::City),
             (QStringList{"Çorlu (TR)", "Sekondi-Takoradi (GH)", "Zhytomyr (UA)"}));
    QCOMPARE(ModelTest::column(model, PairingPilotsModel::Pilot),
             (QStringList{"Rooftop solar with storage", "No pilot yet", "Energy community"}));
    QCOMPARE(ModelTest::column(model, PairingPilotsModel::Overall),
             (QStringList{"4 · Validated and committed (average 4.0)", "", "Not assessed"}));
    QCOMPARE(ModelTest::column(model, PairingPilotsModel::Ready),
             (QStringList{"Not ready", "", ""}));
    QCOMPARE(model.index(0, 0).data(PairingPilotsModel::PilotIdRole).toLongLong(), f->corlu);
    QCOMPARE(model.index(1, 0).data(PairingPilotsModel::PilotIdRole).toLongLong(), 0);
    QCOMPARE(model.index(1, 0).data(PairingPilotsModel::CityIdRole).toLongLong(),
             f->cityId(QStringLiteral("Sekondi-Takoradi")));
    QCOMPARE(model.index(2, PairingPilotsModel::Ready).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Not assessed yet"));
    QCOMPARE(model.index(2, PairingPilotsModel::Overall).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Not assessed yet"));

    model.setPairing(f->pairingId(QStringLiteral("E-04")));
    QCOMPARE(ModelTest::column(model, PairingPilotsModel::Ready),
             (QStringList{"Not ready", "✔ Ready"}));
    QCOMPARE(model.index(1, PairingPilotsModel::Ready).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Ready to pilot"));
}

void tst_PairingPilotsModel::addingAndAssessingUpdateTheRow()
{
    PairingPilotsModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setPairing(f->pairingId(QStringLiteral("E-02")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const qint64 pilot = f->addPilot(QStringLiteral("E-02"), QStringLiteral("Sekondi-Takoradi"),
                                     QStringLiteral("Solar kiosks"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(model.index(1, PairingPilotsModel::Pilot).data().toString(),
             QStringLiteral("Solar kiosks"));
    QCOMPARE(model.index(1, 0).data(PairingPilotsModel::PilotIdRole).toLongLong(), pilot);
    QVERIFY(f->assess(pilot, {4, 4, 4, 4, 4, 4}, QDate(2027, 3, 19)) > 0);
    QCOMPARE(model.index(1, PairingPilotsModel::Ready).data().toString(),
             QStringLiteral("✔ Ready"));
    QVERIFY(f->editor().deletePilot(pilot));
    QCOMPARE(model.index(1, PairingPilotsModel::Pilot).data().toString(),
             QStringLiteral("No pilot yet"));
    QCOMPARE(reset.count(), 0);
}

void tst_PairingPilotsModel::otherPairingsDoNotTouchTheRows()
{
    PairingPilotsModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setPairing(f->pairingId(QStringLiteral("E-02")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(f->assess(f->lviv, {5, 5, 5, 5, 5, 5}, QDate(2027, 3, 19)) > 0);
    QCOMPARE(changed.count(), 0);
}

QTEST_MAIN(tst_PairingPilotsModel)
#include "tst_pairingpilotsmodel.moc"
