#include "PilotFixture.h"
#include "core/AppIdentity.h"
#include "core/Preferences.h"
#include "itemmodels/ChangeHistoryModel.h"
#include "store/PilotStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Tester = QAbstractItemModelTester;

class tst_ChangeHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void emptyWithoutARecord();
    void pilotHistoryNewestFirst();
    void readsPagesAsTheViewScrolls();
    void anEditPutsItsChangeOnTop();

private:
    void renamePilot(qint64 pilotId, const QString &title);
    std::unique_ptr<PilotFixture> f;
    QTemporaryDir m_settingsDir;
};

void tst_ChangeHistoryModel::initTestCase()
{
    // Settings of this process only: suites run in parallel, each with its own facilitator.
    QVERIFY(m_settingsDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_settingsDir.path()));
    AppIdentity::apply();
    Preferences::setFacilitatorName(QStringLiteral("Ana Facilitator"));
}

void tst_ChangeHistoryModel::init()
{
    f = std::make_unique<PilotFixture>();
    QVERIFY2(f->ok(), qPrintable(f->error()));
    QVERIFY(f->built());
}

void tst_ChangeHistoryModel::renamePilot(qint64 pilotId, const QString &title)
{
    PilotRecord pilot = PilotStore(f->connection(), f->db.clock()).fetch(pilotId).value();
    pilot.title = title;
    QVERIFY(f->editor().editPilot(pilot));
}

void tst_ChangeHistoryModel::emptyWithoutARecord()
{
    ChangeHistoryModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ChangeHistoryModel::ColumnCount));
    QVERIFY(!model.canFetchMore({}));
    model.setScope(HistoryScope::Session, 987654);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(!model.lastError().isEmpty());
}

void tst_ChangeHistoryModel::pilotHistoryNewestFirst()
{
    ChangeHistoryModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setScope(HistoryScope::Pilot, f->annArbor);
    ModelTest::fetchAll(model);
    // The pilot created, then two assessments of six levels each.
    QCOMPARE(model.rowCount(), 1 + 2 * (1 + 6));
    const QModelIndex top = model.index(0, ChangeHistoryModel::Record);
    QCOMPARE(top.data().toString(), QStringLiteral("Readiness of pilot “District heating loop”"));
    QCOMPARE(model.index(model.rowCount() - 1, ChangeHistoryModel::Change).data().toString(), QStringLiteral("created"));
    QCOMPARE(model.index(0, ChangeHistoryModel::Who).data().toString(), QStringLiteral("Ana Facilitator"));
    QVERIFY(model.index(0, ChangeHistoryModel::When).data().toString().contains(QLatin1String("2027")));
    QCOMPARE(model.headerData(ChangeHistoryModel::Change, Qt::Horizontal).toString(), QStringLiteral("Change"));
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.index(row, 0).data(ChangeHistoryModel::IdRole).toLongLong();
        QVERIFY(id < previous);
        previous = id;
    }
}

void tst_ChangeHistoryModel::readsPagesAsTheViewScrolls()
{
    for (int i = 0; i < ChangeHistoryModel::PageSize + 20; ++i)
        renamePilot(f->lviv, QStringLiteral("Heat pumps %1").arg(i));
    ChangeHistoryModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setScope(HistoryScope::Pilot, f->lviv);
    if (model.rowCount() == 0) // the tester may have asked for the first page already
        model.fetchMore({});
    QCOMPARE(model.rowCount(), ChangeHistoryModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), ChangeHistoryModel::PageSize + 20 + 1 + 1 + 6); // + created, assessed
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(0, ChangeHistoryModel::Change).data().toString(),
             QStringLiteral("Heat pumps %1 → Heat pumps %2").arg(ChangeHistoryModel::PageSize + 18).arg(ChangeHistoryModel::PageSize + 19));
}

void tst_ChangeHistoryModel::anEditPutsItsChangeOnTop()
{
    ChangeHistoryModel model(f->connection(), &f->notifier);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setScope(HistoryScope::Pilot, f->zhytomyr);
    ModelTest::fetchAll(model);
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    renamePilot(f->zhytomyr, QStringLiteral("Energy cooperative"));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ChangeHistoryModel::Field).data().toString(), QStringLiteral("Title"));
    QCOMPARE(model.index(0, ChangeHistoryModel::Change).data().toString(),
             QStringLiteral("Energy community → Energy cooperative"));
    renamePilot(f->corlu, QStringLiteral("Another pilot's change"));
    QCOMPARE(model.rowCount(), 2);
    f->undoStack.undo(); // the undo is a change of its own
    f->undoStack.undo();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ChangeHistoryModel::Change).data().toString(),
             QStringLiteral("Energy cooperative → Energy community"));
}

QTEST_GUILESS_MAIN(tst_ChangeHistoryModel)
#include "tst_changehistorymodel.moc"
