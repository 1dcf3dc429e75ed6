#include "EditFixture.h"
#include "itemmodels/PairingMembersModel.h"
#include "store/PairingStore.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

namespace {

const QString Minus = QStringLiteral("\u2212");

// The pairing that has both cities, found in the data rather than assumed.
qint64 pairingWith(const EditFixture &f, const QString &a, const QString &b)
{
    QSqlQuery q(f.connection());
    q.prepare(QStringLiteral("SELECT pa.pairing_id FROM pairing_city pa JOIN pairing_city pb"
                             " ON pb.pairing_id = pa.pairing_id"
                             " WHERE pa.city_id = (SELECT id FROM city WHERE name = :a)"
                             " AND pb.city_id = (SELECT id FROM city WHERE name = :b)"));
    q.bindValue(QStringLiteral(":a"), a);
    q.bindValue(QStringLiteral(":b"), b);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

// Local time as the model must show it: computed with QTimeZone here, in the current locale.
QString localTime(const QDateTime &utc, const char *zone)
{
    return QLocale().toString(utc.toTimeZone(QTimeZone(zone)), QStringLiteral("ddd HH:mm"));
}

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

} // namespace

class tst_PairingMembersModel : public QObject
{
    Q_OBJECT

private slots:
    void emptyUntilAPairingIsSet();
    void headers();
    void localTimesAndOffsets();
    void halfAndQuarterHourOffsets();
    void refreshTimesSignalsOnlyTheTimeColumns();
    void daylightSavingChangeShowsAfterRefresh();
    void setPairingZeroEmpties();
    void removingAMemberThroughTheEditorUpdates();
    void otherPairingsDoNotReload();
    void renamingAMemberCityUpdates();
};

void tst_PairingMembersModel::emptyUntilAPairingIsSet()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    PairingMembersModel model(f.connection(), &f.notifier, f.db.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.pairingId(), 0);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 5);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshTimes();
    QCOMPARE(changed.count(), 0); // nothing to refresh
    model.setPairing(987654);     // no such pairing
    QCOMPARE(model.rowCount(), 0);
}

void tst_PairingMembersModel::headers()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    PairingMembersModel model(f.connection(), &f.notifier, f.db.clock());
    QStringList actual;
    for (int c = 0; c < model.columnCount(); ++c)
        actual << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(actual, (QStringList{QStringLiteral("City"), QStringLiteral("Country"),
                                  QStringLiteral("Local time"), QStringLiteral("Offset"),
                                  QStringLiteral("Time zone")}));
}

void tst_PairingMembersModel::localTimesAndOffsets()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const qint64 pairing = pairingWith(f, QStringLiteral("Ann Arbor"), QStringLiteral("Lviv"));
    QVERIFY(pairing > 0);
    QCOMPARE(f.db.clock().nowUtc(), utc(2027, 3, 20, 13, 12));

    PairingMembersModel model(f.connection(), &f.notifier, f.db.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPairing(pairing);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.pairingId(), pairing);
    QCOMPARE(model.rowCount(), 2);

    QCOMPARE(model.index(0, PairingMembersModel::City).data().toString(),
             QStringLiteral("Ann Arbor"));
    QCOMPARE(
        model.index(0, PairingMembersModel::City).data(PairingMembersModel::IdRole).toLongLong(),
        f.cityId(QStringLiteral("Ann Arbor")));
    QCOMPARE(model.index(0, PairingMembersModel::Country).data().toString(),
             QStringLiteral("United States (US)"));
    QCOMPARE(model.index(0, PairingMembersModel::TimeZone).data().toString(),
             QStringLiteral("America/Detroit"));
    QCOMPARE(model.index(0, PairingMembersModel::City).data(Qt::ToolTipRole).toString(),
             QStringLiteral("America/Detroit"));
    // Detroit is on daylight time since 14 March: 13:12 UTC is 09:12 there.
    QCOMPARE(model.index(0, PairingMembersModel::Offset).data().toString(),
             QStringLiteral("UTC") + Minus + QStringLiteral("04:00"));
    QCOMPARE(model.index(0, PairingMembersModel::LocalTime).data().toString(),
             localTime(f.db.clock().nowUtc(), "America/Detroit"));
    QVERIFY(model.index(0, PairingMembersModel::LocalTime)
                .data()
                .toString()
                .endsWith(QStringLiteral(" 09:12")));

    QCOMPARE(model.index(1, PairingMembersModel::City).data().toString(), QStringLiteral("Lviv"));
    QCOMPARE(model.index(1, PairingMembersModel::Country).data().toString(),
             QStringLiteral("Ukraine (UA)"));
    // Kyiv is still on winter time until 28 March.
    QCOMPARE(model.index(1, PairingMembersModel::Offset).data().toString(),
             QStringLiteral("UTC+02:00"));
    QCOMPARE(model.index(1, PairingMembersModel::LocalTime).data().toString(),
             localTime(f.db.clock().nowUtc(), "Europe/Kyiv"));
    QVERIFY(model.index(1, PairingMembersModel::LocalTime)
                .data()
                .toString()
                .endsWith(QStringLiteral(" 15:12")));
    QVERIFY(!model.index(1, PairingMembersModel::Offset).data(Qt::EditRole).isValid());
}

void tst_PairingMembersModel::halfAndQuarterHourOffsets()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const qint64 pairing = pairingWith(f, QStringLiteral("Leh"), QStringLiteral("Dhankuta"));
    QVERIFY(pairing > 0);
    PairingMembersModel model(f.connection(), &f.notifier, f.db.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPairing(pairing);
    QCOMPARE(ModelTest::column(model, PairingMembersModel::City),
             (QStringList{QStringLiteral("Baguio"), QStringLiteral("Chefchaouen"),
                          QStringLiteral("Leh"), QStringLiteral("Dhankuta")}));
    QCOMPARE(ModelTest::column(model, PairingMembersModel::Offset),
             (QStringList{QStringLiteral("UTC+08:00"), QStringLiteral("UTC+01:00"),
                          QStringLiteral("UTC+05:30"), QStringLiteral("UTC+05:45")}));
    const QDateTime now = f.db.clock().nowUtc();
    QCOMPARE(ModelTest::column(model, PairingMembersModel::LocalTime),
             (QStringList{localTime(now, "Asia/Manila"), localTime(now, "Africa/Casablanca"),
                          localTime(now, "Asia/Kolkata"), localTime(now, "Asia/Kathmandu")}));
    QVERIFY(model.index(2, PairingMembersModel::LocalTime)
                .data()
                .toString()
                .endsWith(QStringLiteral(" 18:42")));
    QVERIFY(model.index(3, PairingMembersModel::LocalTime)
                .data()
                .toString()
                .endsWith(QStringLiteral(" 18:57")));
}

void tst_PairingMembersModel::refreshTimesSignalsOnlyTheTimeColumns()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    PairingMembersModel model(f.connection(), &f.notifier, f.db.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPairing(pairingWith(f, QStringLiteral("Ann Arbor"), QStringLiteral("Lviv")));
    QCOMPARE(model.rowCount(), 2);

    const QDateTime later = utc(2027, 3, 20, 23, 40);
    f.db.clock().set(later);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refreshTimes();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    const QList<QVariant> args = changed.first();
    QCOMPARE(args.at(0).value<QModelIndex>(), model.index(0, PairingMembersModel::LocalTime));
    QCOMPARE(args.at(1).value<QModelIndex>(), model.index(1, PairingMembersModel::Offset));
    QCOMPARE(args.at(2).value<QList<int>>(), QList<int>{Qt::DisplayRole});

    QCOMPARE(model.index(0, PairingMembersModel::LocalTime).data().toString(),
             localTime(later, "America/Detroit"));
    QVERIFY(model.index(0, PairingMembersModel::LocalTime)
                .data()
                .toString()
                .endsWith(QStringLiteral(" 19:40")));
    // In Lviv it is already Sunday.
    QCOMPARE(model.index(1, PairingMembersModel::LocalTime).data().toString(),
             localTime(later, "Europe/Kyiv"));
    QVERIFY(model.index(1, PairingMembersModel::LocalTime)
                .data()
                .toString()
                .endsWith(QStringLiteral(" 01:40")));
    QVERIFY(model.index(0, PairingMembersModel::LocalTime)
                .data()
                .toString()
                .startsWith(QLocale().dayName(6, QLocale::ShortFormat)));
    QVERIFY(model.index(1, PairingMembersModel::LocalTime)
                .data()
                .toString()
                .startsWith(QLocale().dayName(7, QLocale::ShortFormat)));
}

void tst_PairingMembersModel::daylightSavingChangeShowsAfterRefresh()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    PairingMembersModel model(f.connection(), &f.notifier, f.db.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPairing(pairingWith(f, QStringLiteral("Ann Arbor"), QStringLiteral("Lviv")));

    // The EU moves its clocks at 01:00 UTC on the last Sunday of March (28 March 2027).
    f.db.clock().set(utc(2027, 3, 28, 0, 59));
    model.refreshTimes();
    QCOMPARE(model.index(1, PairingMembersModel::Offset).data().toString(),
             QStringLiteral("UTC+02:00"));
    QVERIFY(model.index(1, PairingMembersModel::LocalTime)
                .data()
                .toString()
                .endsWith(QStringLiteral(" 02:59")));
    f.db.clock().set(utc(2027, 3, 28, 1, 0));
    model.refreshTimes();
    QCOMPARE(model.index(1, PairingMembersModel::Offset).data().toString(),
             QStringLiteral("UTC+03:00"));
    QVERIFY(model.index(1, PairingMembersModel::LocalTime)
                .data()
                .toString()
                .endsWith(QStringLiteral(" 04:00")));
    QCOMPARE(model.index(0, PairingMembersModel::Offset).data().toString(),
             QStringLiteral("UTC") + Minus + QStringLiteral("04:00"));

    // Before the US change (14 March 2027), Detroit is UTC−05:00.
    f.db.clock().set(utc(2027, 3, 1, 12, 0));
    model.refreshTimes();
    QCOMPARE(model.index(0, PairingMembersModel::Offset).data().toString(),
             QStringLiteral("UTC") + Minus + QStringLiteral("05:00"));
}

void tst_PairingMembersModel::setPairingZeroEmpties()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    PairingMembersModel model(f.connection(), &f.notifier, f.db.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPairing(f.pairingId(QStringLiteral("E-01")));
    QCOMPARE(model.rowCount(), 4);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPairing(0);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pairingId(), 0);

    // With no pairing shown, changes to pairings do not bring rows back.
    CityRecord lviv = f.city(f.cityId(QStringLiteral("Lviv")));
    lviv.population = 720000;
    QVERIFY(f.editor().editCity(lviv).ok());
    QCOMPARE(model.rowCount(), 0);
}

void tst_PairingMembersModel::removingAMemberThroughTheEditorUpdates()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    const qint64 pairing = pairingWith(f, QStringLiteral("Ann Arbor"), QStringLiteral("Lviv"));
    PairingMembersModel model(f.connection(), &f.notifier, f.db.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPairing(pairing);
    QCOMPARE(model.rowCount(), 2);

    auto record = PairingStore(f.connection(), f.db.clock()).fetch(pairing);
    QVERIFY(record.ok());
    QCOMPARE(record->cityIds, (QList<qint64>{f.cityId(QStringLiteral("Ann Arbor")),
                                             f.cityId(QStringLiteral("Lviv"))}));
    record->cityIds.removeFirst(); // Ann Arbor leaves
    Status s = f.editor().editPairing(record.value());
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(ModelTest::column(model, PairingMembersModel::City),
             QStringList{QStringLiteral("Lviv")});
    QCOMPARE(model.index(0, PairingMembersModel::Offset).data().toString(),
             QStringLiteral("UTC+02:00"));

    // A member joins, in the last place.
    record->cityIds << f.cityId(QStringLiteral("Dhankuta"));
    s = f.editor().editPairing(record.value());
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(ModelTest::column(model, PairingMembersModel::City),
             (QStringList{QStringLiteral("Lviv"), QStringLiteral("Dhankuta")}));
    QCOMPARE(model.index(1, PairingMembersModel::Offset).data().toString(),
             QStringLiteral("UTC+05:45"));

    f.undoStack.undo();
    f.undoStack.undo();
    QCOMPARE(ModelTest::column(model, PairingMembersModel::City),
             (QStringList{QStringLiteral("Ann Arbor"), QStringLiteral("Lviv")}));

    // Deleting the pairing empties the list.
    s = f.editor().deletePairing(pairing);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(model.rowCount(), 0);
}

void tst_PairingMembersModel::otherPairingsDoNotReload()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    PairingMembersModel model(f.connection(), &f.notifier, f.db.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPairing(f.pairingId(QStringLiteral("E-04")));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    auto other =
        PairingStore(f.connection(), f.db.clock()).fetch(f.pairingId(QStringLiteral("E-01")));
    QVERIFY(other.ok());
    other->challenge = QStringLiteral("Something else");
    QVERIFY(f.editor().editPairing(other.value()).ok());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 2);
}

void tst_PairingMembersModel::renamingAMemberCityUpdates()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    PairingMembersModel model(f.connection(), &f.notifier, f.db.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPairing(f.pairingId(QStringLiteral("E-04")));
    CityRecord lviv = f.city(f.cityId(QStringLiteral("Lviv")));
    lviv.name = QStringLiteral("Lwów");
    lviv.timeZone = QStringLiteral("Europe/Warsaw");
    QVERIFY(f.editor().editCity(lviv).ok());
    QCOMPARE(model.index(1, PairingMembersModel::City).data().toString(), QStringLiteral("Lwów"));
    QCOMPARE(model.index(1, PairingMembersModel::TimeZone).data().toString(),
             QStringLiteral("Europe/Warsaw"));
    QCOMPARE(model.index(1, PairingMembersModel::Offset).data().toString(),
             QStringLiteral("UTC+01:00"));
}

QTEST_MAIN(tst_PairingMembersModel)
#include "tst_pairingmembersmodel.moc"
